import {
  DEFAULT_TIER_WEIGHTS,
  ORGANIZATION_SCOPE_REF,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import { Knex } from 'knex';

/** The kinds of scope a roll-up can be computed for. */
export type ScopeKind =
  | 'domain'
  | 'system'
  | 'group'
  | 'organization'
  | 'entity';

/** The ref the whole organisation's roll-up goes by. */
export const ORGANIZATION_REF = ORGANIZATION_SCOPE_REF;

/** Entity kinds that are rolled up; systems, domains and groups are the scopes above them. */
export const LEAF_KINDS = ['component', 'resource'];

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

const num = (value: unknown) =>
  value === null || value === undefined ? null : Number(value);

/**
 * Roll-up queries over the synced hierarchy and the current scores; every aggregate is computed
 * by the database, grouped by scope, so no query loads the entities themselves.
 */
export class DatabaseRollupStore {
  constructor(
    private readonly db: Knex,
    private readonly tierWeights: Readonly<
      Record<string, number>
    > = DEFAULT_TIER_WEIGHTS,
  ) {}

  /**
   * The leaf entities of every scope of a kind as `(entity_ref, scope_ref, tier)`, optionally
   * only for some scopes. Groups include what their sub-groups own.
   */
  membership(kind: ScopeKind, scopeRefs?: string[], parentRef?: string) {
    const db = this.db;
    const leaves = db('maturity_entities as e')
      .where('e.in_catalog', true)
      .whereIn('e.kind', LEAF_KINDS);
    let query: Knex.QueryBuilder;
    switch (kind) {
      case 'domain':
        query = leaves
          .whereNotNull('e.domain_ref')
          .select(
            'e.entity_ref',
            'e.tier',
            db.ref('e.domain_ref').as('scope_ref'),
          );
        if (scopeRefs) query.whereIn('e.domain_ref', scopeRefs);
        break;
      case 'system':
        query = leaves
          .whereNotNull('e.system_ref')
          .select(
            'e.entity_ref',
            'e.tier',
            db.ref('e.system_ref').as('scope_ref'),
          );
        if (scopeRefs) query.whereIn('e.system_ref', scopeRefs);
        if (parentRef) query.where('e.domain_ref', parentRef);
        break;
      case 'group':
        query = leaves
          .join('maturity_group_ancestry as a', 'a.group_ref', 'e.owner_ref')
          .select(
            'e.entity_ref',
            'e.tier',
            db.ref('a.ancestor_ref').as('scope_ref'),
          );
        if (scopeRefs) query.whereIn('a.ancestor_ref', scopeRefs);
        break;
      case 'organization':
        query = leaves.select(
          'e.entity_ref',
          'e.tier',
          db.raw('? as scope_ref', [ORGANIZATION_REF]),
        );
        break;
      case 'entity':
        // Each leaf is its own scope: the drill-down below a system or a group.
        query = leaves.select(
          'e.entity_ref',
          'e.tier',
          db.ref('e.entity_ref').as('scope_ref'),
        );
        if (scopeRefs) query.whereIn('e.entity_ref', scopeRefs);
        if (parentRef) query.where('e.system_ref', parentRef);
        break;
      default:
        throw new Error(`unknown scope kind ${kind}`);
    }
    return query;
  }

  /** Per scope and vector: counts, mean, min, max, tier-weighted mean, p25 and distribution. */
  async vectorAggregates(options: {
    kind: ScopeKind;
    scopeRefs?: string[];
    parentRef?: string;
    staleBefore: Date;
    withP25: boolean;
    /** The tier-weighted mean costs extra arithmetic per row; skipped (null) when false. */
    withWeighted?: boolean;
    vector?: VectorId;
  }): Promise<VectorAggregate[]> {
    const db = this.db;
    const weight = this.tierWeightSql();
    const query = db
      .with(
        'm',
        this.membership(options.kind, options.scopeRefs, options.parentRef),
      )
      .from('m')
      .join('maturity_current_scores as c', 'c.entity_ref', 'm.entity_ref')
      .groupBy('m.scope_ref', 'c.vector')
      .select(
        'm.scope_ref',
        'c.vector',
        db.raw('count(*) as assessed'),
        db.raw('sum(case when c.recorded_at < ? then 1 else 0 end) as stale', [
          options.staleBefore,
        ]),
        db.raw('avg(1.0 * c.score) as mean'),
        db.raw('min(c.score) as min'),
        db.raw('max(c.score) as max'),
        // 1.0 * keeps both databases from dividing integers (whole tier weights) as integers.
        options.withWeighted === false
          ? db.raw('null as weighted')
          : db.raw(
              `sum(1.0 * ${weight} * c.score) / nullif(sum(1.0 * ${weight}), 0) as weighted`,
            ),
        ...[0, 1, 2, 3, 4, 5].map(n =>
          db.raw(`sum(case when c.score = ${n} then 1 else 0 end) as d${n}`),
        ),
      );
    if (options.vector) query.where('c.vector', options.vector);
    const rows = await query;
    const p25 = options.withP25
      ? await this.p25(options)
      : new Map<string, number>();
    return rows.map(row => ({
      scopeRef: row.scope_ref,
      vector: row.vector,
      assessed: Number(row.assessed),
      stale: Number(row.stale),
      mean: Number(row.mean),
      min: Number(row.min),
      max: Number(row.max),
      weighted: num(row.weighted),
      ...(options.withP25
        ? { p25: p25.get(`${row.scope_ref}\n${row.vector}`) }
        : {}),
      distribution: [0, 1, 2, 3, 4, 5].map(n => Number(row[`d${n}`])),
    }));
  }

  /** Entity counts, entities with a stale score, and the level distribution per scope. */
  async scopeTotals(options: {
    kind: ScopeKind;
    scopeRefs?: string[];
    parentRef?: string;
    staleBefore: Date;
  }): Promise<ScopeTotals[]> {
    const db = this.db;
    const rows = await db
      .with(
        'm',
        this.membership(options.kind, options.scopeRefs, options.parentRef),
      )
      .from('m')
      .leftJoin('maturity_entity_levels as l', 'l.entity_ref', 'm.entity_ref')
      .groupBy('m.scope_ref')
      .select(
        'm.scope_ref',
        db.raw('count(*) as total'),
        db.raw('count(l.entity_ref) as assessed'),
        db.raw(
          'sum(case when l.oldest_recorded_at < ? then 1 else 0 end) as stale',
          [options.staleBefore],
        ),
        db.raw('avg(1.0 * l.level) as mean_level'),
        ...[0, 1, 2, 3, 4, 5].map(n =>
          db.raw(`sum(case when l.level = ${n} then 1 else 0 end) as l${n}`),
        ),
      );
    return rows.map(row => ({
      scopeRef: row.scope_ref,
      total: Number(row.total),
      assessed: Number(row.assessed),
      stale: Number(row.stale),
      meanLevel: num(row.mean_level),
      levelDistribution: [0, 1, 2, 3, 4, 5].map(n => Number(row[`l${n}`])),
    }));
  }

  /** The lowest-level entities of each scope (rated ones only), up to `perScope` each. */
  async weakestEntities(options: {
    kind: ScopeKind;
    scopeRefs?: string[];
    parentRef?: string;
    perScope: number;
  }): Promise<Array<{ scopeRef: string; entityRef: string; level: number }>> {
    const db = this.db;
    const rows = await db
      .with(
        'm',
        this.membership(options.kind, options.scopeRefs, options.parentRef),
      )
      .with(
        'ranked',
        db
          .from('m')
          .join('maturity_entity_levels as l', 'l.entity_ref', 'm.entity_ref')
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
      .where('rn', '<=', options.perScope)
      .orderBy(['scope_ref', 'rn'])
      .select('scope_ref', 'entity_ref', 'level');
    return rows.map(r => ({
      scopeRef: r.scope_ref,
      entityRef: r.entity_ref,
      level: Number(r.level),
    }));
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

  // p25 like PostgreSQL's percentile_cont(0.25), with window functions both databases have:
  // position (n - 1) / 4 between the two closest ranks, in integer arithmetic.
  private async p25(options: {
    kind: ScopeKind;
    scopeRefs?: string[];
    parentRef?: string;
    vector?: VectorId;
  }): Promise<Map<string, number>> {
    const db = this.db;
    const ranked = db
      .from('m')
      .join('maturity_current_scores as c', 'c.entity_ref', 'm.entity_ref')
      .select(
        'm.scope_ref',
        'c.vector',
        'c.score',
        db.raw(
          'row_number() over (partition by m.scope_ref, c.vector order by c.score) - 1 as rn',
        ),
        db.raw('count(*) over (partition by m.scope_ref, c.vector) as n'),
      );
    if (options.vector) ranked.where('c.vector', options.vector);
    const rows = await db
      .with(
        'm',
        this.membership(options.kind, options.scopeRefs, options.parentRef),
      )
      .with('r', ranked)
      .from('r')
      .groupBy('scope_ref', 'vector')
      .select(
        'scope_ref',
        'vector',
        db.raw('max(case when rn = (n - 1) / 4 then score end) as lo'),
        db.raw('max(case when rn = (n - 1) / 4 + 1 then score end) as hi'),
        db.raw('max((n - 1) % 4) as frac4'),
      );
    return new Map(
      rows.map(row => {
        const lo = Number(row.lo);
        const hi = row.hi === null ? lo : Number(row.hi);
        return [
          `${row.scope_ref}\n${row.vector}`,
          lo + ((hi - lo) * Number(row.frac4)) / 4,
        ];
      }),
    );
  }

  private tierWeightSql(): string {
    const cases = Object.entries(this.tierWeights)
      .filter(([tier]) => tier !== 'none')
      .map(
        ([tier, w]) => `when '${tier.replace(/'/g, "''")}' then ${Number(w)}`,
      )
      .join(' ');
    const fallback = Number(this.tierWeights.none ?? 1);
    // The sync stores tiers trimmed and lower-case.
    return `(case m.tier ${cases} else ${fallback} end)`;
  }
}
