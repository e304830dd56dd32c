import { Knex } from 'knex';

/** One stored snapshot row: a scope's roll-up of one vector (or `level`) on one day. */
export interface SnapshotRow {
  day: string;
  scopeKind: string;
  scopeRef: string;
  vector: string;
  value: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
  assessed: number;
  total: number;
  stale: number;
  distribution: number[];
  /** Computed afterwards from the score history (see `backfillSnapshots`), not on the day. */
  backfilled?: boolean;
}

const BATCH = 500;
const DAY_MS = 86_400_000;

/** How many recent days keep their daily snapshot; before that only Mondays' are kept. */
export const KEEP_DAILY_DAYS = 90;

/**
 * The days from `from` to `today` (both `YYYY-MM-DD`, inclusive) whose snapshots the thinning
 * keeps: every day of the last {@link KEEP_DAILY_DAYS}, Mondays before.
 */
export function keptDays(from: string, today: string): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  const dailyFrom = end - KEEP_DAILY_DAYS * DAY_MS;
  const days: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= end; at += DAY_MS) {
    if (at >= dailyFrom || new Date(at).getUTCDay() === 1) {
      days.push(new Date(at).toISOString().slice(0, 10));
    }
  }
  return days;
}

/** Daily roll-up snapshots: written once a day, thinned to one a week after 90 days. */
export class DatabaseSnapshotStore {
  constructor(private readonly db: Knex) {}

  /** Replaces the snapshot of `day` with these rows, in one transaction. */
  async writeDay(day: string, rows: SnapshotRow[]) {
    await this.db.transaction(async tx => {
      await tx('maturity_rollup_snapshots').where({ day }).delete();
      await insertRows(tx, rows, false);
    });
  }

  /**
   * Stores the backfilled rows of a past `day` unless that day has a snapshot already (taken
   * on the day or backfilled before); answers whether it wrote them.
   */
  async writeBackfilledDay(day: string, rows: SnapshotRow[]): Promise<boolean> {
    if (rows.length === 0) return false;
    return this.db.transaction(async tx => {
      const taken = await tx('maturity_rollup_snapshots')
        .where({ day })
        .first('day');
      if (taken) return false;
      await insertRows(tx, rows, true);
      return true;
    });
  }

  /** Every day that has a snapshot, oldest first. */
  async days(): Promise<string[]> {
    return this.db('maturity_rollup_snapshots')
      .distinct('day')
      .orderBy('day')
      .pluck('day');
  }

  /**
   * Keeps daily snapshots for `keepDailyDays` days and only Mondays' before that; one delete,
   * run by the snapshot task, never by a request.
   */
  async downsample(
    today: string,
    keepDailyDays = KEEP_DAILY_DAYS,
  ): Promise<number> {
    const cutoff = new Date(
      Date.parse(`${today}T00:00:00Z`) - keepDailyDays * DAY_MS,
    )
      .toISOString()
      .slice(0, 10);
    const days: string[] = await this.db('maturity_rollup_snapshots')
      .distinct('day')
      .where('day', '<', cutoff)
      .pluck('day');
    const thinned = days.filter(
      day => new Date(`${day}T00:00:00Z`).getUTCDay() !== 1,
    );
    if (thinned.length === 0) return 0;
    return this.db('maturity_rollup_snapshots')
      .whereIn('day', thinned)
      .delete();
  }

  /** The snapshots of one scope between two days (inclusive), oldest first. */
  async history(options: {
    scopeRef: string;
    from?: string;
    to?: string;
    vector?: string;
    /** The most rows to read. */
    limit?: number;
  }): Promise<SnapshotRow[]> {
    const query = this.db('maturity_rollup_snapshots')
      .where('scope_ref', options.scopeRef)
      .orderBy([{ column: 'vector' }, { column: 'day' }]);
    if (options.from) query.where('day', '>=', options.from);
    if (options.to) query.where('day', '<=', options.to);
    if (options.vector) query.where('vector', options.vector);
    if (options.limit !== undefined) query.limit(options.limit);
    return (await query.select()).map(r => ({
      day: r.day,
      scopeKind: r.scope_kind,
      scopeRef: r.scope_ref,
      vector: r.vector,
      value: r.value === null ? null : Number(r.value),
      mean: r.mean === null ? null : Number(r.mean),
      min: r.min === null ? null : Number(r.min),
      max: r.max === null ? null : Number(r.max),
      assessed: Number(r.assessed),
      total: Number(r.total),
      stale: Number(r.stale),
      distribution: String(r.distribution).split(',').map(Number),
      ...(r.backfilled ? { backfilled: true } : {}),
    }));
  }
}

async function insertRows(
  tx: Knex.Transaction,
  rows: SnapshotRow[],
  backfilled: boolean,
) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx('maturity_rollup_snapshots').insert(
      rows.slice(i, i + BATCH).map(r => ({
        day: r.day,
        scope_kind: r.scopeKind,
        scope_ref: r.scopeRef,
        vector: r.vector,
        value: r.value,
        mean: r.mean,
        min: r.min,
        max: r.max,
        assessed: r.assessed,
        total: r.total,
        stale: r.stale,
        distribution: r.distribution.join(','),
        backfilled,
      })),
    );
  }
}
