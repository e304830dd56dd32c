import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DatabaseHierarchyStore } from './DatabaseHierarchyStore';
import {
  HIERARCHY_FIELDS,
  toGroupAncestry,
  toHierarchyRows,
} from './hierarchyRows';

/** The id of the scheduled hierarchy sync, also used for its status. */
export const HIERARCHY_SYNC_TASK = 'maturity-hierarchy-sync';

/**
 * Copies the entity hierarchy from the catalog into the plugin's tables. Only rows whose
 * content changed are written, so a sync of an unchanged catalog writes almost nothing;
 * entities that left the catalog are marked, not deleted, and keep their history.
 */
export async function syncHierarchy(deps: {
  catalog: CatalogService;
  auth: AuthService;
  store: DatabaseHierarchyStore;
  logger: LoggerService;
  now?: () => Date;
}): Promise<Record<string, number>> {
  const now = deps.now ?? (() => new Date());
  const started = now();
  await deps.store.taskStarted(HIERARCHY_SYNC_TASK, started);
  try {
    const credentials = await deps.auth.getOwnServiceCredentials();
    const entities: Entity[] = [];
    for await (const page of deps.catalog.streamEntities(
      { fields: HIERARCHY_FIELDS },
      { credentials },
    )) {
      entities.push(...page);
      deps.logger.debug(`hierarchy sync read ${entities.length} entities`);
    }
    const rows = toHierarchyRows(entities);
    const stored = await deps.store.fingerprints();
    if (rows.length === 0 && [...stored.values()].some(s => s.inCatalog)) {
      // An empty catalog answer is far more likely a permission or config slip than a catalog
      // that really lost every entity; marking them all removed would empty every roll-up.
      throw new Error(
        'the catalog returned no entities; refusing to mark every synced entity as removed',
      );
    }
    const seen = new Set(rows.map(r => r.entityRef));
    const changed = rows.filter(row => {
      const before = stored.get(row.entityRef);
      return (
        !before || !before.inCatalog || before.fingerprint !== row.fingerprint
      );
    });
    const removed = [...stored.entries()]
      .filter(([ref, state]) => state.inCatalog && !seen.has(ref))
      .map(([ref]) => ref);
    const ancestry = toGroupAncestry(entities);
    await deps.store.applySync({ changed, removed, ancestry, at: now() });
    const summary = {
      entities: rows.length,
      changed: changed.length,
      removed: removed.length,
      groups: new Set(ancestry.map(a => a.groupRef)).size,
    };
    await deps.store.taskFinished(HIERARCHY_SYNC_TASK, now(), { summary });
    deps.logger.info(
      `hierarchy sync: ${summary.entities} entities, ${
        summary.changed
      } changed, ${summary.removed} removed in ${
        now().getTime() - started.getTime()
      } ms`,
    );
    return summary;
  } catch (error) {
    await deps.store.taskFinished(HIERARCHY_SYNC_TASK, now(), {
      error: error as Error,
    });
    throw error;
  }
}
