import { createTestDatabases } from '@agile-ops/test-utils';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { DatabaseMaturityStore } from '../database/DatabaseMaturityStore';
import { toDate } from '@agile-ops/common';
import { DatabaseHierarchyStore } from './DatabaseHierarchyStore';
import { HIERARCHY_SYNC_TASK, syncHierarchy } from './syncHierarchy';
import {
  catalogEntity,
  childOf,
  ownedBy,
  partOf,
  Relation,
} from '../__testUtils__/catalogEntities';

jest.setTimeout(120_000);

function entity(
  kind: string,
  name: string,
  relations: Relation[] = [],
  annotations?: Record<string, string>,
): Entity {
  return catalogEntity(kind, name, {
    relations,
    annotations,
    spec:
      kind === 'Component' ? { type: 'service', lifecycle: 'production' } : {},
  });
}

const component = (name: string, system: string, owner = 'team-a') =>
  entity('Component', name, [
    ownedBy(`group:default/${owner}`),
    partOf(`system:default/${system}`),
  ]);

/** The catalog before any change: 11 entities, 3 groups. */
const CATALOG: Entity[] = [
  entity('Group', 'org'),
  entity('Group', 'team-a', [childOf('group:default/org')]),
  entity('Group', 'team-b', [childOf('group:default/team-a')]),
  entity('Domain', 'payments'),
  entity('Domain', 'booking'),
  entity('System', 'billing', [partOf('domain:default/payments')]),
  entity('System', 'checkout', [partOf('domain:default/booking')]),
  component('ledger', 'billing'),
  component('invoices', 'billing', 'team-b'),
  component('cart', 'checkout'),
  entity('Resource', 'ledger-db', [partOf('system:default/billing')], {
    'agile-ops/tier': 'tier-1',
  }),
];

const T0 = new Date('2026-04-01T10:00:00.000Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'syncHierarchy on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseHierarchyStore;
    let scores: DatabaseMaturityStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      scores = await DatabaseMaturityStore.create(
        mockServices.database({ knex }),
      );
      store = new DatabaseHierarchyStore(knex);
    });

    beforeEach(async () => {
      for (const table of [
        'maturity_entities',
        'maturity_group_ancestry',
        'maturity_task_runs',
        'maturity_current_scores',
        'maturity_score_history',
        'maturity_entity_levels',
        'maturity_assessments',
      ]) {
        await knex(table).delete();
      }
    });

    function sync(entities: Entity[], at: Date) {
      return syncHierarchy({
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        store,
        logger: mockServices.logger.mock(),
        now: () => at,
      });
    }

    async function row(entityRef: string) {
      const r = await knex('maturity_entities')
        .where({ entity_ref: entityRef })
        .first();
      return (
        r && {
          systemRef: r.system_ref,
          domainRef: r.domain_ref,
          ownerRef: r.owner_ref,
          inCatalog: Boolean(r.in_catalog),
          syncedAt: toDate(r.synced_at).toISOString(),
        }
      );
    }

    async function taskRun() {
      const runs = await store.taskRuns();
      expect(runs.map(r => r.task)).toEqual([HIERARCHY_SYNC_TASK]);
      return runs[0];
    }

    it('inserts every entity on the first sync, with the group ancestry', async () => {
      const summary = await sync(CATALOG, T0);
      expect(summary).toEqual({
        entities: 11,
        changed: 11,
        removed: 0,
        groups: 3,
      });

      const refs = await knex('maturity_entities')
        .orderBy('entity_ref')
        .pluck('entity_ref');
      expect(refs).toEqual([
        'component:default/cart',
        'component:default/invoices',
        'component:default/ledger',
        'domain:default/booking',
        'domain:default/payments',
        'group:default/org',
        'group:default/team-a',
        'group:default/team-b',
        'resource:default/ledger-db',
        'system:default/billing',
        'system:default/checkout',
      ]);
      expect(await row('component:default/invoices')).toEqual({
        systemRef: 'system:default/billing',
        domainRef: 'domain:default/payments',
        ownerRef: 'group:default/team-b',
        inCatalog: true,
        syncedAt: T0.toISOString(),
      });
      const tier = await knex('maturity_entities')
        .where({ entity_ref: 'resource:default/ledger-db' })
        .first('tier');
      expect(tier.tier).toBe('tier-1');

      const ancestry = await knex('maturity_group_ancestry')
        .orderBy(['group_ref', 'depth'])
        .select('group_ref', 'ancestor_ref', 'depth');
      expect(
        ancestry.map(a => [a.group_ref, a.ancestor_ref, Number(a.depth)]),
      ).toEqual([
        ['group:default/org', 'group:default/org', 0],
        ['group:default/team-a', 'group:default/team-a', 0],
        ['group:default/team-a', 'group:default/org', 1],
        ['group:default/team-b', 'group:default/team-b', 0],
        ['group:default/team-b', 'group:default/team-a', 1],
        ['group:default/team-b', 'group:default/org', 2],
      ]);

      expect(await taskRun()).toEqual({
        task: HIERARCHY_SYNC_TASK,
        startedAt: T0.toISOString(),
        finishedAt: T0.toISOString(),
        durationMs: 0,
        status: 'succeeded',
        summary: { entities: 11, changed: 11, removed: 0, groups: 3 },
      });
    });

    it('writes nothing when the catalog did not change', async () => {
      await sync(CATALOG, T0);
      const summary = await sync(CATALOG, minutes(30));
      expect(summary).toEqual({
        entities: 11,
        changed: 0,
        removed: 0,
        groups: 3,
      });
      // Untouched rows keep the time of the sync that last wrote them.
      const synced = await knex('maturity_entities').pluck('synced_at');
      expect(new Set(synced.map(s => toDate(s).toISOString()))).toEqual(
        new Set([T0.toISOString()]),
      );
      expect(await taskRun()).toMatchObject({
        startedAt: minutes(30).toISOString(),
        status: 'succeeded',
        summary: { changed: 0 },
      });
    });

    it('rewrites only the component that moved to another system', async () => {
      await sync(CATALOG, T0);
      const moved = CATALOG.map(e =>
        e.metadata.name === 'cart' ? component('cart', 'billing') : e,
      );
      const summary = await sync(moved, minutes(30));
      expect(summary).toEqual({
        entities: 11,
        changed: 1,
        removed: 0,
        groups: 3,
      });
      expect(await row('component:default/cart')).toEqual({
        systemRef: 'system:default/billing',
        domainRef: 'domain:default/payments',
        ownerRef: 'group:default/team-a',
        inCatalog: true,
        syncedAt: minutes(30).toISOString(),
      });
      expect((await row('component:default/ledger'))!.syncedAt).toBe(
        T0.toISOString(),
      );
    });

    it('marks an entity that left the catalog but keeps its scores and history', async () => {
      await sync(CATALOG, T0);
      await scores.recordAssessment({
        entityRef: 'component:default/ledger',
        createdBy: 'user:default/jo',
        source: 'assessment',
        rubricVersion: '2026.1',
        scores: [
          { vector: 'documentation', score: 3 },
          { vector: 'stability', score: 4 },
        ],
        requestHash: 'h',
        at: minutes(5),
      });
      const without = CATALOG.filter(e => e.metadata.name !== 'ledger');
      const summary = await sync(without, minutes(30));
      expect(summary).toEqual({
        entities: 10,
        changed: 0,
        removed: 1,
        groups: 3,
      });
      expect(await row('component:default/ledger')).toEqual({
        systemRef: 'system:default/billing',
        domainRef: 'domain:default/payments',
        ownerRef: 'group:default/team-a',
        inCatalog: false,
        syncedAt: minutes(30).toISOString(),
      });
      expect(
        (await scores.getCurrentScores(['component:default/ledger'])).map(s => [
          s.vector,
          s.score,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['documentation', 3],
          ['stability', 4],
        ]),
      );
      expect(
        await scores.getHistory({
          entityRef: 'component:default/ledger',
          limit: 10,
        }),
      ).toHaveLength(2);
      expect(
        await knex('maturity_entity_levels').where({
          entity_ref: 'component:default/ledger',
        }),
      ).toHaveLength(1);

      // Still gone: not counted as removed again.
      expect(await sync(without, minutes(60))).toEqual({
        entities: 10,
        changed: 0,
        removed: 0,
        groups: 3,
      });
      // Back in the catalog: written again and counted in.
      expect(await sync(CATALOG, minutes(90))).toEqual({
        entities: 11,
        changed: 1,
        removed: 0,
        groups: 3,
      });
      expect(await row('component:default/ledger')).toMatchObject({
        inCatalog: true,
      });
    });

    it('records a failed run with its error and rethrows, changing nothing', async () => {
      await sync(CATALOG, T0);
      const failing = catalogServiceMock.mock({
        // eslint-disable-next-line require-yield
        streamEntities: async function* broken() {
          throw new Error('catalog is down');
        },
      });
      await expect(
        syncHierarchy({
          catalog: failing,
          auth: mockServices.auth(),
          store,
          logger: mockServices.logger.mock(),
          now: () => minutes(30),
        }),
      ).rejects.toThrow('catalog is down');

      const stored = await knex('maturity_task_runs').select();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        task: HIERARCHY_SYNC_TASK,
        status: 'failed',
        error: 'catalog is down',
        summary: null,
      });
      expect(await taskRun()).toEqual({
        task: HIERARCHY_SYNC_TASK,
        startedAt: minutes(30).toISOString(),
        finishedAt: minutes(30).toISOString(),
        durationMs: 0,
        status: 'failed',
        error: 'catalog is down',
      });
      // The hierarchy of the last good sync stays.
      expect(
        await knex('maturity_entities').where('in_catalog', true),
      ).toHaveLength(11);
    });

    it('refuses an empty catalog answer instead of marking everything removed', async () => {
      await sync(CATALOG, T0);
      await expect(sync([], minutes(30))).rejects.toThrow(
        'the catalog returned no entities',
      );
      expect((await taskRun()).status).toBe('failed');
      expect(
        await knex('maturity_entities').where('in_catalog', true),
      ).toHaveLength(11);
    });
  },
);
