import {
  createTestDatabases,
  manualScheduler,
  startPluginBackend,
} from '@agile-ops/test-utils';
// eslint-disable-next-line @backstage/no-mixed-plugin-imports -- the test runs the plugin it extends
import maturityPlugin from '@agile-ops/plugin-maturity-backend';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { entity, rel } from './__testUtils__/entities';
import { CREATED_AT_ANNOTATION } from './mapping/createdAt';
import { TECHDOCS_ANNOTATION } from './mapping/documentation';
import catalogEvidenceModule from './index';

jest.setTimeout(60_000);

// The scheduled tasks of the maturity plugin that the test runs by hand.
const HIERARCHY_SYNC_TASK = 'maturity-hierarchy-sync';
const EVIDENCE_TASK = 'maturity-evidence';

const OWNER = 'group:default/team-shop';
const entities = [
  entity('domain', 'retail'),
  entity('system', 'storefront', {
    spec: { owner: OWNER, domain: 'retail' },
    relations: [rel('partOf', 'domain:default/retail')],
  }),
  entity('component', 'shop', {
    description: 'Sells things.',
    annotations: {
      [TECHDOCS_ANNOTATION]: 'dir:.',
      [CREATED_AT_ANNOTATION]: '2020-03-01',
    },
    links: [{ url: 'https://runbooks.example.com/shop' }],
    tags: ['java'],
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: OWNER,
      system: 'storefront',
    },
    relations: [
      rel('ownedBy', OWNER),
      rel('partOf', 'system:default/storefront'),
      rel('providesApi', 'api:default/shop-api'),
      rel('dependsOn', 'resource:default/shop-db'),
    ],
  }),
  entity('api', 'shop-api', {
    relations: [
      rel('apiProvidedBy', 'component:default/shop'),
      rel('apiConsumedBy', 'component:default/web'),
    ],
  }),
  entity('component', 'web', {
    tags: ['java'],
    spec: { type: 'website', lifecycle: 'experimental', owner: OWNER },
    relations: [rel('consumesApi', 'api:default/shop-api')],
  }),
  entity('resource', 'shop-db', {
    spec: { type: 'database', owner: OWNER },
    relations: [rel('dependencyOf', 'component:default/shop')],
  }),
];

describe('the catalog-evidence module', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'puts the catalog’s proposals on the scorecard after the scheduled collection (%s)',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const scheduler = manualScheduler();
      const catalog = catalogServiceMock({ entities });
      const { server } = await startPluginBackend({
        plugin: maturityPlugin,
        knex,
        features: [
          scheduler.factory,
          createServiceFactory({
            service: catalogServiceRef,
            deps: {},
            factory: () => catalog,
          }),
          catalogEvidenceModule,
        ],
      });
      const scorecard = (kind: string, name: string) =>
        request(server)
          .get(`/api/maturity/entities/${kind}/default/${name}/scorecard`)
          .set('Authorization', mockCredentials.user.header())
          .expect(200);

      await scheduler.run(HIERARCHY_SYNC_TASK);
      await scheduler.run(EVIDENCE_TASK);

      const shop = (await scorecard('component', 'shop')).body;
      const proposals = Object.fromEntries(
        shop.evidence.map((e: { vector: string }) => [e.vector, e]),
      );
      expect(Object.keys(proposals).sort()).toEqual([
        'architecture',
        'documentation',
        'maturity',
        'ubiquity',
      ]);
      for (const proposal of shop.evidence) {
        expect(proposal.provider).toBe('catalog');
      }
      expect(proposals.documentation).toMatchObject({
        proposedScore: 3,
        facts: expect.arrayContaining([
          expect.objectContaining({
            key: 'techdocs',
            value: true,
            source: 'catalog',
          }),
          expect.objectContaining({ key: 'links', value: 1 }),
        ]),
      });
      expect(proposals.maturity).toMatchObject({
        proposedScore: 3,
        facts: expect.arrayContaining([
          expect.objectContaining({ key: 'created-at', value: '2020-03-01' }),
        ]),
      });
      // web consumes its API and shop-db is what it depends on, not a user of it.
      expect(proposals.ubiquity).toMatchObject({
        proposedScore: 2,
        facts: expect.arrayContaining([
          expect.objectContaining({ key: 'api-consumers', value: 1 }),
          expect.objectContaining({ key: 'tag-peers', value: 1 }),
        ]),
      });
      expect(proposals.architecture).toMatchObject({
        proposedScore: 3,
        facts: expect.arrayContaining([
          expect.objectContaining({ key: 'system-in-domain', value: true }),
        ]),
      });
      // Proposals are never scores: the vectors stay unscored until a person decides.
      for (const vector of shop.vectors) expect(vector.score).toBeNull();

      const db = (await scorecard('resource', 'shop-db')).body;
      expect(
        db.evidence.map(
          (e: { vector: string; proposedScore: number | null }) => [
            e.vector,
            e.proposedScore,
          ],
        ),
      ).toEqual(
        expect.arrayContaining([
          ['maturity', null],
          ['ubiquity', 2],
          ['architecture', null],
          ['documentation', null],
        ]),
      );

      // A second collection of an unchanged catalog changes nothing.
      await scheduler.run(EVIDENCE_TASK);
      const status = await request(server)
        .get('/api/maturity/status')
        .set('Authorization', mockCredentials.user.header())
        .expect(200);
      expect(
        status.body.tasks.find(
          (t: { task: string }) => t.task === EVIDENCE_TASK,
        ),
      ).toMatchObject({
        status: 'succeeded',
        summary: {
          entities: 3,
          done: 3,
          proposals: 12,
          changed: 0,
          failures: 0,
        },
      });
    },
  );
});
