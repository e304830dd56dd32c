import {
  DEFAULT_TIER_WEIGHTS,
  ORGANIZATION_SCOPE_REF,
  tierWeight,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import { toDate } from '@agile-ops/common';
import { Knex } from 'knex';
import { LEAF_KINDS, ScopeKind, scopeMembership } from './membership';
import { CountRow, LEVEL_ROW, ScopeCounts } from './ScopeCounts';

export type { ScopeKind };
export { LEAF_KINDS };

/** The ref the whole organisation's roll-up goes by. */
export const ORGANIZATION_REF = ORGANIZATION_SCOPE_REF;

/** One vector aggregated over the entities of one scope. */
export interface VectorAggregate {
  scopeRef: string;
  vector: VectorId;
  assessed: number;
  stale: number;
  mean: number;
  min: number;
  max: number;
  /** null when every entity in the scope has tier weight 0, as `rollUp('weighted')` says. */
  weighted: number | null;
  p25?: number;
  distribution: number[];
}

/** Entity counts and the level distribution of one scope. */
export interface ScopeTotals {
  scopeRef: string;
  total: number;
  assessed: number;
  stale: number;
  meanLevel: number | null;
  levelDistribution: number[];
}

/** A scope as listed: its ref, kind and title, from the synced hierarchy. */
export interface ScopeInfo {
  entityRef: string;
  kind: string;
  title: string | null;
}

/**
 * An entity due for an assessment: never scored, with a stale current score, with a score a
 * proposal disputes, or with low confidence (the last two as the confidence run found them).
 */
export type DueEntity =
  | { entityRef: string; reason: 'never' }
  | {
      entityRef: string;
      reason: 'stale' | 'disputed' | 'low-confidence';
      oldestScoreAt: Date;
      level: number | null;
      confidence?: number;
    };

const DUE_REASONS = ['never', 'stale', 'disputed', 'low-confidence'] as const;

// Scopes per statement of the weakest-entities union; keeps the bound parameters few.
const WEAKEST_CHUNK = 50;
// Scope kinds whose weakest entities are read scope by scope (see `weakestEntities`).
const PER_SCOPE_KINDS = new Set<ScopeKind>(['domain', 'system']);

/** Which scopes' counts to read. */
export interface CountOptions {
  kind: ScopeKind;
  scopeRefs?: string[];
  parentRef?: string;
  /** Scores recorded before this are stale; roll-ups pass {@link staleCutoff}. */
  staleBefore: Date;
  /** Only this vector's rows (and the level's). */
  vector?: VectorId;
}

/** {@link CountOptions} and what to compute from the counts. */
export interface AggregateOptions extends CountOptions {
  withP25: boolean;
  /** Skipped (null) when false. */
  withWeighted?: boolean;
}

function compareText(a: string, b: string) {
  return a < b ? -1 : Number(a > b);
}

/**
 * Roll-up queries over the synced hierarchy and the current scores. Systems, domains, groups
 * and the organisation are read from the counts that writes keep ({@link ScopeCounts}); an
 * entity's own roll-up (the drill-down below a system) is counted from its scores.
 */
export class DatabaseRollupStore {
  private readonly counts: ScopeCounts;

  constructor(
    private readonly db: Knex,
    private readonly tierWeights: Readonly<
      Record<string, number>
    > = DEFAULT_TIER_WEIGHTS,
  ) {
    this.counts = new ScopeCounts(db);
  }

  /**
   * The leaf entities of every scope of a kind as `(entity_ref, scope_ref, tier)`, optionally
   * only for some scopes. Groups include what their sub-groups own.
   */
  membership(kind: ScopeKind, scopeRefs?: string[], parentRef?: string) {
    return scopeMembership(this.db, kind, { scopeRefs, parentRef });
  }

  /** Per scope and vector: counts, mean, min, max, tier-weighted mean, p25 and distribution. */
  async vectorAggregates(
    options: AggregateOptions,
  ): Promise<VectorAggregate[]> {
    return this.aggregatesOf(await this.countRows(options), options);
  }

  /** Entity counts, entities with a stale score, and the level distribution per scope. */
  async scopeTotals(options: CountOptions): Promise<ScopeTotals[]> {
    return totalsOf(await this.countRows(options));
  }

  /**
   * {@link vectorAggregates} and {@link scopeTotals} of the same scopes from one read of the
   * counts, which is what a roll-up needs.
   */
  async aggregatesAndTotals(
    options: AggregateOptions,
  ): Promise<{ aggregates: VectorAggregate[]; totals: ScopeTotals[] }> {
    return this.fromCounts(await this.countRows(options), options);
  }

  /**
   * Aggregates and totals from count rows read or computed elsewhere (the backfill counts past
   * days from the score history).
   */
  fromCounts(
    rows: CountRow[],
    options: Pick<AggregateOptions, 'withP25' | 'withWeighted'>,
  ): { aggregates: VectorAggregate[]; totals: ScopeTotals[] } {
    return {
      aggregates: this.aggregatesOf(rows, options),
      totals: totalsOf(rows),
    };
  }

  private aggregatesOf(
    rows: CountRow[],
    options: Pick<AggregateOptions, 'withP25' | 'withWeighted'>,
  ): VectorAggregate[] {
    const vectorRows = rows.filter(r => r.vector !== LEVEL_ROW);
    return [...groupRows(vectorRows)].flatMap(([, group]) => {
      const summed = sumRows(group);
      if (summed.counted === 0) return [];
      let weightSum = 0;
      let weightedSum = 0;
      for (const row of group) {
        const weight = tierWeight(row.tier, this.tierWeights);
        weightSum += weight * row.counted;
        weightedSum += weight * row.levels.reduce((s, n, k) => s + n * k, 0);
      }
      const present = summed.levels.flatMap((n, k) => (n > 0 ? [k] : []));
      return [
        {
          scopeRef: group[0].scopeRef,
          vector: group[0].vector as VectorId,
          assessed: summed.counted,
          stale: summed.stale,
          mean: meanOf(summed.levels)!,
          min: present[0],
          max: present[present.length - 1],
          weighted:
            options.withWeighted === false || weightSum === 0
              ? null
              : weightedSum / weightSum,
          ...(options.withP25
            ? { p25: percentileOf(summed.levels, 0.25) }
            : {}),
          distribution: summed.levels,
        },
      ];
    });
  }

  private async countRows(options: CountOptions): Promise<CountRow[]> {
    const { kind, scopeRefs, parentRef, staleBefore, vector } = options;
    if (kind === 'entity') {
      const rows = await this.counts.live(
        kind,
        { scopeRefs, parentRef },
        staleBefore,
      );
      return rows.filter(
        r => !vector || r.vector === vector || r.vector === LEVEL_ROW,
      );
    }
    await this.counts.ensureCutoff(staleBefore);
    return this.counts.read(kind, { scopeRefs, vector });
  }

  /** The lowest-level entities of each scope (rated ones only), up to `perScope` each. */
  async weakestEntities(options: {
    kind: ScopeKind;
    scopeRefs?: string[];
    parentRef?: string;
    perScope: number;
  }): Promise<Array<{ scopeRef: string; entityRef: string; level: number }>> {
    const { kind, scopeRefs, parentRef, perScope } = options;
    const rows: Array<Record<string, any>> = [];
    // SQLite: scope by scope, each through its own index range and cut at `perScope`; its
    // window over every member of fifty domains costs 43 ms, this 15 ms. PostgreSQL's window is
    // the faster of the two (the all-domain roll-up took 75 ms with it, 150 ms without). Groups
    // keep the window everywhere: a parent group's members come through the ancestry, one
    // sort of thousands of rows per group.
    const perScopeReads = this.db.client.dialect !== 'postgresql';
    if (
      perScopeReads &&
      (kind === 'organization' || (PER_SCOPE_KINDS.has(kind) && scopeRefs))
    ) {
      const refs = scopeRefs ?? [ORGANIZATION_REF];
      for (let i = 0; i < refs.length; i += WEAKEST_CHUNK) {
        const [first, ...rest] = refs
          .slice(i, i + WEAKEST_CHUNK)
          .map((ref, j) =>
            this.db
              .select(`w${j}.*`)
              .from(this.weakestOf(kind, ref, perScope).as(`w${j}`)),
          );
        rows.push(...(await (rest.length > 0 ? first.unionAll(rest) : first)));
      }
    } else {
      const db = this.db;
      rows.push(
        ...(await db
          .with('m', this.membership(kind, scopeRefs, parentRef))
          .with(
            'ranked',
            db
              .from('m')
              .join(
                'maturity_entity_levels as l',
                'l.entity_ref',
                'm.entity_ref',
              )
              .whereNotNull('l.level')
              .select(
                'm.scope_ref',
                'm.entity_ref',
                'l.level',
                db.raw(
                  'row_number() over (partition by m.scope_ref order by l.level, m.entity_ref) as rn',
                ),
              ),
          )
          .from('ranked')
          .where('rn', '<=', perScope)
          .select('scope_ref', 'entity_ref', 'level')),
      );
    }
    return rows
      .map(r => ({
        scopeRef: r.scope_ref,
        entityRef: r.entity_ref,
        level: Number(r.level),
      }))
      .sort(
        (a, b) =>
          compareText(a.scopeRef, b.scopeRef) ||
          a.level - b.level ||
          compareText(a.entityRef, b.entityRef),
      );
  }

  /**
   * One scope's entities that are due for an assessment: those never scored first (by ref),
   * then those whose oldest current score is older than `staleBefore`, oldest first; with how
   * many there are in all.
   */
  async dueForAssessment(options: {
    kind: ScopeKind;
    scopeRef: string;
    staleBefore: Date;
    /** Entities with a mean confidence below this are due too. */
    lowConfidenceBelow: number;
    limit: number;
  }): Promise<{ total: number; items: DueEntity[] }> {
    const { kind, scopeRef, staleBefore, lowConfidenceBelow, limit } = options;
    const due = this.db
      .from(
        this.membership(
          kind,
          kind === 'organization' ? undefined : [scopeRef],
        ).as('m'),
      )
      .leftJoin('maturity_entity_levels as l', 'l.entity_ref', 'm.entity_ref')
      .leftJoin(
        'maturity_entity_confidence as c',
        'c.entity_ref',
        'm.entity_ref',
      )
      .where(q =>
        q
          .whereNull('l.entity_ref')
          .orWhere('l.scored', 0)
          .orWhere('l.oldest_recorded_at', '<', staleBefore)
          .orWhere('c.disputed', true)
          .orWhere('c.confidence', '<', lowConfidenceBelow),
      );
    // The index of the reason in DUE_REASONS: the first that holds, and the list's order.
    const rank = this.db.raw(
      `case when coalesce(l.scored, 0) = 0 then 0
        when l.oldest_recorded_at < ? then 1
        when c.disputed = ? then 2 else 3 end`,
      [staleBefore, true],
    );
    const [rows, [counted]] = await Promise.all([
      due
        .clone()
        .select(
          'm.entity_ref',
          'l.level',
          'l.oldest_recorded_at',
          'c.confidence',
          { rank },
        )
        .orderBy('rank')
        // Never scored and stale ones oldest first, the others least confident first
        // (coalesced: SQLite and PostgreSQL sort nulls to opposite ends).
        .orderByRaw(
          `case when coalesce(l.scored, 0) = 0 or l.oldest_recorded_at < ? then 0
            else coalesce(c.confidence, 0) end`,
          [staleBefore],
        )
        .orderBy([
          { column: 'l.oldest_recorded_at' },
          { column: 'm.entity_ref' },
        ])
        .limit(limit),
      due.clone().count({ n: '*' }),
    ]);
    return {
      total: Number(counted?.n ?? 0),
      items: rows.map((r: Record<string, any>) => {
        const reason = DUE_REASONS[Number(r.rank)];
        return reason === 'never'
          ? { entityRef: r.entity_ref, reason }
          : {
              entityRef: r.entity_ref,
              reason,
              oldestScoreAt: toDate(r.oldest_recorded_at),
              level: r.level === null ? null : Number(r.level),
              ...(r.confidence === null || r.confidence === undefined
                ? {}
                : { confidence: Number(r.confidence) }),
            };
      }),
    };
  }

  // The weakest rated members of one scope, lowest level first, then by ref.
  private weakestOf(kind: ScopeKind, scopeRef: string, perScope: number) {
    return this.db
      .from(
        this.membership(
          kind,
          kind === 'organization' ? undefined : [scopeRef],
        ).as('m'),
      )
      .join('maturity_entity_levels as l', 'l.entity_ref', 'm.entity_ref')
      .whereNotNull('l.level')
      .orderBy([{ column: 'l.level' }, { column: 'm.entity_ref' }])
      .limit(perScope)
      .select('m.scope_ref', 'm.entity_ref', 'l.level');
  }

  /** Scopes of a kind that are in the catalog, with titles; the organisation is one scope. */
  async scopes(
    kind: ScopeKind,
    options: { parentRef?: string; scopeRefs?: string[] } = {},
  ): Promise<ScopeInfo[]> {
    if (kind === 'organization') {
      return [
        {
          entityRef: ORGANIZATION_REF,
          kind: 'organization',
          title: 'Organization',
        },
      ];
    }
    const query = this.db('maturity_entities')
      .where('in_catalog', true)
      .select('entity_ref', 'kind', 'title');
    if (kind === 'entity') query.whereIn('kind', LEAF_KINDS);
    else query.where('kind', kind);
    if (options.scopeRefs) query.whereIn('entity_ref', options.scopeRefs);
    if (options.parentRef) {
      const parent = options.parentRef;
      if (kind === 'system') query.where('domain_ref', parent);
      else if (kind === 'entity') query.where('system_ref', parent);
      else if (kind === 'group') {
        query.whereIn(
          'entity_ref',
          this.db('maturity_group_ancestry')
            .where({ ancestor_ref: parent, depth: 1 })
            .select('group_ref'),
        );
      }
    }
    const rows = await query.orderBy('entity_ref');
    return rows.map(r => ({
      entityRef: r.entity_ref,
      kind: r.kind,
      title: r.title,
    }));
  }
}

// Each scope's level row as totals; scopes without entities are left out.
function totalsOf(rows: CountRow[]): ScopeTotals[] {
  const levelRows = rows.filter(r => r.vector === LEVEL_ROW);
  return [...groupRows(levelRows)].flatMap(([, group]) => {
    const summed = sumRows(group);
    if (summed.total === 0) return [];
    return [
      {
        scopeRef: group[0].scopeRef,
        total: summed.total,
        assessed: summed.counted,
        stale: summed.stale,
        meanLevel: meanOf(summed.levels),
        levelDistribution: summed.levels,
      },
    ];
  });
}

// The rows of each scope and vector together, in the order they came.
function groupRows(rows: CountRow[]): Map<string, CountRow[]> {
  const groups = new Map<string, CountRow[]>();
  for (const row of rows) {
    const key = `${row.scopeRef}\n${row.vector}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

// The tiers of one scope and vector added up.
function sumRows(rows: CountRow[]) {
  return rows.reduce(
    (sum, row) => ({
      total: sum.total + row.total,
      counted: sum.counted + row.counted,
      stale: sum.stale + row.stale,
      levels: sum.levels.map((n, k) => n + row.levels[k]),
    }),
    { total: 0, counted: 0, stale: 0, levels: [0, 0, 0, 0, 0, 0] },
  );
}

function meanOf(levels: number[]): number | null {
  const count = levels.reduce((s, n) => s + n, 0);
  return count === 0 ? null : levels.reduce((s, n, k) => s + n * k, 0) / count;
}

/**
 * A percentile of the scores a distribution counts, interpolated between the two closest ranks
 * as `percentileCont` does for the scores themselves.
 */
export function percentileOf(
  levels: number[],
  fraction: number,
): number | undefined {
  const count = levels.reduce((s, n) => s + n, 0);
  if (count === 0) return undefined;
  const position = (count - 1) * fraction;
  const below = Math.floor(position);
  const at = (rank: number) => {
    let seen = 0;
    for (let k = 0; k < levels.length; k++) {
      seen += levels[k];
      if (rank < seen) return k;
    }
    return levels.length - 1;
  };
  const lo = at(below);
  const hi = at(Math.min(below + 1, count - 1));
  return lo + (hi - lo) * (position - below);
}
