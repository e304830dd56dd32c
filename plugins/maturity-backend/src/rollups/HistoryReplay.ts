import {
  computeEntityLevel,
  EntityLevelOptions,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import { toDate } from '@agile-ops/common';
import { Knex } from 'knex';
import { ScopeKind, scopeMembership, STORED_SCOPE_KINDS } from './membership';
import { CountDelta, CountRow, EntityState, leafCounts } from './ScopeCounts';

// History rows read per query; the replay holds only the latest score per entity and vector.
const PAGE = 5000;

interface Score {
  score: number;
  recordedAt: Date;
}

interface Member {
  entityRef: string;
  scopeRef: string;
  tier: string;
}

interface LevelState {
  value: number | null;
  oldest: Date;
}

/**
 * Walks the score history forward in (recorded_at, id) order, the order that decides current
 * scores, and counts at any instant what `maturity_scope_counts` would have held then: each
 * entity's scores as of that instant, in the scopes of the hierarchy as it is now.
 */
export class HistoryReplay {
  private readonly scores = new Map<string, Map<string, Score>>();
  private readonly levels = new Map<string, LevelState>();
  private cursor?: { at: Date; id: number };

  private constructor(
    private readonly db: Knex,
    private readonly levelOptions: EntityLevelOptions,
    private readonly members: ReadonlyMap<ScopeKind, Member[]>,
  ) {}

  /** Reads the current hierarchy's membership once; history is read as the replay advances. */
  static async create(
    db: Knex,
    levelOptions: EntityLevelOptions = {},
  ): Promise<HistoryReplay> {
    const members = new Map<ScopeKind, Member[]>();
    for (const kind of STORED_SCOPE_KINDS) {
      const rows: Array<{
        entity_ref: string;
        scope_ref: string;
        tier: string | null;
      }> = await scopeMembership(db, kind);
      members.set(
        kind,
        rows.map(row => ({
          entityRef: row.entity_ref,
          scopeRef: row.scope_ref,
          tier: row.tier ?? '',
        })),
      );
    }
    return new HistoryReplay(db, levelOptions, members);
  }

  /** Applies every history row recorded at or before `instant` not applied yet. */
  async advanceTo(instant: Date): Promise<void> {
    for (;;) {
      const query = this.db('maturity_score_history')
        .where('recorded_at', '<=', instant)
        .orderBy([{ column: 'recorded_at' }, { column: 'id' }])
        .limit(PAGE)
        .select('id', 'entity_ref', 'vector', 'score', 'recorded_at');
      const cursor = this.cursor;
      if (cursor) {
        query.where(q =>
          q
            .where('recorded_at', '>', cursor.at)
            .orWhere(q2 =>
              q2.where('recorded_at', cursor.at).andWhere('id', '>', cursor.id),
            ),
        );
      }
      const rows = await query;
      for (const row of rows) {
        const recordedAt = toDate(row.recorded_at);
        const entity = this.scores.get(row.entity_ref) ?? new Map();
        entity.set(row.vector, { score: Number(row.score), recordedAt });
        this.scores.set(row.entity_ref, entity);
        this.levels.delete(row.entity_ref);
        this.cursor = { at: recordedAt, id: Number(row.id) };
      }
      if (rows.length < PAGE) return;
    }
  }

  /**
   * The count rows of every stored scope kind as of the rows applied so far, stale by
   * `staleBefore`: the same rows `ScopeCounts` builds from the current scores, counted per
   * entity as a write counts it ({@link leafCounts}).
   */
  countRows(staleBefore: Date): Map<ScopeKind, CountRow[]> {
    // Once per entity, not once per scope it counts in.
    const countsOf = new Map<string, CountDelta[]>();
    const entityCounts = (entityRef: string) => {
      let counts = countsOf.get(entityRef);
      if (!counts) {
        counts = leafCounts(this.stateOf(entityRef), staleBefore);
        countsOf.set(entityRef, counts);
      }
      return counts;
    };
    const byKind = new Map<ScopeKind, CountRow[]>();
    for (const [kind, members] of this.members) {
      const rows = new Map<string, CountRow>();
      for (const member of members) {
        for (const delta of entityCounts(member.entityRef)) {
          const key = `${member.scopeRef}\n${delta.vector}\n${member.tier}`;
          const row = rows.get(key);
          if (!row) {
            rows.set(key, {
              ...delta,
              levels: [...delta.levels],
              scopeRef: member.scopeRef,
              tier: member.tier,
            });
            continue;
          }
          row.total += delta.total;
          row.counted += delta.counted;
          row.stale += delta.stale;
          delta.levels.forEach((n, k) => {
            row.levels[k] += n;
          });
        }
      }
      byKind.set(kind, [...rows.values()]);
    }
    return byKind;
  }

  // An entity's scores and level as of the rows applied so far, as the counts see them.
  private stateOf(entityRef: string): EntityState {
    const scores = this.scores.get(entityRef);
    if (!scores) return { scores: [] };
    const level = this.levelOf(entityRef, scores);
    return {
      scores: [...scores].map(([vector, { score, recordedAt }]) => ({
        vector,
        score,
        recordedAt,
      })),
      level: { value: level.value, oldestRecordedAt: level.oldest },
    };
  }

  // Derived once per entity and change, as a write derives it, not once per scope.
  private levelOf(entityRef: string, scores: Map<string, Score>): LevelState {
    const known = this.levels.get(entityRef);
    if (known) return known;
    const entries = [...scores];
    const level: LevelState = {
      value: computeEntityLevel(
        entries.map(([vector, { score }]) => ({
          vector: vector as VectorId,
          score,
        })),
        this.levelOptions,
      ).value,
      oldest: entries.reduce(
        (min, [, { recordedAt }]) => (recordedAt < min ? recordedAt : min),
        entries[0][1].recordedAt,
      ),
    };
    this.levels.set(entityRef, level);
    return level;
  }
}
