import {
  AssessmentScoreInput,
  computeEntityLevel,
  EntityLevelOptions,
  getVector,
  ScoreSource,
  summarizeRatings,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import {
  CurrentScore,
  EntityScores,
  HistoryEntry,
  MaturityStore,
  NewAssessment,
  RecordedScore,
  ScoreKey,
  StoredAssessment,
  TimeKey,
} from './MaturityStore';
import { toDate } from '@agile-ops/common';
import { EntityState, ScopeCounts } from '../rollups/ScopeCounts';

const migrationsDir = resolvePackagePath(
  '@agile-ops/plugin-maturity-backend',
  'migrations',
);

// SQLite and PostgreSQL both limit bound parameters per statement; IN lists are split.
const IN_CHUNK = 500;

type AssessmentRow = {
  id: string;
  entity_ref: string;
  created_by: string;
  created_at: Date | number | string;
  comment: string | null;
  source: string;
  rubric_version: string;
  scores: string;
  idempotency_key: string | null;
  request_hash: string;
  evidence?: string | null;
};

type HistoryRow = {
  id: number | string;
  assessment_id: string;
  entity_ref: string;
  vector: string;
  score: number;
  rationale: string | null;
  source: string;
  recorded_by: string;
  recorded_at: Date | number | string;
  rubric_version: string;
};

type CurrentRow = Omit<HistoryRow, 'id'> & {
  history_id: number | string;
  rating_count: number | null;
  rating_min: number | null;
  rating_max: number | null;
};

/** The knex implementation of {@link MaturityStore}, for SQLite and PostgreSQL. */
export class DatabaseMaturityStore implements MaturityStore {
  /** Connects to the plugin's database and runs the migrations unless config skips them. */
  static async create(
    database: DatabaseService,
    options: { levelOptions?: EntityLevelOptions } = {},
  ): Promise<DatabaseMaturityStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseMaturityStore(knex, options);
  }

  constructor(
    private readonly db: Knex,
    private readonly options: { levelOptions?: EntityLevelOptions } = {},
  ) {}

  /**
   * Recomputes every stored entity level, e.g. after the level rule in config changed; the rule
   * last applied is remembered so that this runs only when needed.
   */
  async refreshAllLevels(): Promise<{ refreshed: number }> {
    const fingerprint = JSON.stringify(this.options.levelOptions ?? {});
    const stored = await this.db('maturity_meta')
      .where({ key: 'level-options' })
      .first();
    if (stored?.value === fingerprint) {
      return { refreshed: 0 };
    }
    let refreshed = 0;
    let after = '';
    for (;;) {
      const refs: string[] = await this.db('maturity_current_scores')
        .distinct('entity_ref')
        .where('entity_ref', '>', after)
        .orderBy('entity_ref')
        .limit(500)
        .pluck('entity_ref');
      if (refs.length === 0) break;
      await this.db.transaction(async tx => {
        await ScopeCounts.lockForWrite(tx);
        for (const ref of refs) {
          await this.refreshLevel(
            tx,
            ref,
            await ScopeCounts.entityState(tx, ref),
          );
        }
      });
      refreshed += refs.length;
      after = refs[refs.length - 1];
    }
    await this.db('maturity_meta')
      .insert({ key: 'level-options', value: fingerprint })
      .onConflict('key')
      .merge();
    return { refreshed };
  }

  async recordAssessment(input: NewAssessment): Promise<{
    assessment: StoredAssessment;
    replayed: boolean;
    current: EntityScores;
  }> {
    const existing = await this.findByIdempotencyKey(input);
    if (existing) {
      return this.replay(existing);
    }
    try {
      return {
        ...(await this.db.transaction(tx => this.insertAssessment(tx, input))),
        replayed: false,
      };
    } catch (error) {
      // Two retries with the same key raced: the loser's insert hit the unique index.
      const winner = await this.findByIdempotencyKey(input);
      if (winner) {
        return this.replay(winner);
      }
      throw error;
    }
  }

  async getCurrentScores(entityRefs: string[]): Promise<CurrentScore[]> {
    const rows: CurrentRow[] = [];
    for (let i = 0; i < entityRefs.length; i += IN_CHUNK) {
      rows.push(
        ...(await this.db<CurrentRow>('maturity_current_scores')
          .whereIn('entity_ref', entityRefs.slice(i, i + IN_CHUNK))
          .select()),
      );
    }
    return rows.map(toCurrentScore);
  }

  async getHistory(options: {
    entityRef: string;
    vector?: VectorId;
    from?: Date;
    to?: Date;
    after?: TimeKey;
    limit: number;
  }): Promise<HistoryEntry[]> {
    const query = this.db<HistoryRow>('maturity_score_history')
      .where('entity_ref', options.entityRef)
      .orderBy([
        { column: 'recorded_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(options.limit);
    if (options.vector) query.where('vector', options.vector);
    if (options.from) query.where('recorded_at', '>=', options.from);
    if (options.to) query.where('recorded_at', '<=', options.to);
    if (options.after) {
      const { at, id } = options.after;
      query.where(q =>
        q
          .where('recorded_at', '>', at)
          .orWhere(q2 =>
            q2.where('recorded_at', at).andWhere('id', '>', Number(id)),
          ),
      );
    }
    return (await query.select()).map(toHistoryEntry);
  }

  async listAssessments(options: {
    entityRef: string;
    before?: TimeKey;
    limit: number;
  }): Promise<StoredAssessment[]> {
    const query = this.db<AssessmentRow>('maturity_assessments')
      .where('entity_ref', options.entityRef)
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(options.limit);
    if (options.before) {
      const { at, id } = options.before;
      query.where(q =>
        q
          .where('created_at', '<', at)
          .orWhere(q2 => q2.where('created_at', at).andWhere('id', '<', id)),
      );
    }
    return (await query.select()).map(toStoredAssessment);
  }

  async listCurrentScores(options: {
    entityRefs?: string[];
    after?: ScoreKey;
    limit: number;
  }): Promise<CurrentScore[]> {
    const query = this.db<CurrentRow>('maturity_current_scores')
      .orderBy([
        { column: 'entity_ref', order: 'asc' },
        { column: 'vector', order: 'asc' },
      ])
      .limit(options.limit);
    if (options.entityRefs) {
      const refs = options.entityRefs;
      query.where(q => {
        for (let i = 0; i < refs.length; i += IN_CHUNK) {
          q.orWhereIn('entity_ref', refs.slice(i, i + IN_CHUNK));
        }
        if (refs.length === 0) q.whereRaw('1 = 0');
      });
    }
    if (options.after) {
      const { entityRef, vector } = options.after;
      query.where(q =>
        q
          .where('entity_ref', '>', entityRef)
          .orWhere(q2 =>
            q2.where('entity_ref', entityRef).andWhere('vector', '>', vector),
          ),
      );
    }
    return (await query.select()).map(toCurrentScore);
  }

  private async findByIdempotencyKey(
    input: NewAssessment,
  ): Promise<StoredAssessment | undefined> {
    if (!input.idempotencyKey) {
      return undefined;
    }
    const row = await this.db<AssessmentRow>('maturity_assessments')
      .where({
        created_by: input.createdBy,
        idempotency_key: input.idempotencyKey,
      })
      .first();
    if (!row) {
      return undefined;
    }
    if (row.request_hash !== input.requestHash) {
      throw new ConflictError(
        `idempotencyKey "${input.idempotencyKey}" was already used for a different request`,
      );
    }
    return toStoredAssessment(row);
  }

  // A replay stores nothing; the entity's scores are read as they are now.
  private async replay(assessment: StoredAssessment) {
    return {
      assessment,
      replayed: true,
      current: await this.scoresOf(this.db, assessment.entityRef),
    };
  }

  private async insertAssessment(
    tx: Knex.Transaction,
    input: NewAssessment,
  ): Promise<{ assessment: StoredAssessment; current: EntityScores }> {
    const at = input.at ?? new Date();
    const id = randomUUID();
    await ScopeCounts.lockForWrite(tx);
    if (tx.client.dialect === 'postgresql') {
      // Assessments of one entity take turns, so each sees the others' committed scores and
      // ratings when it derives the subjective medians and the entity's level.
      await tx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
        `maturity_entity:${input.entityRef}`,
      ]);
    }
    await tx<AssessmentRow>('maturity_assessments').insert({
      id,
      entity_ref: input.entityRef,
      created_by: input.createdBy,
      created_at: at,
      comment: input.comment ?? null,
      source: input.source,
      rubric_version: input.rubricVersion,
      scores: JSON.stringify(input.scores),
      idempotency_key: input.idempotencyKey ?? null,
      request_hash: input.requestHash,
      evidence: input.evidence ? JSON.stringify(input.evidence) : null,
    });
    // Written in vector order, so concurrent assessments of one entity lock the same rows in
    // the same order and cannot deadlock on PostgreSQL.
    const ordered = [...input.scores].sort((a, b) =>
      a.vector < b.vector ? -1 : Number(a.vector > b.vector),
    );
    const before = await ScopeCounts.entityState(tx, input.entityRef);
    await this.recordScores(tx, { ...input, at, assessmentId: id }, ordered);
    const current = await this.refreshLevel(tx, input.entityRef, before);
    return {
      assessment: {
        id,
        entityRef: input.entityRef,
        createdBy: input.createdBy,
        createdAt: at,
        comment: input.comment,
        source: input.source,
        rubricVersion: input.rubricVersion,
        scores: input.scores,
        ...(input.evidence ? { evidence: input.evidence } : {}),
      },
      current,
    };
  }

  private async recordScores(
    tx: Knex.Transaction,
    context: NewAssessment & { at: Date; assessmentId: string },
    entries: AssessmentScoreInput[],
  ) {
    // Subjective vectors first: their score is the summary of everyone's current rating.
    const ratingsOf = new Map<
      string,
      { score: number; count: number; min: number; max: number }
    >();
    for (const entry of entries.filter(e => getVector(e.vector).subjective)) {
      // One rating per person (their latest).
      await tx('maturity_ratings')
        .insert({
          entity_ref: context.entityRef,
          vector: entry.vector,
          rater: context.createdBy,
          score: entry.score,
          rationale: entry.rationale ?? null,
          rated_at: context.at,
          assessment_id: context.assessmentId,
        })
        .onConflict(['entity_ref', 'vector', 'rater'])
        .merge(['score', 'rationale', 'rated_at', 'assessment_id'])
        .where(q =>
          q.whereRaw('maturity_ratings.rated_at <= excluded.rated_at'),
        );
      const all = await tx('maturity_ratings')
        .where({ entity_ref: context.entityRef, vector: entry.vector })
        .pluck('score');
      ratingsOf.set(entry.vector, summarizeRatings(all.map(Number))!);
    }

    // One statement for all history rows and one for all current rows: an assessment of 15
    // vectors costs a handful of round trips, not dozens.
    const rows = entries.map(entry => ({
      assessment_id: context.assessmentId,
      entity_ref: context.entityRef,
      vector: entry.vector,
      score: ratingsOf.get(entry.vector)?.score ?? entry.score,
      rationale: entry.rationale ?? null,
      source: context.source,
      recorded_by: context.createdBy,
      recorded_at: context.at,
      rubric_version: context.rubricVersion,
    }));
    const inserted: Array<{ id: number | string; vector: string }> = await tx(
      'maturity_score_history',
    )
      .insert(rows)
      .returning(['id', 'vector']);
    const historyIdOf = new Map(inserted.map(r => [r.vector, r.id]));

    // Concurrent assessments may commit out of order; a current row only moves forward in
    // (recorded_at, history id) order, so it always equals the latest history row.
    await tx('maturity_current_scores')
      .insert(
        rows.map(row => {
          const ratings = ratingsOf.get(row.vector);
          return {
            ...row,
            history_id: historyIdOf.get(row.vector),
            rating_count: ratings?.count ?? null,
            rating_min: ratings?.min ?? null,
            rating_max: ratings?.max ?? null,
          };
        }),
      )
      .onConflict(['entity_ref', 'vector'])
      .merge()
      .where(q =>
        q
          .whereRaw(
            'maturity_current_scores.recorded_at < excluded.recorded_at',
          )
          .orWhereRaw(
            'maturity_current_scores.recorded_at = excluded.recorded_at and maturity_current_scores.history_id < excluded.history_id',
          ),
      );
    for (const [vector, ratings] of ratingsOf) {
      // An older assessment committed late does not move the row forward, yet its rating
      // counts: the score of a subjective vector always summarises the current ratings.
      await tx('maturity_current_scores')
        .where({ entity_ref: context.entityRef, vector })
        .update({
          score: ratings.score,
          rating_count: ratings.count,
          rating_min: ratings.min,
          rating_max: ratings.max,
        });
    }
  }

  /** An entity's current scores and the level they give, the one place a level is derived. */
  private async scoresOf(db: Knex, entityRef: string): Promise<EntityScores> {
    const rows = await db<CurrentRow>('maturity_current_scores')
      .where({ entity_ref: entityRef })
      .select();
    const scores = rows.map(toCurrentScore);
    return {
      scores,
      level: computeEntityLevel(scores, this.options.levelOptions),
    };
  }

  /**
   * Derives the entity's level from its current scores and stores it beside them, and moves
   * the roll-up counts from the entity's state `before` the write; returns scores and level,
   * so that a write can answer with them without reading them again.
   */
  private async refreshLevel(
    tx: Knex.Transaction,
    entityRef: string,
    before: EntityState,
  ): Promise<EntityScores> {
    const current = await this.scoresOf(tx, entityRef);
    const { scores, level } = current;
    const oldest = scores
      .map(score => score.recordedAt)
      .reduce<Date | null>((min, at) => (!min || at < min ? at : min), null);
    await tx('maturity_entity_levels')
      .insert({
        entity_ref: entityRef,
        level: level.value,
        coverage: level.coverage,
        scored: scores.length,
        oldest_recorded_at: oldest,
      })
      .onConflict('entity_ref')
      .merge();
    // The state after the write is what was just read and stored; no need to read it again.
    await ScopeCounts.applyChange(tx, entityRef, before, {
      scores: scores.map(({ vector, score, recordedAt }) => ({
        vector,
        score,
        recordedAt,
      })),
      level: { value: level.value, oldestRecordedAt: oldest },
    });
    return current;
  }
}

function toStoredAssessment(row: AssessmentRow): StoredAssessment {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    createdBy: row.created_by,
    createdAt: toDate(row.created_at),
    comment: row.comment ?? undefined,
    source: row.source as ScoreSource,
    rubricVersion: row.rubric_version,
    scores: JSON.parse(row.scores),
    ...(row.evidence ? { evidence: JSON.parse(row.evidence) } : {}),
  };
}

function toRecordedScore(row: Omit<HistoryRow, 'id'>): RecordedScore {
  return {
    entityRef: row.entity_ref,
    vector: row.vector as VectorId,
    score: Number(row.score),
    rationale: row.rationale ?? undefined,
    source: row.source as ScoreSource,
    recordedBy: row.recorded_by,
    recordedAt: toDate(row.recorded_at),
    rubricVersion: row.rubric_version,
    assessmentId: row.assessment_id,
  };
}

function toHistoryEntry(row: HistoryRow): HistoryEntry {
  return { id: String(row.id), ...toRecordedScore(row) };
}

function toCurrentScore(row: CurrentRow): CurrentScore {
  return {
    ...toRecordedScore(row),
    ratings:
      row.rating_count === null
        ? undefined
        : {
            count: Number(row.rating_count),
            min: Number(row.rating_min),
            max: Number(row.rating_max),
          },
  };
}
