import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { toDate } from '@agile-ops/common';
import {
  NewSelfServiceRun,
  RunCounts,
  SelfServiceStore,
  StoredSelfServiceRun,
} from './SelfServiceStore';

const TABLE = 'maturity_self_service_runs';
const DAY_MS = 86_400_000;

type RunRow = {
  id: string;
  entity_ref: string;
  template_ref: string;
  task_id: string;
  run_by: string;
  ran_at: Date | number | string;
};

/** The start of the window of the last `days` days before `now` (inclusive). */
function since(now: Date, days: number) {
  return new Date(now.getTime() - days * DAY_MS);
}

/** The knex implementation of {@link SelfServiceStore}, for SQLite and PostgreSQL. */
export class DatabaseSelfServiceStore implements SelfServiceStore {
  constructor(private readonly db: Knex) {}

  async recordRun(
    run: NewSelfServiceRun,
  ): Promise<{ run: StoredSelfServiceRun; replayed: boolean }> {
    const id = randomUUID();
    // Insert-or-ignore then read: concurrent retries of one task step cannot both insert, and
    // the loser reads the winner's row instead of failing on the unique index.
    await this.db<RunRow>(TABLE)
      .insert({
        id,
        entity_ref: run.entityRef,
        template_ref: run.templateRef,
        task_id: run.taskId,
        run_by: run.runBy,
        ran_at: run.ranAt,
      })
      .onConflict(['task_id', 'template_ref', 'entity_ref'])
      .ignore();
    const row = await this.db<RunRow>(TABLE)
      .where({
        task_id: run.taskId,
        template_ref: run.templateRef,
        entity_ref: run.entityRef,
      })
      .first();
    if (!row) {
      throw new Error(`self-service run of task ${run.taskId} was not stored`);
    }
    return { run: toRun(row), replayed: row.id !== id };
  }

  async countRuns(entityRef: string, now: Date): Promise<RunCounts> {
    const [row] = await this.countQuery(now)
      .from(TABLE)
      .where('entity_ref', entityRef)
      .where('ran_at', '>=', since(now, 90));
    return toCounts(row);
  }

  async countRunsOf(
    entityRefs: string[],
    now: Date,
  ): Promise<Map<string, RunCounts>> {
    const rows = await this.countQuery(now)
      .select('entity_ref')
      .from(TABLE)
      .whereIn('entity_ref', entityRefs)
      .where('ran_at', '>=', since(now, 90))
      .groupBy('entity_ref');
    return new Map(rows.map(row => [row.entity_ref, toCounts(row)]));
  }

  async recentRuns(
    entityRef: string,
    limit: number,
  ): Promise<StoredSelfServiceRun[]> {
    const rows = await this.db<RunRow>(TABLE)
      .where('entity_ref', entityRef)
      .orderBy([
        { column: 'ran_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(toRun);
  }

  async teamRunCounts(
    groupRef: string,
    now: Date,
  ): Promise<Array<RunCounts & { entityRef: string }>> {
    const rows = await this.countQuery(now, 'r.')
      .select('r.entity_ref')
      .from(`${TABLE} as r`)
      .join('maturity_entities as e', 'e.entity_ref', 'r.entity_ref')
      .where('e.owner_ref', groupRef)
      // Entities that left the catalog drop out, as they do from roll-ups.
      .where('e.in_catalog', true)
      .where('r.ran_at', '>=', since(now, 90))
      .groupBy('r.entity_ref')
      .orderBy([
        { column: 'last_90', order: 'desc' },
        { column: 'last_30', order: 'desc' },
        { column: 'r.entity_ref', order: 'asc' },
      ]);
    return rows.map(row => ({ entityRef: row.entity_ref, ...toCounts(row) }));
  }

  /**
   * Counts of rows already limited to the last 90 days: all of them, and those of the last 30
   * (a CASE rather than FILTER, which older SQLite builds lack).
   */
  private countQuery(now: Date, prefix = '') {
    return this.db.select(
      this.db.raw('count(*) as last_90'),
      this.db.raw(
        `sum(case when ${prefix}ran_at >= ? then 1 else 0 end) as last_30`,
        [since(now, 30)],
      ),
    );
  }
}

// PostgreSQL returns counts as strings (bigint) and a sum over no rows as null.
function toCounts(
  row: { last_30?: unknown; last_90?: unknown } | undefined,
): RunCounts {
  return {
    last30Days: Number(row?.last_30 ?? 0),
    last90Days: Number(row?.last_90 ?? 0),
  };
}

function toRun(row: RunRow): StoredSelfServiceRun {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    templateRef: row.template_ref,
    taskId: row.task_id,
    runBy: row.run_by,
    ranAt: toDate(row.ran_at),
  };
}
