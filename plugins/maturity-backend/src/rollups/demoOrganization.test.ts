import {
  createTestDatabases,
  demoCatalogConfig,
  waitUntil,
} from '@agile-ops/test-utils';
import { RUBRIC_VERSION, VectorId } from '@agile-ops/plugin-maturity-common';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { Knex } from 'knex';
import request from 'supertest';
import { DatabaseMaturityStore } from '../database/DatabaseMaturityStore';
import { HIERARCHY_SYNC_TASK } from '../hierarchy/syncHierarchy';
import maturityPlugin from '../index';

/*
 * The acceptance test of the roll-ups: the demo organisation of examples/ in the real catalog,
 * assessments through the HTTP API, the hierarchy sync through its route, and every roll-up
 * compared with figures worked out by hand from the example files.
 */

jest.setTimeout(240_000);

const USER = mockCredentials.user.header('user:default/priya.raman');
const DAY_MS = 86_400_000;

// Level: floor of the mean of the scored vectors, rated from 3 of 15 vectors (0.2).
// Roll-up rules: documentation mean (default), recoverability min, stability p25,
// deployability weighted by tier (tier-1 3, tier-2 2, tier-3 1, none 1).
const MATURITY_CONFIG = {
  staleAfter: { days: 90 },
  level: { minCoverage: 0.2 },
  rollups: {
    rules: {
      recoverability: 'min',
      stability: 'p25',
      deployability: 'weighted',
    },
  },
};

type Scores = Partial<
  Record<
    'documentation' | 'recoverability' | 'stability' | 'deployability',
    number
  >
>;

/*
 * What is assessed (from examples/catalog/*.yaml). "s" = recorded 200 days ago, i.e. stale.
 *
 *   entity                               system              owner               tier   doc rec stab dep  level
 *   component payment-gateway-service    payment-processing  team-payments       1 (3)  4   3   4    5    16/4 -> 4
 *   component card-vault                 payment-processing  team-payments       1 (3)  2s  2   3    -    7/3  -> 2
 *   component refund-worker              payment-processing  team-payments       2 (2)  3   -   -    1    unrated (2 of 15)
 *   resource  payments-db                payment-processing  team-payments       1 (3)  1   0   2    2    5/4  -> 1
 *   component ledger-service             billing-ledger      team-payments       1 (3)  3s  4s  3s   -    10/3 -> 3
 *   component legacy-invoice-generator   billing-ledger      team-payments       3 (1)  0   1   1    0    2/4  -> 0
 *   component fraud-scoring-service      fraud-detection     team-fraud-signals  1 (3)  5   4   5    4    18/4 -> 4
 *   resource  fraud-features-cache       fraud-detection     team-fraud-signals  2 (2)  2   -   3    3    8/3  -> 2
 *   component payments-sdk-js            (none)              team-payments       3 (1)  3   2   -    3    8/3  -> 2
 *   component checkout-service           checkout            team-checkout       1 (3)  4   4   4    -    4
 *   component booking-widgets            (none)              team-checkout       - (1)  1   1   1    -    1
 *   component search-service             trip-search         team-search         1 (3)  3   2   3    3    11/4 -> 2
 *   component service-kit                (none)              team-platform-infra 3 (1)  5   5   5    -    5
 *
 * Not assessed, among others: card-vault-db, payment-events-queue, ledger-db, fraud-model-trainer.
 * Domains: payment-processing, billing-ledger, fraud-detection -> payments; checkout ->
 * booking; trip-search -> discovery. team-fraud-signals is a sub-team of team-payments, both
 * under dept-commerce with team-checkout.
 */
const FRESH: Array<[string, string, Scores]> = [
  [
    'component',
    'payment-gateway-service',
    { documentation: 4, recoverability: 3, stability: 4, deployability: 5 },
  ],
  ['component', 'card-vault', { recoverability: 2, stability: 3 }],
  ['component', 'refund-worker', { documentation: 3, deployability: 1 }],
  [
    'resource',
    'payments-db',
    { documentation: 1, recoverability: 0, stability: 2, deployability: 2 },
  ],
  [
    'component',
    'legacy-invoice-generator',
    { documentation: 0, recoverability: 1, stability: 1, deployability: 0 },
  ],
  [
    'component',
    'fraud-scoring-service',
    { documentation: 5, recoverability: 4, stability: 5, deployability: 4 },
  ],
  [
    'resource',
    'fraud-features-cache',
    { documentation: 2, stability: 3, deployability: 3 },
  ],
  [
    'component',
    'payments-sdk-js',
    { documentation: 3, recoverability: 2, deployability: 3 },
  ],
  [
    'component',
    'checkout-service',
    { documentation: 4, recoverability: 4, stability: 4 },
  ],
  [
    'component',
    'booking-widgets',
    { documentation: 1, recoverability: 1, stability: 1 },
  ],
  [
    'component',
    'search-service',
    { documentation: 3, recoverability: 2, stability: 3, deployability: 3 },
  ],
  [
    'component',
    'service-kit',
    { documentation: 5, recoverability: 5, stability: 5 },
  ],
];
const STALE: Array<[string, Scores]> = [
  ['component:default/card-vault', { documentation: 2 }],
  [
    'component:default/ledger-service',
    { documentation: 3, recoverability: 4, stability: 3 },
  ],
];

type VectorRollup = {
  vector: string;
  rule: string;
  value: number | null;
  min: number | null;
  max: number | null;
  assessed: number;
  stale: number;
  distribution: number[];
  confidence?: number | null;
};
type Rollup = {
  scope: { entityRef: string; kind: string; title?: string };
  entities: { total: number; assessed: number; stale: number };
  level: { mean: number | null; distribution: number[] };
  vectors: VectorRollup[];
  pulledDownBy: Array<{ entityRef: string; level: number }>;
  children?: Rollup[];
};

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'roll-ups of the demo organisation on %s',
  databaseId => {
    let server: Parameters<typeof request>[0];
    let knex: Knex;
    // What the set-up got back, checked by the first test.
    const setup = {
      assessments: [] as Array<[string, number]>,
      refresh: undefined as undefined | { status: number; body: unknown },
    };

    async function get<T = Rollup>(
      path: string,
      query: object = {},
    ): Promise<T> {
      const res = await request(server)
        .get(`/api/maturity${path}`)
        .query(query)
        .set('Authorization', USER);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      return res.body;
    }

    /** Waits until the catalog holds every demo leaf and group with its relations. */
    function waitForCatalog() {
      return waitUntil(
        'the catalog ingested the demo organisation',
        async () => {
          const res = await request(server)
            .get('/api/catalog/entities')
            .query({
              filter: [
                'kind=component',
                'kind=resource',
                'kind=system',
                'kind=group',
              ],
            });
          expect(res.status).toBe(200);
          const entities = res.body as Array<{
            kind: string;
            spec?: { system?: string; parent?: string };
            relations?: Array<{ type: string }>;
          }>;
          const has = (e: (typeof entities)[0], type: string) =>
            (e.relations ?? []).some(r => r.type === type);
          // 39 components and resources, 10 systems, 12 groups in examples/.
          return (
            entities.length === 39 + 10 + 12 &&
            entities.every(
              e =>
                (e.kind === 'Group' || has(e, 'ownedBy')) &&
                (!e.spec?.system || has(e, 'partOf')) &&
                (e.kind !== 'System' || has(e, 'partOf')) &&
                (!e.spec?.parent || has(e, 'childOf')),
            )
          );
        },
        { attempts: 240, intervalMs: 500 },
      );
    }

    beforeAll(async () => {
      // One database per plugin, as in production: both run knex migrations, and one
      // knex_migrations table cannot hold two plugins' migration lists.
      const catalogKnex = await databases.init(databaseId);
      knex = await databases.init(databaseId);
      const backend = await startTestBackend({
        features: [
          catalogPlugin,
          maturityPlugin,
          createServiceFactory({
            service: coreServices.database,
            deps: { plugin: coreServices.pluginMetadata },
            factory: ({ plugin }) =>
              mockServices.database({
                knex: plugin.getId() === 'maturity' ? knex : catalogKnex,
              }),
          }),
          mockServices.rootConfig.factory({
            data: {
              catalog: demoCatalogConfig(),
              maturity: MATURITY_CONFIG,
            },
          }),
        ],
      });
      server = backend.server;
      await waitForCatalog();

      // Stale scores cannot be sent over HTTP (the API records "now"): written to the store.
      const store = new DatabaseMaturityStore(knex, {
        levelOptions: { rule: 'mean', minCoverage: 0.2, weights: {} },
      });
      const longAgo = new Date(Date.now() - 200 * DAY_MS);
      for (const [entityRef, scores] of STALE) {
        await store.recordAssessment({
          entityRef,
          createdBy: 'user:default/priya.raman',
          source: 'assessment',
          rubricVersion: RUBRIC_VERSION,
          scores: Object.entries(scores).map(([vector, score]) => ({
            vector: vector as VectorId,
            score: score!,
          })),
          requestHash: `stale-${entityRef}`,
          at: longAgo,
        });
      }
      for (const [kind, name, scores] of FRESH) {
        const res = await request(server)
          .post(`/api/maturity/entities/${kind}/default/${name}/assessments`)
          .set('Authorization', USER)
          .send({
            scores: Object.entries(scores).map(([vector, score]) => ({
              vector,
              score,
            })),
          });
        setup.assessments.push([name, res.status]);
      }

      const refresh = await request(server)
        .post('/api/maturity/hierarchy/refresh')
        .set('Authorization', USER);
      setup.refresh = { status: refresh.status, body: refresh.body };
    });

    it('accepted every assessment and the refresh', () => {
      expect(setup.assessments).toEqual(FRESH.map(([, name]) => [name, 201]));
      expect(setup.refresh).toEqual({
        status: 202,
        body: { task: HIERARCHY_SYNC_TASK },
      });
    });

    function vectorOf(rollup: Rollup, id: string) {
      const found = rollup.vectors.find(v => v.vector === id);
      expect(found).toBeDefined();
      return found!;
    }

    /** Checks the four vectors assessed; values to 10 decimals. */
    function expectVectors(
      rollup: Rollup,
      expected: Record<string, Omit<VectorRollup, 'vector'>>,
    ) {
      for (const [id, { value, ...exact }] of Object.entries(expected)) {
        const { confidence, ...actual } = vectorOf(rollup, id);
        // No confidence run here: the roll-up knows no confidence yet.
        expect(confidence).toBeNull();
        expect({ ...actual, value: undefined }).toEqual({
          vector: id,
          ...exact,
          value: undefined,
        });
        if (value === null) expect(actual.value).toBeNull();
        else expect(actual.value).toBeCloseTo(value, 10);
      }
      // Nothing else was assessed anywhere.
      for (const other of rollup.vectors.filter(v => !(v.vector in expected))) {
        expect(other).toMatchObject({ value: null, assessed: 0 });
      }
    }

    it('synced the whole demo catalog', async () => {
      const status = await get<{
        tasks: Array<{
          task: string;
          status: string;
          summary?: Record<string, number>;
        }>;
        entities: number;
      }>('/status');
      const sync = status.tasks.find(t => t.task === HIERARCHY_SYNC_TASK);
      expect(sync).toMatchObject({ status: 'succeeded' });
      // Every catalog entity is synced: the leaves, systems and groups counted above, plus
      // domains, APIs, users and locations.
      expect(status.entities).toBe(sync!.summary!.entities);
      expect(status.entities).toBeGreaterThan(39 + 10 + 12);
    });

    it('lists the four domains with their coverage and level', async () => {
      const list = await get<{ items: Rollup[]; totalItems: number }>(
        '/rollups',
        {
          scope: 'domain',
        },
      );
      expect(list.totalItems).toBe(4);
      expect(
        list.items.map(d => [
          d.scope.entityRef,
          d.scope.title,
          d.entities,
          d.level,
        ]),
      ).toEqual([
        [
          'domain:default/booking',
          'Booking',
          // checkout: checkout-service, checkout-web, cart-db; reservations: 5 leaves
          { total: 8, assessed: 1, stale: 0 },
          { mean: 4, distribution: [0, 0, 0, 0, 1, 0] },
        ],
        [
          'domain:default/discovery',
          'Discovery',
          // trip-search 4 + content-catalog 4
          { total: 8, assessed: 1, stale: 0 },
          { mean: 2, distribution: [0, 0, 1, 0, 0, 0] },
        ],
        [
          'domain:default/payments',
          'Payments',
          // payment-processing 6 + billing-ledger 3 + fraud-detection 3
          { total: 12, assessed: 8, stale: 2 },
          {
            mean: expect.closeTo(16 / 7, 10), // (4 + 2 + 1 + 3 + 0 + 4 + 2) / 7
            distribution: [1, 1, 2, 1, 2, 0],
          },
        ],
        [
          'domain:default/platform',
          'Platform',
          // delivery-platform 2 + data-platform 3 + observability 2
          { total: 7, assessed: 0, stale: 0 },
          { mean: null, distribution: [0, 0, 0, 0, 0, 0] },
        ],
      ]);

      const byLevel = await get<{ items: Rollup[] }>('/rollups', {
        scope: 'domain',
        sort: 'level',
      });
      // 2 < 16/7 < 4, and the unrated platform last.
      expect(byLevel.items.map(d => d.scope.entityRef)).toEqual([
        'domain:default/discovery',
        'domain:default/payments',
        'domain:default/booking',
        'domain:default/platform',
      ]);
    });

    it('rolls the payments domain up from its systems', async () => {
      const payments = await get('/rollups/domain/default/payments');
      expect(payments.scope).toEqual({
        entityRef: 'domain:default/payments',
        kind: 'domain',
        title: 'Payments',
      });
      expect(payments.entities).toEqual({ total: 12, assessed: 8, stale: 2 });
      expectVectors(payments, {
        documentation: {
          rule: 'mean',
          value: 2.5, // (4 + 2 + 3 + 1 + 3 + 0 + 5 + 2) / 8 = 20 / 8
          min: 0,
          max: 5,
          assessed: 8,
          stale: 2, // card-vault, ledger-service
          distribution: [1, 1, 2, 2, 1, 1],
        },
        recoverability: {
          rule: 'min',
          value: 0, // min(3, 2, 0, 4, 1, 4)
          min: 0,
          max: 4,
          assessed: 6,
          stale: 1, // ledger-service
          distribution: [1, 1, 1, 1, 2, 0],
        },
        stability: {
          rule: 'p25',
          value: 2.5, // sorted 1 2 3 3 3 4 5, position 6 * 0.25 = 1.5: 2 + (3 - 2) * 0.5
          min: 1,
          max: 5,
          assessed: 7,
          stale: 1,
          distribution: [0, 1, 1, 3, 1, 1],
        },
        deployability: {
          rule: 'weighted',
          // (3*5 + 2*1 + 3*2 + 1*0 + 3*4 + 2*3) / (3 + 2 + 3 + 1 + 3 + 2) = 41 / 14
          value: 41 / 14,
          min: 0,
          max: 5,
          assessed: 6,
          stale: 0,
          distribution: [1, 1, 1, 1, 1, 1],
        },
      });
      expect(payments.pulledDownBy).toEqual([
        { entityRef: 'component:default/legacy-invoice-generator', level: 0 },
        { entityRef: 'resource:default/payments-db', level: 1 },
        { entityRef: 'component:default/card-vault', level: 2 },
        { entityRef: 'resource:default/fraud-features-cache', level: 2 },
        { entityRef: 'component:default/ledger-service', level: 3 },
      ]);

      const children = payments.children!;
      expect(
        children.map(c => [
          c.scope.entityRef,
          c.scope.kind,
          c.entities,
          c.level,
        ]),
      ).toEqual([
        [
          'system:default/billing-ledger',
          'system',
          { total: 3, assessed: 2, stale: 1 }, // ledger-service, legacy-invoice-generator, ledger-db
          { mean: 1.5, distribution: [1, 0, 0, 1, 0, 0] }, // (3 + 0) / 2
        ],
        [
          'system:default/fraud-detection',
          'system',
          { total: 3, assessed: 2, stale: 0 }, // + fraud-model-trainer
          { mean: 3, distribution: [0, 0, 1, 0, 1, 0] }, // (4 + 2) / 2
        ],
        [
          'system:default/payment-processing',
          'system',
          { total: 6, assessed: 4, stale: 1 },
          {
            mean: expect.closeTo(7 / 3, 10), // (4 + 2 + 1) / 3; refund-worker unrated
            distribution: [0, 1, 1, 0, 1, 0],
          },
        ],
      ]);
      const values = (c: Rollup) =>
        ['documentation', 'recoverability', 'stability', 'deployability'].map(
          id => vectorOf(c, id).value,
        );
      expect(values(children[0])).toEqual([
        1.5, // (3 + 0) / 2
        1, // min(4, 1)
        1.5, // sorted 1 3, position 0.25: 1 + 2 * 0.25
        0, // legacy-invoice-generator alone
      ]);
      expect(values(children[1])).toEqual([
        3.5, // (5 + 2) / 2
        4, // fraud-scoring-service alone
        3.5, // sorted 3 5, position 0.25: 3 + 2 * 0.25
        3.6, // (3*4 + 2*3) / (3 + 2) = 18 / 5
      ]);
      expect(values(children[2])).toEqual([
        2.5, // (4 + 2 + 3 + 1) / 4
        0, // min(3, 2, 0)
        2.5, // sorted 2 3 4, position 0.5: 2 + 1 * 0.5
        2.875, // (3*5 + 2*1 + 3*2) / (3 + 2 + 3) = 23 / 8
      ]);
      expect(children[0].pulledDownBy).toEqual([
        { entityRef: 'component:default/legacy-invoice-generator', level: 0 },
        { entityRef: 'component:default/ledger-service', level: 3 },
      ]);
      for (const child of children) expect(child.children).toBeUndefined();
    });

    it('rolls a system up from its entities', async () => {
      const system = await get('/rollups/system/default/payment-processing');
      expect(system.entities).toEqual({ total: 6, assessed: 4, stale: 1 });
      expect(system.pulledDownBy).toEqual([
        { entityRef: 'resource:default/payments-db', level: 1 },
        { entityRef: 'component:default/card-vault', level: 2 },
        { entityRef: 'component:default/payment-gateway-service', level: 4 },
      ]);
      expect(
        system.children!.map(c => [
          c.scope.entityRef,
          c.entities,
          c.level.mean,
        ]),
      ).toEqual([
        [
          'component:default/card-vault',
          { total: 1, assessed: 1, stale: 1 },
          2,
        ],
        [
          'component:default/payment-gateway-service',
          { total: 1, assessed: 1, stale: 0 },
          4,
        ],
        [
          'component:default/refund-worker',
          { total: 1, assessed: 1, stale: 0 },
          null,
        ],
        [
          'resource:default/card-vault-db',
          { total: 1, assessed: 0, stale: 0 },
          null,
        ],
        [
          'resource:default/payment-events-queue',
          { total: 1, assessed: 0, stale: 0 },
          null,
        ],
        [
          'resource:default/payments-db',
          { total: 1, assessed: 1, stale: 0 },
          1,
        ],
      ]);
      const cardVault = system.children![0];
      expect(vectorOf(cardVault, 'documentation')).toMatchObject({
        value: 2,
        stale: 1,
        assessed: 1,
      });
      expect(vectorOf(cardVault, 'recoverability')).toMatchObject({
        value: 2,
        stale: 0,
      });
      expect(cardVault.pulledDownBy).toEqual([
        { entityRef: 'component:default/card-vault', level: 2 },
      ]);
    });

    it('rolls dept-commerce up over its nested teams', async () => {
      const dept = await get('/rollups/group/default/dept-commerce');
      // team-payments 10 leaves + team-fraud-signals 3 + team-checkout 9
      expect(dept.entities).toEqual({ total: 22, assessed: 11, stale: 2 });
      expect(dept.level.mean).toBeCloseTo(2.3, 10); // (4+2+1+3+0+2+4+2+4+1) / 10 = 23 / 10
      expect(dept.level.distribution).toEqual([1, 2, 3, 1, 3, 0]);
      expectVectors(dept, {
        documentation: {
          rule: 'mean',
          value: 28 / 11, // (4 + 2 + 3 + 1 + 3 + 0 + 3 + 5 + 2 + 4 + 1) / 11
          min: 0,
          max: 5,
          assessed: 11,
          stale: 2,
          distribution: [1, 2, 2, 3, 2, 1],
        },
        recoverability: {
          rule: 'min',
          value: 0,
          min: 0,
          max: 4,
          assessed: 9, // 3 2 0 4 1 2 4 4 1
          stale: 1,
          distribution: [1, 2, 2, 1, 3, 0],
        },
        stability: {
          rule: 'p25',
          value: 2, // sorted 1 1 2 3 3 3 4 4 5, position 8 * 0.25 = 2
          min: 1,
          max: 5,
          assessed: 9,
          stale: 1,
          distribution: [0, 2, 1, 3, 2, 1],
        },
        deployability: {
          rule: 'weighted',
          // (3*5 + 2*1 + 3*2 + 1*0 + 1*3 + 3*4 + 2*3) / (3 + 2 + 3 + 1 + 1 + 3 + 2) = 44 / 15
          value: 44 / 15,
          min: 0,
          max: 5,
          assessed: 7,
          stale: 0,
          distribution: [1, 1, 1, 2, 1, 1],
        },
      });
      expect(dept.pulledDownBy).toEqual([
        { entityRef: 'component:default/legacy-invoice-generator', level: 0 },
        { entityRef: 'component:default/booking-widgets', level: 1 },
        { entityRef: 'resource:default/payments-db', level: 1 },
        { entityRef: 'component:default/card-vault', level: 2 },
        { entityRef: 'component:default/payments-sdk-js', level: 2 },
      ]);
      expect(
        dept.children!.map(c => [c.scope.entityRef, c.entities, c.level]),
      ).toEqual([
        [
          'group:default/team-checkout',
          { total: 9, assessed: 2, stale: 0 },
          { mean: 2.5, distribution: [0, 1, 0, 0, 1, 0] }, // (4 + 1) / 2
        ],
        [
          'group:default/team-payments',
          // its own 10 leaves and team-fraud-signals' 3
          { total: 13, assessed: 9, stale: 2 },
          // (4 + 2 + 1 + 3 + 0 + 2 + 4 + 2) / 8 = 18 / 8
          { mean: 2.25, distribution: [1, 1, 3, 1, 2, 0] },
        ],
      ]);

      const payments = await get('/rollups/group/default/team-payments');
      expect(
        payments.children!.map(c => [c.scope.entityRef, c.entities]),
      ).toEqual([
        [
          'group:default/team-fraud-signals',
          { total: 3, assessed: 2, stale: 0 },
        ],
      ]);
      expect(
        vectorOf(payments.children![0], 'deployability').value,
      ).toBeCloseTo(
        3.6, // (3*4 + 2*3) / (3 + 2)
        10,
      );
    });

    it('rolls the whole organisation up, components without a system included', async () => {
      const org = await get('/rollups/organization/default/all');
      expect(org.scope).toMatchObject({
        entityRef: 'organization:default/all',
        kind: 'organization',
      });
      // 13 + 9 + 9 + 8 leaves in the four files; 35 in domains plus payments-sdk-js,
      // booking-widgets, old-destination-guides and service-kit without a system.
      expect(org.entities).toEqual({ total: 39, assessed: 13, stale: 2 });
      expect(org.level).toEqual({
        mean: 2.5, // (4+2+1+3+0+4+2+2+4+1+2+5) / 12 = 30 / 12
        distribution: [1, 2, 4, 1, 3, 1],
      });
      expectVectors(org, {
        documentation: {
          rule: 'mean',
          value: 36 / 13, // (28 + 3 + 5) / 13: dept-commerce's 11 plus search-service and service-kit
          min: 0,
          max: 5,
          assessed: 13,
          stale: 2,
          distribution: [1, 2, 2, 4, 2, 2],
        },
        recoverability: {
          rule: 'min',
          value: 0,
          min: 0,
          max: 5,
          assessed: 11,
          stale: 1,
          distribution: [1, 2, 3, 1, 3, 1],
        },
        stability: {
          rule: 'p25',
          value: 2.5, // sorted 1 1 2 3 3 3 3 4 4 5 5, position 10 * 0.25 = 2.5: 2 + 1 * 0.5
          min: 1,
          max: 5,
          assessed: 11,
          stale: 1,
          distribution: [0, 2, 1, 4, 2, 2],
        },
        deployability: {
          rule: 'weighted',
          value: 53 / 18, // (44 + 3*3) / (15 + 3): dept-commerce plus search-service
          min: 0,
          max: 5,
          assessed: 8,
          stale: 0,
          distribution: [1, 1, 1, 3, 1, 1],
        },
      });
      expect(
        org.children!.map(c => [c.scope.entityRef, c.entities.total]),
      ).toEqual([
        ['domain:default/booking', 8],
        ['domain:default/discovery', 8],
        ['domain:default/payments', 12],
        ['domain:default/platform', 7],
      ]);
      const list = await get<{ items: Rollup[]; totalItems: number }>(
        '/rollups',
        {
          scope: 'organization',
        },
      );
      expect(list.totalItems).toBe(1);
      expect(list.items[0].entities).toEqual(org.entities);
    });
  },
);
