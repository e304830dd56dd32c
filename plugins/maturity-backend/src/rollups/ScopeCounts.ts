import { Knex } from 'knex';
import { toDate } from '@agile-ops/common';
import {
  ScopeKind,
  scopeMembership,
  scopesOfEntity,
  STORED_SCOPE_KINDS,
} from './membership';

/** The vector name of the rows that count the entities' levels. */
export const LEVEL_ROW = 'level';

const LEVELS = [0, 1, 2, 3, 4, 5] as const;
const META_KEY = 'scope-counts';
// Writes hold this lock shared; building the counts or moving their cutoff holds it alone.
const LOCK_KEY = 'maturity_scope_counts';

/** One stored row: the scores of one vector (or the levels) of a scope's entities of one tier. */
export interface CountRow {
  scopeRef: string;
  vector: string;
  tier: string;
  /** Leaves of the scope with this tier (level rows only). */
  total: number;
  /** Current scores (vector rows) or entities with a level row (level rows). */
  counted: number;
  stale: number;
  /** How many scores (or levels) are 0, 1, … 5. */
  levels: number[];
}

/** What of one entity the counts are made of: its current scores and its level row. */
export interface EntityState {
  scores: Array<{ vector: string; score: number; recordedAt: Date }>;
  level?: { value: number | null; oldestRecordedAt: Date | null };
}

/**
 * The cutoff a roll-up read at `now` counts stale scores by: staleAfter before `now`, to the
 * minute, so that reads within a minute share one cutoff and never move the stored counts.
 */
export function staleCutoff(now: Date, staleAfterMs: number): Date {
  const minute = 60_000;
  return new Date(Math.floor(now.getTime() / minute) * minute - staleAfterMs);
}

/**
 * Roll-up counts per scope, vector and tier, stored in `maturity_scope_counts` and kept current
 * by the writes that change scores, so that reading a scope's roll-up costs a few rows instead
 * of an aggregate over all its current scores. Stale counts are relative to a stored cutoff,
 * which reads move when time passes; a hierarchy change rebuilds everything.
 */
export class ScopeCounts {
  constructor(private readonly db: Knex) {}

  /** Holds the counts steady for a write transaction; call it before the write locks anything. */
  static async lockForWrite(tx: Knex.Transaction): Promise<void> {
    if (tx.client.dialect === 'postgresql') {
      await tx.raw(
        'select pg_advisory_xact_lock_shared(hashtextextended(?, 0))',
        [LOCK_KEY],
      );
    }
  }

  /** An entity's current scores and level row, as the counts see them. */
  static async entityState(
    tx: Knex.Transaction,
    entityRef: string,
  ): Promise<EntityState> {
    const [scores, level] = await Promise.all([
      tx('maturity_current_scores')
        .where({ entity_ref: entityRef })
        .select('vector', 'score', 'recorded_at'),
      tx('maturity_entity_levels')
        .where({ entity_ref: entityRef })
        .first('level', 'oldest_recorded_at'),
    ]);
    return {
      scores: scores.map(row => ({
        vector: row.vector,
        score: Number(row.score),
        recordedAt: toDate(row.recorded_at),
      })),
      ...(level
        ? {
            level: {
              value: level.level === null ? null : Number(level.level),
              oldestRecordedAt: level.oldest_recorded_at
                ? toDate(level.oldest_recorded_at)
                : null,
            },
          }
        : {}),
    };
  }

  /**
   * Moves the counts from an entity's state before a write to its state after, inside the
   * write's transaction (after {@link ScopeCounts.lockForWrite}). Counts not built yet are
   * left alone: building them will count the write.
   */
  static async applyChange(
    tx: Knex.Transaction,
    entityRef: string,
    before: EntityState,
    after: EntityState,
  ): Promise<void> {
    const cutoff = await readCutoff(tx);
    if (!cutoff) return;
    const deltas = entityDeltas(before, after, cutoff);
    if (deltas.length > 0) await addToScopes(tx, entityRef, deltas);
  }

  /**
   * Counts a leaf the hierarchy has just learnt of outside a sync (see `admitEntity`): it joins
   * its scopes' entity totals, with whatever scores it already has.
   */
  static async admitLeaf(
    tx: Knex.Transaction,
    entityRef: string,
  ): Promise<void> {
    const cutoff = await readCutoff(tx);
    if (!cutoff) return;
    const state = await ScopeCounts.entityState(tx, entityRef);
    await addToScopes(tx, entityRef, leafCounts(state, cutoff));
  }

  /**
   * Counts everything again from the current scores and the synced hierarchy, e.g. after a
   * sync changed it. Keeps the stored cutoff; without one (never built) it leaves the building
   * to the first read, which knows the cutoff.
   */
  static async rebuild(tx: Knex.Transaction): Promise<void> {
    await lockAlone(tx);
    const cutoff = await readCutoff(tx);
    if (cutoff) await buildAll(tx, cutoff);
  }

  /**
   * Makes the counts count stale scores by `cutoff`: builds them when they never were, or moves
   * the stored cutoff, counting only the scores and levels that crossed it.
   */
  async ensureCutoff(cutoff: Date): Promise<void> {
    const stored = await readCutoff(this.db);
    if (stored && stored.getTime() === cutoff.getTime()) return;
    await this.db.transaction(async tx => {
      await lockAlone(tx);
      // Another reader may have done it while this one waited for the lock.
      const current = await readCutoff(tx);
      if (!current) await buildAll(tx, cutoff);
      else if (current.getTime() !== cutoff.getTime()) {
        await moveCutoff(tx, current, cutoff);
      }
    });
  }

  /** The stored rows of scopes of a kind, optionally only some scopes or one vector. */
  async read(
    kind: ScopeKind,
    filter: { scopeRefs?: string[]; vector?: string } = {},
  ): Promise<CountRow[]> {
    const query = this.db('maturity_scope_counts')
      .where('scope_kind', kind)
      .select();
    if (filter.scopeRefs) query.whereIn('scope_ref', filter.scopeRefs);
    if (filter.vector) query.whereIn('vector', [filter.vector, LEVEL_ROW]);
    return (await query).map(fromColumns);
  }

  /** The same rows computed from the current scores, for scopes whose counts are not stored. */
  async live(
    kind: ScopeKind,
    filter: { scopeRefs?: string[]; parentRef?: string },
    cutoff: Date,
  ): Promise<CountRow[]> {
    const [vectors, levels] = await Promise.all([
      this.db.raw(...vectorCountsSql(this.db, kind, cutoff, filter)),
      this.db.raw(...levelCountsSql(this.db, kind, cutoff, filter)),
    ]);
    return [...rowsOf(vectors), ...rowsOf(levels)].map(fromColumns);
  }
}

type Columns = Record<string, string | number>;

const COUNT_COLUMNS = [
  'total',
  'counted',
  'stale',
  ...LEVELS.map(n => `n${n}`),
];

function compare(a: string, b: string) {
  return a < b ? -1 : Number(a > b);
}

async function lockAlone(tx: Knex.Transaction) {
  if (tx.client.dialect === 'postgresql') {
    await tx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
      LOCK_KEY,
    ]);
  }
}

async function readCutoff(db: Knex): Promise<Date | undefined> {
  const row = await db('maturity_meta').where({ key: META_KEY }).first();
  return row ? new Date(JSON.parse(row.value).cutoff) : undefined;
}

async function writeCutoff(tx: Knex.Transaction, cutoff: Date) {
  await tx('maturity_meta')
    .insert({ key: META_KEY, value: JSON.stringify({ cutoff }) })
    .onConflict('key')
    .merge();
}

async function buildAll(tx: Knex.Transaction, cutoff: Date) {
  await tx('maturity_scope_counts').delete();
  for (const kind of STORED_SCOPE_KINDS) {
    await tx.raw(...insertSql(vectorCountsSql(tx, kind, cutoff)));
    await tx.raw(...insertSql(levelCountsSql(tx, kind, cutoff)));
  }
  await writeCutoff(tx, cutoff);
}

// Scores (and levels) recorded between the two cutoffs change sides: stale when the cutoff
// moved past them, fresh again when it moved back (a longer staleAfter).
async function moveCutoff(tx: Knex.Transaction, from: Date, to: Date) {
  const sign = to > from ? 1 : -1;
  const [lo, hi] = sign > 0 ? [from, to] : [to, from];
  for (const kind of STORED_SCOPE_KINDS) {
    const members = () => tx.from(scopeMembership(tx, kind).as('m'));
    const scores = members()
      .join('maturity_current_scores as c', 'c.entity_ref', 'm.entity_ref')
      .where('c.recorded_at', '>=', lo)
      .andWhere('c.recorded_at', '<', hi)
      .groupBy('c.vector')
      .select('c.vector');
    const levels = members()
      .join('maturity_entity_levels as l', 'l.entity_ref', 'm.entity_ref')
      .where('l.oldest_recorded_at', '>=', lo)
      .andWhere('l.oldest_recorded_at', '<', hi);
    const crossed: Record<string, any>[] = [
      ...(await countCrossed(tx, scores)),
      ...(await countCrossed(tx, levels)).map(row => ({
        ...row,
        vector: LEVEL_ROW,
      })),
    ];
    const rows = crossed.map(row => ({
      ...toColumns({
        ...emptyDelta(row.vector),
        stale: sign * Number(row.crossed),
      }),
      scope_kind: kind,
      scope_ref: row.scope_ref,
      tier: row.tier,
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await addCounts(tx, rows.slice(i, i + 500));
    }
  }
  await writeCutoff(tx, to);
}

// The rows of a query over the membership `m`, counted per scope and tier.
async function countCrossed(
  db: Knex,
  query: Knex.QueryBuilder,
): Promise<Record<string, any>[]> {
  return query
    .select('m.scope_ref', tierColumn(db), db.raw('count(*) as crossed'))
    .groupBy('m.scope_ref', db.raw("coalesce(m.tier, '')"));
}

function tierColumn(db: Knex) {
  return db.raw("coalesce(m.tier, '') as tier");
}

function levelSums(db: Knex, column: string) {
  return LEVELS.map(n =>
    db.raw(`sum(case when ${column} = ${n} then 1 else 0 end) as n${n}`),
  );
}

/** Per scope, vector and tier: the current scores counted, the stale ones, and per level. */
function vectorCountsSql(
  db: Knex,
  kind: ScopeKind,
  cutoff: Date,
  filter: { scopeRefs?: string[]; parentRef?: string } = {},
): [string, readonly any[]] {
  const { sql, bindings } = db
    .from(scopeMembership(db, kind, filter).as('m'))
    .join('maturity_current_scores as c', 'c.entity_ref', 'm.entity_ref')
    .groupBy('m.scope_ref', 'c.vector', db.raw("coalesce(m.tier, '')"))
    .select(
      db.raw('? as scope_kind', [kind]),
      'm.scope_ref',
      'c.vector',
      tierColumn(db),
      db.raw('0 as total'),
      db.raw('count(*) as counted'),
      db.raw('sum(case when c.recorded_at < ? then 1 else 0 end) as stale', [
        cutoff,
      ]),
      ...levelSums(db, 'c.score'),
    )
    .toSQL();
  return [sql, bindings];
}

/** Per scope and tier: the leaves, those with a level row, the stale ones, and per level. */
function levelCountsSql(
  db: Knex,
  kind: ScopeKind,
  cutoff: Date,
  filter: { scopeRefs?: string[]; parentRef?: string } = {},
): [string, readonly any[]] {
  const { sql, bindings } = db
    .from(scopeMembership(db, kind, filter).as('m'))
    .leftJoin('maturity_entity_levels as l', 'l.entity_ref', 'm.entity_ref')
    .groupBy('m.scope_ref', db.raw("coalesce(m.tier, '')"))
    .select(
      db.raw('? as scope_kind', [kind]),
      'm.scope_ref',
      db.raw('? as vector', [LEVEL_ROW]),
      tierColumn(db),
      db.raw('count(*) as total'),
      db.raw('count(l.entity_ref) as counted'),
      db.raw(
        'sum(case when l.oldest_recorded_at < ? then 1 else 0 end) as stale',
        [cutoff],
      ),
      ...levelSums(db, 'l.level'),
    )
    .toSQL();
  return [sql, bindings];
}

// One statement per kind: the database aggregates and stores without sending rows to Node.
function insertSql([sql, bindings]: [string, readonly any[]]): [
  string,
  readonly any[],
] {
  const columns = [
    'scope_kind',
    'scope_ref',
    'vector',
    'tier',
    ...COUNT_COLUMNS,
  ].join(', ');
  return [`insert into maturity_scope_counts (${columns}) ${sql}`, bindings];
}

// Adds an entity's deltas to every scope it counts in.
async function addToScopes(
  tx: Knex.Transaction,
  entityRef: string,
  deltas: Delta[],
) {
  const { tier, scopes } = await scopesOfEntity(tx, entityRef);
  // Sorted, so concurrent writes lock shared rows (the organisation's) in one order.
  const rows: Columns[] = scopes.flatMap(([kind, scopeRef]) =>
    deltas.map(delta => ({
      ...toColumns(delta),
      scope_kind: kind,
      scope_ref: scopeRef,
      tier,
    })),
  );
  rows.sort(
    (a, b) =>
      compare(String(a.scope_ref), String(b.scope_ref)) ||
      compare(String(a.vector), String(b.vector)),
  );
  if (rows.length > 0) await addCounts(tx, rows);
}

// Adds to stored rows, creating those that do not exist yet.
async function addCounts(tx: Knex.Transaction, rows: Columns[]) {
  const merge = Object.fromEntries(
    COUNT_COLUMNS.map(column => [
      column,
      tx.raw(`maturity_scope_counts.${column} + excluded.${column}`),
    ]),
  );
  await tx('maturity_scope_counts')
    .insert(rows)
    .onConflict(['scope_ref', 'vector', 'tier'])
    .merge(merge);
}

/** What one entity adds to (or takes from) one row of each of its scopes. */
export type CountDelta = Omit<CountRow, 'scopeRef' | 'tier'>;
type Delta = CountDelta;

/**
 * What one leaf in `state` adds to its scopes' rows: its scores, its level, and itself to the
 * level row's total (also without any score).
 */
export function leafCounts(state: EntityState, cutoff: Date): CountDelta[] {
  const deltas = entityDeltas({ scores: [] }, state, cutoff);
  const level = deltas.find(d => d.vector === LEVEL_ROW);
  if (level) level.total = 1;
  else deltas.push({ ...emptyDelta(LEVEL_ROW), total: 1 });
  return deltas;
}

// What one entity's change adds to (or takes from) each of its scopes' rows.
function entityDeltas(
  before: EntityState,
  after: EntityState,
  cutoff: Date,
): Delta[] {
  const deltas = new Map<string, Delta>();
  const add = (
    vector: string,
    sign: number,
    value: number | null,
    recordedAt: Date | null,
  ) => {
    const delta = deltas.get(vector) ?? emptyDelta(vector);
    delta.counted += sign;
    if (recordedAt && recordedAt < cutoff) delta.stale += sign;
    if (value !== null) delta.levels[value] += sign;
    deltas.set(vector, delta);
  };
  for (const [state, sign] of [
    [before, -1],
    [after, 1],
  ] as const) {
    for (const s of state.scores) add(s.vector, sign, s.score, s.recordedAt);
    if (state.level) {
      add(LEVEL_ROW, sign, state.level.value, state.level.oldestRecordedAt);
    }
  }
  return [...deltas.values()].filter(
    d => d.counted !== 0 || d.stale !== 0 || d.levels.some(n => n !== 0),
  );
}

function emptyDelta(vector: string): Delta {
  return { vector, total: 0, counted: 0, stale: 0, levels: [0, 0, 0, 0, 0, 0] };
}

function toColumns(delta: Delta): Columns {
  return {
    vector: delta.vector,
    total: delta.total,
    counted: delta.counted,
    stale: delta.stale,
    ...Object.fromEntries(LEVELS.map(n => [`n${n}`, delta.levels[n]])),
  };
}

function fromColumns(row: Record<string, any>): CountRow {
  return {
    scopeRef: row.scope_ref,
    vector: row.vector,
    tier: row.tier,
    total: Number(row.total),
    counted: Number(row.counted),
    stale: Number(row.stale),
    levels: LEVELS.map(n => Number(row[`n${n}`])),
  };
}

// knex.raw answers with the driver's result: rows on PostgreSQL, an array on SQLite.
function rowsOf(result: any): Record<string, any>[] {
  return Array.isArray(result) ? result : result.rows;
}
