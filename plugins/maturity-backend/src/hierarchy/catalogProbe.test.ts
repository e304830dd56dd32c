import {
  createTestDatabases,
  manualScheduler,
  rowCount,
} from '@agile-ops/test-utils';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import { startMaturityBackend } from '../__testUtils__/maturityBackend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { catalogEntity } from '../__testUtils__/catalogEntities';
import { openMaturityStore } from '../__testUtils__/maturityStore';
import { countedCatalog, syncCatalog } from '../__testUtils__/scopeCounts';
import { CATALOG_PROBE_TASK, catalogChanged } from './catalogProbe';
import { HIERARCHY_SYNC_TASK } from './syncHierarchy';

jest.setTimeout(60_000);

describe('catalogChanged', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'sees entities arrive and leave, and nothing when the count is the synced one (%s)',
    async databaseId => {
      const { knex } = await openMaturityStore(databases, databaseId);
      const synced = countedCatalog(['a', 'b']);
      const probe = (entities = synced) =>
        catalogChanged({
          catalog: catalogServiceMock({ entities }),
          auth: mockServices.auth(),
          db: knex,
        });

      // Never synced: everything in the catalog is new.
      expect(await probe()).toBe(true);
      await syncCatalog(knex, synced, new Date());
      expect(await probe()).toBe(false);
      expect(await probe([...synced, catalogEntity('component', 'c')])).toBe(
        true,
      );
      expect(await probe(synced.slice(1))).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'as a task, starts a sync only while the catalog differs; an assessment counts before any sync (%s)',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const scheduler = manualScheduler();
      const catalog = countedCatalog(['a', 'b']);
      const { server } = await startMaturityBackend({
        knex,
        entities: catalog,
        hidden: { users: [], refs: [] },
        features: [scheduler.factory],
      });
      const user = mockCredentials.user.header('user:default/jo');

      // An entity assessed before the hierarchy was ever synced is counted in the roll-ups.
      await request(server)
        .post('/api/maturity/entities/component/default/a/assessments')
        .set('Authorization', user)
        .send({ scores: [{ vector: 'documentation', score: 4 }] })
        .expect(201);
      const before = await request(server)
        .get('/api/maturity/rollups/organization/default/all')
        .set('Authorization', user)
        .expect(200);
      expect(before.body.entities).toEqual({ total: 1, assessed: 1, stale: 0 });

      await scheduler.run(CATALOG_PROBE_TASK);
      expect(scheduler.triggered).toEqual([HIERARCHY_SYNC_TASK]);
      expect(await rowCount(knex, 'maturity_entities')).toBe(catalog.length);
      const after = await request(server)
        .get('/api/maturity/rollups/organization/default/all')
        .set('Authorization', user)
        .expect(200);
      expect(after.body.entities).toEqual({ total: 2, assessed: 1, stale: 0 });

      await scheduler.run(CATALOG_PROBE_TASK);
      expect(scheduler.triggered).toEqual([HIERARCHY_SYNC_TASK]);
    },
  );
});
