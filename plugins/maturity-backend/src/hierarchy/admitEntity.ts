import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { ScopeCounts } from '../rollups/ScopeCounts';
import { entityColumns } from './DatabaseHierarchyStore';
import { HIERARCHY_FIELDS, toHierarchyRows } from './hierarchyRows';

/**
 * Adds an entity the synced hierarchy does not know yet, e.g. one assessed before the next
 * sync reached it, so that its scores count in its system's, domain's and owners' roll-ups at
 * once. Its domain is its system's as last synced. Does nothing for a known entity; the next
 * sync writes the row again if anything differs.
 */
export async function admitEntity(
  deps: { db: Knex; catalog: CatalogService },
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<boolean> {
  const { db } = deps;
  const known = await db('maturity_entities')
    .where({ entity_ref: entityRef })
    .first('entity_ref');
  if (known) return false;
  const {
    items: [entity],
  } = await deps.catalog.getEntitiesByRefs(
    { entityRefs: [entityRef], fields: HIERARCHY_FIELDS },
    { credentials },
  );
  if (!entity) return false;
  const [row] = toHierarchyRows([entity]);
  const system = row.systemRef
    ? await db('maturity_entities')
        .where({ entity_ref: row.systemRef })
        .first('domain_ref')
    : undefined;
  return db.transaction(async tx => {
    await ScopeCounts.lockForWrite(tx);
    const inserted = await tx('maturity_entities')
      .insert(
        entityColumns(
          { ...row, domainRef: row.domainRef ?? system?.domain_ref ?? null },
          new Date(),
        ),
      )
      .onConflict('entity_ref')
      .ignore()
      .returning('entity_ref');
    if (inserted.length === 0) return false;
    await ScopeCounts.admitLeaf(tx, entityRef);
    return true;
  });
}
