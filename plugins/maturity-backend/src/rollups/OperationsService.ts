import {
  isVectorId,
  maturityHierarchyRefreshPermission,
  VECTOR_IDS,
} from '@agile-ops/plugin-maturity-common';
import {
  BackstageCredentials,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { Request } from 'express';
import { Knex } from 'knex';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { HIERARCHY_SYNC_TASK } from '../hierarchy/syncHierarchy';
import { Access, UserCredentials } from '@agile-ops/backend-common';
import { LIMITS } from '../service/limits';
import { Visibility } from '../service/Visibility';
import { DatabaseSnapshotStore } from './DatabaseSnapshotStore';

/** Task status, on-demand sync and roll-up history: the operational side of the plugin. */
export class OperationsService {
  constructor(
    private readonly deps: {
      db: Knex;
      tasks: DatabaseHierarchyStore;
      snapshots: DatabaseSnapshotStore;
      scheduler: SchedulerService;
      /** Permission check and audit of the hand-started sync. */
      access: Access;
      visibility: Visibility;
    },
  ) {}

  /**
   * The last run of each task and how many entities the synced hierarchy holds (a count, so
   * hidden entities are in it). A task's error text may quote any entity, so only callers who
   * may read every entity see it; the others learn that the run failed.
   */
  async status(credentials: BackstageCredentials) {
    const [[{ count }], runs, decision] = await Promise.all([
      this.deps.db('maturity_entities').where('in_catalog', true).count({
        count: '*',
      }),
      this.deps.tasks.taskRuns(),
      this.deps.visibility.decision(credentials),
    ]);
    const tasks =
      decision === 'all'
        ? runs
        : runs.map(run =>
            run.error
              ? {
                  ...run,
                  error:
                    'the run failed; the backend log and callers who may read every entity see why',
                }
              : run,
          );
    return { tasks, entities: Number(count) };
  }

  /** Starts the hierarchy sync now, if the caller may; audited. */
  async refreshHierarchy(credentials: UserCredentials, request?: Request) {
    const { access, scheduler } = this.deps;
    return access.audited(
      {
        eventId: 'hierarchy-refresh',
        severityLevel: 'low',
        request,
        credentials,
      },
      async () => {
        await access.authorize(
          { permission: maturityHierarchyRefreshPermission },
          credentials,
          'You may not start a hierarchy sync',
        );
        await scheduler.triggerTask(HIERARCHY_SYNC_TASK);
        return { task: HIERARCHY_SYNC_TASK };
      },
    );
  }

  /**
   * Snapshot series of one scope, one per vector (and `level`), oldest first. The caller has
   * checked that the scope is readable; snapshots hold aggregates only.
   */
  async rollupHistory(
    scopeRef: string,
    query: { vector?: string; from?: string; to?: string },
  ) {
    if (
      query.vector !== undefined &&
      query.vector !== 'level' &&
      !isVectorId(query.vector)
    ) {
      throw new InputError(
        `vector must be one of ${VECTOR_IDS.join(', ')} or level, got "${
          query.vector
        }"`,
      );
    }
    if (query.from && query.to) {
      const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
      if (days > LIMITS.rollupHistoryDays) {
        throw new InputError(
          `from and to may be at most ${
            LIMITS.rollupHistoryDays
          } days apart, got ${Math.round(days)}`,
        );
      }
    }
    const rows = await this.deps.snapshots.history({
      scopeRef,
      ...query,
      // One more than allowed tells that there are too many, without reading them all.
      limit: LIMITS.rollupHistoryRows + 1,
    });
    if (rows.length > LIMITS.rollupHistoryRows) {
      throw new InputError(
        `the history of ${scopeRef} has more than ${LIMITS.rollupHistoryRows} snapshot points; narrow it with from, to or vector`,
      );
    }
    const series = new Map<string, typeof rows>();
    for (const row of rows) {
      if (!series.has(row.vector)) series.set(row.vector, []);
      series.get(row.vector)!.push(row);
    }
    return {
      scopeRef,
      series: [...series.entries()].map(([vector, points]) => ({
        vector,
        points: points.map(p => ({
          day: p.day,
          value: p.value,
          assessed: p.assessed,
          total: p.total,
          stale: p.stale,
          distribution: p.distribution,
          ...(p.backfilled ? { backfilled: true } : {}),
        })),
      })),
    };
  }
}
