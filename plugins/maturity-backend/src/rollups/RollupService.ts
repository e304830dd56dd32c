import {
  DEFAULT_ROLLUP_RULE,
  ReassessList,
  Rollup,
  RollupRule,
  VECTOR_IDS,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { decodeOffsetCursor, encodeCursor } from '../service/cursors';
import { LIMITS } from '../service/limits';
import { ReadableRefs, Visibility } from '../service/Visibility';
import {
  DatabaseRollupStore,
  ORGANIZATION_REF,
  ScopeInfo,
  ScopeKind,
  ScopeTotals,
  VectorAggregate,
} from './DatabaseRollupStore';
import { staleCutoff } from './ScopeCounts';
import {
  DatabaseConfidenceStore,
  LevelConfidence,
} from '../confidence/DatabaseConfidenceStore';
import { rollupConfidence } from '../confidence/rollupConfidence';

/** The roll-up settings in force. */
export interface RollupSettings {
  rules: Partial<Record<VectorId, RollupRule>>;
  defaultRule: RollupRule;
  staleAfterMs: number;
  /** Whether a vector under the `mean` rule weights each score by its confidence. */
  weightByConfidence?: boolean;
  /** Entities whose mean confidence is below this are due for reassessment. */
  lowConfidenceBelow?: number;
}

/** Sort keys of the roll-up list besides a vector id. */
export const ROLLUP_SORT_KEYS = ['name', 'level', 'coverage', 'stale'] as const;

const LIST_SCOPES = ['domain', 'system', 'group', 'organization'] as const;
const CHILD_KIND: Record<string, ScopeKind> = {
  organization: 'domain',
  domain: 'system',
  system: 'entity',
  group: 'group',
};

/** Roll-ups of scores to systems, domains, groups and the organisation. */
export class RollupService {
  constructor(
    private readonly deps: {
      store: DatabaseRollupStore;
      /** The confidence of the last confidence run; roll-ups show none without it. */
      confidence?: DatabaseConfidenceStore;
      visibility: Visibility;
      settings: RollupSettings;
      now?: () => Date;
    },
  ) {}

  /** The rule applied to a vector. */
  ruleOf(vector: VectorId): RollupRule {
    return (
      this.deps.settings.rules[vector] ??
      this.deps.settings.defaultRule ??
      DEFAULT_ROLLUP_RULE
    );
  }

  /**
   * All scopes of a kind the caller may read, sorted and paged, each without children. Counts
   * and aggregates include hidden entities; hidden scopes and refs are left out.
   */
  async list(
    query: {
      scope: string;
      sort?: string;
      order?: 'asc' | 'desc';
      limit?: number;
      cursor?: string;
    },
    credentials: BackstageCredentials,
  ): Promise<{ items: Rollup[]; totalItems: number; nextCursor?: string }> {
    if (!LIST_SCOPES.includes(query.scope as any)) {
      throw new InputError(
        `scope must be one of ${LIST_SCOPES.join(', ')}, got "${query.scope}"`,
      );
    }
    const kind = query.scope as ScopeKind;
    const sort = query.sort ?? 'name';
    if (
      !ROLLUP_SORT_KEYS.includes(sort as any) &&
      !VECTOR_IDS.includes(sort as VectorId)
    ) {
      throw new InputError(
        `sort must be one of ${ROLLUP_SORT_KEYS.join(
          ', ',
        )} or a vector id, got "${sort}"`,
      );
    }
    const limit = Math.min(
      query.limit ?? LIMITS.rollupPage.default,
      LIMITS.rollupPage.max,
    );
    const offset = query.cursor ? decodeOffsetCursor(query.cursor) : 0;
    const staleBefore = this.staleBefore();
    const { visibility } = this.deps;
    const decision = await visibility.decision(credentials);
    const allScopes = await this.deps.store.scopes(kind);
    // The organisation is no entity; every other scope is listed only if the caller may read it.
    const listed =
      kind === 'organization'
        ? undefined
        : await visibility.readable(
            allScopes.map(s => s.entityRef),
            credentials,
            decision,
          );
    const scopes = listed
      ? allScopes.filter(s => listed.has(s.entityRef))
      : allScopes;
    const totals = byScope(
      await this.deps.store.scopeTotals({ kind, staleBefore }),
    );
    let sortValue: (scope: ScopeInfo) => number | string | null;
    if (sort === 'name') {
      sortValue = s => (s.title ?? s.entityRef).toLocaleLowerCase('en-US');
    } else if (sort === 'level') {
      sortValue = s => totals.get(s.entityRef)?.meanLevel ?? null;
    } else if (sort === 'coverage') {
      sortValue = s => coverage(totals.get(s.entityRef));
    } else if (sort === 'stale') {
      sortValue = s => totals.get(s.entityRef)?.stale ?? 0;
    } else {
      const vector = sort as VectorId;
      const [aggregates, levels] = await Promise.all([
        this.deps.store.vectorAggregates({
          kind,
          staleBefore,
          vector,
          withP25: this.ruleOf(vector) === 'p25',
          withWeighted: this.ruleOf(vector) === 'weighted',
        }),
        this.confidenceOf(kind, scopes),
      ]);
      const values = new Map(
        aggregates.map(a => [
          a.scopeRef,
          this.valueOf(a, levels.get(a.scopeRef)?.get(vector)),
        ]),
      );
      sortValue = s => values.get(s.entityRef) ?? null;
    }
    const direction = query.order === 'desc' ? -1 : 1;
    const sorted = [...scopes].sort((a, b) => {
      const [x, y] = [sortValue(a), sortValue(b)];
      // Scopes without a value go last whichever the direction.
      if (x === null && y === null)
        return a.entityRef.localeCompare(b.entityRef);
      if (x === null) return 1;
      if (y === null) return -1;
      const compared = Number(x > y) - Number(x < y);
      return compared * direction || a.entityRef.localeCompare(b.entityRef);
    });
    const page = sorted.slice(offset, offset + limit);
    const items = await this.rollupsOf(kind, page, {
      totals,
      candidates: candidatesFor(decision),
    });
    const readable = await visibility.readable(
      items.flatMap(r => r.pulledDownBy.map(p => p.entityRef)),
      credentials,
      decision,
    );
    items.forEach(r => showReadable(r, readable));
    return {
      items,
      totalItems: sorted.length,
      ...(offset + limit < sorted.length
        ? { nextCursor: encodeCursor({ offset: String(offset + limit) }) }
        : {}),
    };
  }

  /**
   * One scope with its children: domain → systems → entities, group → sub-groups, organisation →
   * domains. A scope the caller may not read is "not found", like a missing one; hidden
   * children and refs are left out, while the scope's counts and aggregates include them.
   */
  async get(
    scopeRef: string,
    credentials: BackstageCredentials,
  ): Promise<Rollup> {
    const kind = this.kindOf(scopeRef);
    const childKind = CHILD_KIND[kind];
    const parentRef = kind === 'organization' ? undefined : scopeRef;
    // Independent reads go together, so one's work in Node overlaps the other's in the database.
    const [decision, scope, children] = await Promise.all([
      this.deps.visibility.decision(credentials),
      this.scopeInfo(kind, scopeRef),
      this.deps.store.scopes(childKind, { parentRef }),
    ]);
    const candidates = candidatesFor(decision);
    const [[rollup], childRollups] = await Promise.all([
      this.rollupsOf(kind, [scope], { candidates }),
      this.rollupsOf(childKind, children, { parentRef, candidates }),
    ]);
    // One read check for every ref of the answer: the scope, its children and their weakest.
    const readable = await this.deps.visibility.readable(
      [
        ...(parentRef ? [parentRef] : []),
        ...children.map(c => c.entityRef),
        ...[rollup, ...childRollups].flatMap(r =>
          r.pulledDownBy.map(p => p.entityRef),
        ),
      ],
      credentials,
      decision,
    );
    if (parentRef && !readable.has(parentRef)) throw notFound(kind, scopeRef);
    rollup.children = childRollups.filter(c => readable.has(c.scope.entityRef));
    [rollup, ...rollup.children].forEach(r => showReadable(r, readable));
    return rollup;
  }

  /**
   * The scope's entities to reassess next (never scored, then the oldest stale), only those
   * the caller may read; `totalItems` counts all of them, like the roll-up's counts do.
   */
  async reassess(
    scopeRef: string,
    query: { limit?: number },
    credentials: BackstageCredentials,
  ): Promise<ReassessList> {
    const kind = this.kindOf(scopeRef);
    await this.requireReadableScope(scopeRef, credentials);
    const limit = Math.min(
      query.limit ?? LIMITS.reassess.default,
      LIMITS.reassess.max,
    );
    const decision = await this.deps.visibility.decision(credentials);
    // Hidden entities are skipped, so read spares to stand in for them.
    const { total, items } = await this.deps.store.dueForAssessment({
      kind,
      scopeRef,
      staleBefore: this.staleBefore(),
      lowConfidenceBelow: this.deps.settings.lowConfidenceBelow ?? 0,
      limit: decision === 'all' ? limit : limit * 3,
    });
    const readable = await this.deps.visibility.readable(
      items.map(i => i.entityRef),
      credentials,
      decision,
    );
    return {
      scopeRef,
      totalItems: total,
      items: items
        .filter(i => readable.has(i.entityRef))
        .slice(0, limit)
        .map(i =>
          i.reason === 'never'
            ? i
            : { ...i, oldestScoreAt: i.oldestScoreAt.toISOString() },
        ),
    };
  }

  /** Throws "not found" unless the scope is synced and the caller may read it. */
  async requireReadableScope(
    scopeRef: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const kind = this.kindOf(scopeRef);
    await this.scopeInfo(kind, scopeRef);
    if (kind === 'organization') return;
    const readable = await this.deps.visibility.readable(
      [scopeRef],
      credentials,
    );
    if (!readable.has(scopeRef)) throw notFound(kind, scopeRef);
  }

  private async scopeInfo(kind: ScopeKind, scopeRef: string) {
    const [scope] = await this.deps.store.scopes(kind, {
      scopeRefs: kind === 'organization' ? undefined : [scopeRef],
    });
    if (!scope) throw notFound(kind, scopeRef);
    return scope;
  }

  /** The scope kind a ref stands for; only domains, systems, groups and the organisation roll up. */
  kindOf(scopeRef: string): ScopeKind {
    if (scopeRef === ORGANIZATION_REF) return 'organization';
    const kind = parseEntityRef(scopeRef).kind.toLocaleLowerCase('en-US');
    if (kind === 'domain' || kind === 'system' || kind === 'group') return kind;
    throw new InputError(
      `kind must be domain, system, group or organization, got "${kind}"`,
    );
  }

  /**
   * The value of a vector aggregate under the vector's rule; with `weightByConfidence` and the
   * scope's confidence per level, a `mean` is weighted by it.
   */
  valueOf(aggregate: VectorAggregate, levels?: LevelConfidence): number | null {
    const rule = this.ruleOf(aggregate.vector);
    if (rule === 'mean' && this.deps.settings.weightByConfidence) {
      const { weightedMean } = rollupConfidence(aggregate.distribution, levels);
      if (weightedMean !== null) return weightedMean;
    }
    switch (rule) {
      case 'min':
        return aggregate.min;
      case 'weighted':
        return aggregate.weighted;
      case 'p25':
        return aggregate.p25 ?? null;
      default:
        return aggregate.mean;
    }
  }

  private async rollupsOf(
    kind: ScopeKind,
    scopes: ScopeInfo[],
    options: {
      totals?: Map<string, ScopeTotals>;
      parentRef?: string;
      /** How many weakest entities to read per scope; hidden ones are dropped later. */
      candidates: number;
    },
  ): Promise<Rollup[]> {
    if (scopes.length === 0) return [];
    const staleBefore = this.staleBefore();
    const scopeRefs =
      kind === 'organization' ? undefined : scopes.map(s => s.entityRef);
    const withP25 = VECTOR_IDS.some(v => this.ruleOf(v) === 'p25');
    const withWeighted = VECTOR_IDS.some(v => this.ruleOf(v) === 'weighted');
    const counted = { kind, scopeRefs, staleBefore, withP25, withWeighted };
    const [{ aggregates, totals }, weakest, confidence] = await Promise.all([
      // A listed page has its totals already; otherwise both come from one read.
      options.totals
        ? this.deps.store.vectorAggregates(counted).then(read => ({
            aggregates: read,
            totals: options.totals!,
          }))
        : this.deps.store.aggregatesAndTotals(counted).then(both => ({
            aggregates: both.aggregates,
            totals: byScope(both.totals),
          })),
      this.deps.store.weakestEntities({
        kind,
        scopeRefs,
        perScope: options.candidates,
      }),
      this.confidenceOf(kind, scopes),
    ]);
    const aggregatesOf = new Map<string, Map<VectorId, VectorAggregate>>();
    for (const a of aggregates) {
      if (!aggregatesOf.has(a.scopeRef))
        aggregatesOf.set(a.scopeRef, new Map());
      aggregatesOf.get(a.scopeRef)!.set(a.vector, a);
    }
    return scopes.map(scope => {
      const total = totals.get(scope.entityRef);
      const vectors = aggregatesOf.get(scope.entityRef);
      return {
        scope: {
          entityRef: scope.entityRef,
          kind: scope.kind,
          ...(scope.title ? { title: scope.title } : {}),
        },
        entities: {
          total: total?.total ?? 0,
          assessed: total?.assessed ?? 0,
          stale: total?.stale ?? 0,
        },
        level: {
          mean: total?.meanLevel ?? null,
          distribution: total?.levelDistribution ?? [0, 0, 0, 0, 0, 0],
        },
        vectors: VECTOR_IDS.map(vector => {
          const a = vectors?.get(vector);
          const levels = confidence.get(scope.entityRef)?.get(vector);
          return {
            vector,
            rule: this.ruleOf(vector),
            value: a ? this.valueOf(a, levels) : null,
            confidence: a
              ? rollupConfidence(a.distribution, levels).confidence
              : null,
            min: a?.min ?? null,
            max: a?.max ?? null,
            assessed: a?.assessed ?? 0,
            stale: a?.stale ?? 0,
            distribution: a?.distribution ?? [0, 0, 0, 0, 0, 0],
          };
        }),
        pulledDownBy: weakest
          .filter(w => w.scopeRef === scope.entityRef)
          .map(({ entityRef, level }) => ({ entityRef, level })),
      };
    });
  }

  /**
   * What {@link RollupService.valueOf} weights every stored scope by: the stored confidence of
   * all of them when `weightByConfidence` is on, nothing otherwise.
   */
  async weightingLevels(): Promise<
    Map<string, Map<VectorId, LevelConfidence>>
  > {
    const { confidence, settings } = this.deps;
    if (!settings.weightByConfidence || !confidence) return new Map();
    return confidence.levelsOf();
  }

  /** The stored confidence per level of each scope's vectors; an entity has its own scores'. */
  private async confidenceOf(
    kind: ScopeKind,
    scopes?: ScopeInfo[],
  ): Promise<Map<string, Map<VectorId, LevelConfidence>>> {
    const { confidence } = this.deps;
    const refs = scopes?.map(s => s.entityRef);
    if (!confidence) return new Map();
    if (kind !== 'entity') return confidence.levelsOf(refs);
    const entities = await confidence.vectorsOf(refs ?? []);
    return new Map(
      [...entities].map(([ref, vectors]) => [
        ref,
        new Map(
          Object.entries(vectors).map(([vector, c]) => [
            vector as VectorId,
            new Array<number | null>(6).fill(c),
          ]),
        ),
      ]),
    );
  }

  private staleBefore(): Date {
    return staleCutoff(
      this.deps.now?.() ?? new Date(),
      this.deps.settings.staleAfterMs,
    );
  }
}

function byScope(totals: ScopeTotals[]): Map<string, ScopeTotals> {
  return new Map(totals.map(t => [t.scopeRef, t]));
}

function coverage(total?: ScopeTotals): number | null {
  return total && total.total > 0 ? total.assessed / total.total : null;
}

function notFound(kind: ScopeKind, scopeRef: string) {
  return new NotFoundError(
    `No ${kind} ${scopeRef} in the synced catalog hierarchy`,
  );
}

// When every entity is readable the first few are the answer; otherwise read spares to skip to.
function candidatesFor(decision: string): number {
  return decision === 'all'
    ? LIMITS.pulledDownBy
    : LIMITS.pulledDownByCandidates;
}

// The weakest entities the caller may read stand in for hidden ones, up to the usual count.
function showReadable(rollup: Rollup, readable: ReadableRefs) {
  rollup.pulledDownBy = rollup.pulledDownBy
    .filter(p => readable.has(p.entityRef))
    .slice(0, LIMITS.pulledDownBy);
}
