import { createTestDatabases } from '@agile-ops/test-utils';
import { mockCredentials } from '@backstage/backend-test-utils';
import { fixedReadPermissions } from '../__testUtils__/visibility';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { EntityLookup } from './EntityLookup';

const migrations = resolvePackagePath(
  '@agile-ops/plugin-maturity-backend',
  'migrations',
);

const catalogEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'component',
  metadata: {
    name: 'fresh',
    namespace: 'default',
    annotations: { 'agile-ops/tier': 'tier-2' },
  },
  spec: { lifecycle: 'experimental' },
};

describe('EntityLookup', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    async function setup(result: AuthorizeResult) {
      const db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrations });
      await db('maturity_entities').insert([
        {
          entity_ref: 'component:default/synced',
          kind: 'component',
          tier: 'tier-1',
          lifecycle: 'production',
          in_catalog: true,
          fingerprint: 'a',
          synced_at: new Date(),
        },
        {
          entity_ref: 'component:default/gone',
          kind: 'component',
          in_catalog: false,
          fingerprint: 'b',
          synced_at: new Date(),
        },
      ]);
      const catalog = catalogServiceMock.mock({
        getEntitiesByRefs: jest.fn(async ({ entityRefs }) => ({
          items: entityRefs.map(ref =>
            ref === 'component:default/fresh' ? catalogEntity : undefined,
          ),
        })),
      });
      const permissions = fixedReadPermissions(result);
      return {
        catalog,
        lookup: new EntityLookup({ catalog, permissions, db }),
      };
    }

    const refs = [
      'component:default/synced',
      'component:default/gone',
      'component:default/fresh',
      'component:default/unknown',
    ];

    it('answers from the synced hierarchy when every entity may be read', async () => {
      const { lookup, catalog } = await setup(AuthorizeResult.ALLOW);
      const found = await lookup.getVisible(refs, mockCredentials.user());
      expect(found[0]).toMatchObject({
        kind: 'component',
        metadata: {
          name: 'synced',
          annotations: { 'agile-ops/tier': 'tier-1' },
        },
        spec: { lifecycle: 'production' },
      });
      // Left the catalog: hidden without asking the catalog.
      expect(found[1]).toBeUndefined();
      expect(found[2]).toEqual(catalogEntity);
      expect(found[3]).toBeUndefined();
      // Only the refs the sync has not seen go to the catalog.
      expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
      expect(
        (catalog.getEntitiesByRefs as jest.Mock).mock.calls[0][0].entityRefs,
      ).toEqual(['component:default/fresh', 'component:default/unknown']);
    });

    it('lets the catalog decide when reads are conditional', async () => {
      const { lookup, catalog } = await setup(AuthorizeResult.CONDITIONAL);
      const found = await lookup.getVisible(refs, mockCredentials.user());
      expect(found.map(e => e?.metadata.name)).toEqual([
        undefined,
        undefined,
        'fresh',
        undefined,
      ]);
      expect(
        (catalog.getEntitiesByRefs as jest.Mock).mock.calls[0][0].entityRefs,
      ).toEqual(refs);
    });

    it('finds nothing when the caller may read no entity', async () => {
      const { lookup, catalog } = await setup(AuthorizeResult.DENY);
      expect(await lookup.getVisible(refs, mockCredentials.user())).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
    });
  });
});
