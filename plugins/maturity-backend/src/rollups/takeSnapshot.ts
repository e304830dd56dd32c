import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { DatabaseRollupStore } from './DatabaseRollupStore';
import { DatabaseSnapshotStore, SnapshotRow } from './DatabaseSnapshotStore';
import { STORED_SCOPE_KINDS } from './membership';
import { RollupService } from './RollupService';
import { staleCutoff } from './ScopeCounts';
import { snapshotRowsOf } from './snapshotRows';

/** The id of the scheduled snapshot task, also used for its status. */
export const SNAPSHOT_TASK = 'maturity-rollup-snapshot';

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
    // Today's confidence, so that a weighted trend values today as the heat map does.
    const levels = await deps.rollupService.weightingLevels();
    for (const kind of STORED_SCOPE_KINDS) {
      const counts = await deps.rollups.aggregatesAndTotals({
        kind,
        staleBefore,
        withP25: true,
      });
      scopes += counts.totals.length;
      rows.push(
        ...snapshotRowsOf(day, kind, counts, aggregate =>
          deps.rollupService.valueOf(
            aggregate,
            levels.get(aggregate.scopeRef)?.get(aggregate.vector),
          ),
        ),
      );
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
