import {
  AssessmentScoreInput,
  EntityLevel,
  ScoreSource,
  VectorEvidence,
  VectorId,
} from '@agile-ops/plugin-maturity-common';

/** An assessment as stored. */
export interface StoredAssessment {
  id: string;
  entityRef: string;
  createdBy: string;
  createdAt: Date;
  comment?: string;
  source: ScoreSource;
  rubricVersion: string;
  scores: AssessmentScoreInput[];
  /** The proposal an accepted assessment took (source `evidence`). */
  evidence?: VectorEvidence;
}

/** What it takes to record an assessment. */
export interface NewAssessment {
  entityRef: string;
  createdBy: string;
  comment?: string;
  source: ScoreSource;
  rubricVersion: string;
  scores: AssessmentScoreInput[];
  /** The caller's key for retries; unique per caller. */
  idempotencyKey?: string;
  /** A fingerprint of the request, compared when the idempotency key is seen again. */
  requestHash: string;
  /** The moment to record; the current time when omitted. */
  at?: Date;
  /** The proposal an accepted assessment takes, kept with it. */
  evidence?: VectorEvidence;
}

/** A vector score as recorded: the value and who gave it, when, why and under which rubric. */
export interface RecordedScore {
  entityRef: string;
  vector: VectorId;
  score: number;
  rationale?: string;
  source: ScoreSource;
  recordedBy: string;
  recordedAt: Date;
  rubricVersion: string;
  assessmentId: string;
}

/** The current score of one vector of one entity. */
export interface CurrentScore extends RecordedScore {
  /** Set for subjective vectors: the number of raters and their lowest and highest rating. */
  ratings?: { count: number; min: number; max: number };
}

/** The current scores of one entity and the level the store derived from them. */
export interface EntityScores {
  scores: CurrentScore[];
  level: EntityLevel;
}

/** One row of a vector's score history. */
export interface HistoryEntry extends RecordedScore {
  id: string;
}

/** A position in a list ordered by time and id, for keyset pagination. */
export interface TimeKey {
  at: Date;
  id: string;
}

/** A position in the current scores ordered by entity and vector. */
export interface ScoreKey {
  entityRef: string;
  vector: string;
}

/** Persistence of the maturity plugin; one implementation on knex. */
export interface MaturityStore {
  /**
   * Records an assessment, its history rows and the new current scores in one transaction,
   * and returns the entity's scores and level as that transaction left them (`current`).
   * With an idempotency key already used by the same caller, returns the stored assessment
   * (`replayed: true`) and the entity's scores now, storing nothing, or throws a ConflictError
   * when the request differs.
   */
  recordAssessment(input: NewAssessment): Promise<{
    assessment: StoredAssessment;
    replayed: boolean;
    current: EntityScores;
  }>;

  /** The current scores of the given entities. */
  getCurrentScores(entityRefs: string[]): Promise<CurrentScore[]>;

  /** History of one entity in time order, optionally one vector and a time range. */
  getHistory(options: {
    entityRef: string;
    vector?: VectorId;
    from?: Date;
    to?: Date;
    after?: TimeKey;
    limit: number;
  }): Promise<HistoryEntry[]>;

  /** Assessments of one entity, newest first. */
  listAssessments(options: {
    entityRef: string;
    before?: TimeKey;
    limit: number;
  }): Promise<StoredAssessment[]>;

  /** A page of current scores ordered by entity and vector, optionally of some entities only. */
  listCurrentScores(options: {
    entityRefs?: string[];
    after?: ScoreKey;
    limit: number;
  }): Promise<CurrentScore[]>;
}
