import { EntityLevelOptions } from '@agile-ops/plugin-maturity-common';
import { toDate } from '@agile-ops/common';
import { Knex } from 'knex';
import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { DatabaseRollupStore } from './DatabaseRollupStore';
import { DatabaseSnapshotStore, keptDays } from './DatabaseSnapshotStore';
import { HistoryReplay } from './HistoryReplay';
import { STORED_SCOPE_KINDS } from './membership';
import { RollupService } from './RollupService';
import { staleCutoff } from './ScopeCounts';
import { snapshotRowsOf } from './snapshotRows';

/** The id of the scheduled backfill task, also used for its status. */
export const BACKFILL_TASK = 'maturity-snapshot-backfill';

/** The most past days one run fills; the next run goes on where it stopped. */
export const MAX_BACKFILL_DAYS = 400;

/**
 * Fills the days without a snapshot between the first day of score history and yesterday
 * (those the thinning keeps: daily for recent days, Mondays before) from the stored history:
 * each entity's scores as of the end of that day, in the hierarchy as it is now. Backfilled
 * days are marked as such; days that have a snapshot are never touched, so a second run
 * writes nothing. Progress (`days`, `done`) shows in `/status` while it runs.
 */
export async function backfillSnapshots(deps: {
  db: Knex;
  rollups: DatabaseRollupStore;
  rollupService: RollupService;
  snapshots: DatabaseSnapshotStore;
  tasks: DatabaseHierarchyStore;
  staleAfterMs: number;
  levelOptions?: EntityLevelOptions;
  now?: () => Date;
}): Promise<Record<string, number>> {
  const now = deps.now ?? (() => new Date());
  await deps.tasks.taskStarted(BACKFILL_TASK, now());
  try {
    const days = await missingDays(deps.db, deps.snapshots, now());
    let written = 0;
    let rows = 0;
    if (days.length > 0) {
      const replay = await HistoryReplay.create(deps.db, deps.levelOptions);
      for (const [index, day] of days.entries()) {
        const endOfDay = new Date(`${day}T23:59:59.999Z`);
        await replay.advanceTo(endOfDay);
        const counts = replay.countRows(
          staleCutoff(endOfDay, deps.staleAfterMs),
        );
        const dayRows = STORED_SCOPE_KINDS.flatMap(kind =>
          snapshotRowsOf(
            day,
            kind,
            deps.rollups.fromCounts(counts.get(kind) ?? [], { withP25: true }),
            aggregate => deps.rollupService.valueOf(aggregate),
          ),
        );
        if (await deps.snapshots.writeBackfilledDay(day, dayRows)) {
          written += 1;
          rows += dayRows.length;
        }
        await deps.tasks.taskProgress(BACKFILL_TASK, {
          days: days.length,
          done: index + 1,
        });
        // A day's counting is a few milliseconds per thousand entities; requests go between.
        await yieldToOthers();
      }
    }
    const summary = { days: days.length, written, rows };
    await deps.tasks.taskFinished(BACKFILL_TASK, now(), { summary });
    return summary;
  } catch (error) {
    await deps.tasks.taskFinished(BACKFILL_TASK, now(), {
      error: error as Error,
    });
    throw error;
  }
}

// The kept days from the first history day to yesterday without a snapshot, oldest first.
async function missingDays(
  db: Knex,
  snapshots: DatabaseSnapshotStore,
  now: Date,
): Promise<string[]> {
  const first = await db('maturity_score_history')
    .min({ at: 'recorded_at' })
    .first();
  if (!first?.at) return [];
  const from = toDate(first.at).toISOString().slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  const stored = new Set(await snapshots.days());
  return keptDays(from, today)
    .filter(day => day !== today && !stored.has(day))
    .slice(0, MAX_BACKFILL_DAYS);
}
