import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';

/** The id of the scheduled catalog probe. */
export const CATALOG_PROBE_TASK = 'maturity-catalog-probe';

/**
 * Whether the catalog holds a different number of entities than the last hierarchy sync
 * stored: one catalog query for a count and one count of our own rows, so it can run every
 * minute. It sees entities arrive and leave; a change that keeps the count (an entity moved to
 * another system) waits for the scheduled sync.
 */
export async function catalogChanged(deps: {
  catalog: CatalogService;
  auth: AuthService;
  db: Knex;
}): Promise<boolean> {
  const [{ totalItems }, [{ synced }]] = await Promise.all([
    deps.catalog.queryEntities(
      { limit: 1, fields: ['kind'] },
      { credentials: await deps.auth.getOwnServiceCredentials() },
    ),
    deps
      .db('maturity_entities')
      .where('in_catalog', true)
      .count({ synced: '*' }),
  ]);
  return Number(synced) !== totalItems;
}
