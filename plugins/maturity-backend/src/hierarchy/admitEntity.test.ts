import { createTestDatabases } from '@agile-ops/test-utils';
import { RUBRIC_VERSION } from '@agile-ops/plugin-maturity-common';
import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  catalogEntity,
  ownedBy,
  partOf,
} from '../__testUtils__/catalogEntities';
import { openMaturityStore } from '../__testUtils__/maturityStore';
import {
  countedCatalog,
  expectCountsMatchScores,
  syncCatalog,
} from '../__testUtils__/scopeCounts';
import { ScopeCounts } from '../rollups/ScopeCounts';
import { admitEntity } from './admitEntity';

jest.setTimeout(60_000);

const T0 = new Date('2026-06-01T00:00:00.000Z');
const CUTOFF = new Date('2026-05-01T00:00:00.000Z');
const NEW_REF = 'component:default/late-arrival';
// In the catalog, not yet in the synced hierarchy. Lower-case kind: the in-memory catalog
// looks refs up as they are written.
const LATE = catalogEntity('component', 'late-arrival', {
  relations: [partOf('system:default/sys-1'), ownedBy('group:default/team-0')],
  tier: 'tier-1',
});

describe('admitEntity', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'adds an assessed entity the sync has not seen to its scopes at once (%s)',
    async databaseId => {
      const { knex, store } = await openMaturityStore(databases, databaseId);
      const synced = countedCatalog(['a', 'b']);
      await syncCatalog(knex, synced, T0);
      const counts = new ScopeCounts(knex);
      await counts.ensureCutoff(CUTOFF);
      await store.recordAssessment({
        entityRef: NEW_REF,
        createdBy: 'user:default/jo',
        source: 'assessment',
        rubricVersion: RUBRIC_VERSION,
        scores: [{ vector: 'documentation', score: 5 }],
        idempotencyKey: 'late',
        requestHash: 'h',
        at: T0,
      });
      const organizationTotal = async () =>
        (await counts.read('organization'))
          .filter(r => r.vector === 'level')
          .reduce((sum, r) => sum + r.total, 0);
      expect(await organizationTotal()).toBe(2);

      const deps = {
        db: knex,
        catalog: catalogServiceMock({ entities: [...synced, LATE] }),
      };
      const credentials = mockCredentials.user('user:default/jo');
      expect(await admitEntity(deps, NEW_REF, credentials)).toBe(true);
      expect(await admitEntity(deps, NEW_REF, credentials)).toBe(false);

      expect(await organizationTotal()).toBe(3);
      expect(
        await knex('maturity_entities')
          .where({ entity_ref: NEW_REF })
          .first('system_ref', 'domain_ref', 'owner_ref', 'tier'),
      ).toEqual({
        system_ref: 'system:default/sys-1',
        // sys-1 is part of dom-1 in the synced hierarchy.
        domain_ref: 'domain:default/dom-1',
        owner_ref: 'group:default/team-0',
        tier: 'tier-1',
      });
      const [domain] = await counts
        .read('domain', {
          scopeRefs: ['domain:default/dom-1'],
          vector: 'documentation',
        })
        .then(rows => rows.filter(r => r.vector === 'documentation'));
      expect(domain).toMatchObject({ counted: 1, levels: [0, 0, 0, 0, 0, 1] });
      await expectCountsMatchScores(knex, CUTOFF);
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves entities the catalog does not have alone (%s)',
    async databaseId => {
      const { knex } = await openMaturityStore(databases, databaseId);
      const deps = { db: knex, catalog: catalogServiceMock({ entities: [] }) };
      expect(await admitEntity(deps, NEW_REF, mockCredentials.user())).toBe(
        false,
      );
      expect(await knex('maturity_entities').select()).toEqual([]);
    },
  );
});
