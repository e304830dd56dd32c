import { maturityHierarchyRefreshPermission } from '@agile-ops/plugin-maturity-common';
import {
  AuditorService,
  BackstageCredentials,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Request } from 'express';
import { Knex } from 'knex';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { HIERARCHY_SYNC_TASK } from '../hierarchy/syncHierarchy';
import { DatabaseSnapshotStore } from './DatabaseSnapshotStore';

/** Task status, on-demand sync and roll-up history: the operational side of the plugin. */
export class OperationsService {
  constructor(
    private readonly deps: {
      db: Knex;
      tasks: DatabaseHierarchyStore;
      snapshots: DatabaseSnapshotStore;
      scheduler: SchedulerService;
      permissions: PermissionsService;
      auditor: AuditorService;
    },
  ) {}

  /** The last run of each task and how many entities the synced hierarchy holds. */
  async status() {
    const [{ count }] = await this.deps
      .db('maturity_entities')
      .where('in_catalog', true)
      .count({ count: '*' });
    return { tasks: await this.deps.tasks.taskRuns(), entities: Number(count) };
  }

  /** Starts the hierarchy sync now, if the caller may; audited. */
  async refreshHierarchy(credentials: BackstageCredentials, request?: Request) {
    const audit = await this.deps.auditor.createEvent({
      eventId: 'hierarchy-refresh',
      severityLevel: 'low',
      request,
    });
    try {
      const [decision] = await this.deps.permissions.authorize(
        [{ permission: maturityHierarchyRefreshPermission }],
        { credentials },
      );
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError('You may not start a hierarchy sync');
      }
      await this.deps.scheduler.triggerTask(HIERARCHY_SYNC_TASK);
      await audit.success();
      return { task: HIERARCHY_SYNC_TASK };
    } catch (error) {
      await audit.fail({ error: error as Error });
      throw error;
    }
  }

  /** Snapshot series of one scope, one per vector (and `level`), oldest first. */
  async rollupHistory(
    scopeRef: string,
    query: { vector?: string; from?: string; to?: string },
  ) {
    const rows = await this.deps.snapshots.history({ scopeRef, ...query });
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
        })),
      })),
    };
  }
}
