import { VectorId } from '@agile-ops/plugin-maturity-common';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { DatabaseRollupStore, ScopeKind } from './DatabaseRollupStore';
import { DatabaseSnapshotStore, SnapshotRow } from './DatabaseSnapshotStore';
import { RollupService } from './RollupService';
import { staleCutoff } from './ScopeCounts';

/** The id of the scheduled snapshot task, also used for its status. */
export const SNAPSHOT_TASK = 'maturity-rollup-snapshot';

const SCOPE_KINDS: ScopeKind[] = ['domain', 'system', 'group', 'organization'];

/**
 * Stores today's roll-up of every scope and vector, with the membership of today's hierarchy,
 * then thins out old snapshots. Running it again on the same day replaces that day.
 */
export async function takeSnapshot(deps: {
  rollups: DatabaseRollupStore;
  rollupService: RollupService;
  snapshots: DatabaseSnapshotStore;
  tasks: DatabaseHierarchyStore;
  staleAfterMs: number;
  now?: () => Date;
}): Promise<Record<string, number>> {
  const now = deps.now ?? (() => new Date());
  const started = now();
  await deps.tasks.taskStarted(SNAPSHOT_TASK, started);
  try {
    const day = started.toISOString().slice(0, 10);
    const staleBefore = staleCutoff(started, deps.staleAfterMs);
    const rows: SnapshotRow[] = [];
    let scopes = 0;
    for (const kind of SCOPE_KINDS) {
      const { aggregates, totals } = await deps.rollups.aggregatesAndTotals({
        kind,
        staleBefore,
        withP25: true,
      });
      const totalOf = new Map(totals.map(t => [t.scopeRef, t]));
      scopes += totals.length;
      for (const t of totals) {
        rows.push({
          day,
          scopeKind: kind,
          scopeRef: t.scopeRef,
          vector: 'level',
          value: t.meanLevel,
          mean: t.meanLevel,
          min: null,
          max: null,
          assessed: t.assessed,
          total: t.total,
          stale: t.stale,
          distribution: t.levelDistribution,
        });
      }
      for (const a of aggregates) {
        rows.push({
          day,
          scopeKind: kind,
          scopeRef: a.scopeRef,
          vector: a.vector as VectorId,
          value: deps.rollupService.valueOf(a),
          mean: a.mean,
          min: a.min,
          max: a.max,
          assessed: a.assessed,
          total: totalOf.get(a.scopeRef)?.total ?? a.assessed,
          stale: a.stale,
          distribution: a.distribution,
        });
      }
    }
    await deps.snapshots.writeDay(day, rows);
    const thinned = await deps.snapshots.downsample(day);
    const summary = { scopes, rows: rows.length, thinned };
    await deps.tasks.taskFinished(SNAPSHOT_TASK, now(), { summary });
    return summary;
  } catch (error) {
    await deps.tasks.taskFinished(SNAPSHOT_TASK, now(), {
      error: error as Error,
    });
    throw error;
  }
}
