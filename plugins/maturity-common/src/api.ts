// The JSON shapes of the maturity HTTP API (`/api/maturity`), shared by the backend that
// produces them and the frontend client that reads them.

import { EntityLevelRule } from './rules';
import { TargetGap } from './targets';
import { VectorId } from './vectors';

/**
 * Where a score came from.
 *
 * @public
 */
export type ScoreSource = 'assessment' | 'evidence' | 'action' | 'import';

/**
 * Every score source, in the order shown to users.
 *
 * @public
 */
export const SCORE_SOURCES: ReadonlyArray<ScoreSource> = [
  'assessment',
  'evidence',
  'action',
  'import',
];

/**
 * The current state of one vector of an entity.
 *
 * @public
 */
export interface VectorScorecardEntry {
  vector: VectorId;
  /** An integer 0–5, or null when never scored. */
  score: number | null;
  /** True when the score is older than `maturity.staleAfter`. */
  stale: boolean;
  recordedAt?: string;
  recordedBy?: string;
  source?: ScoreSource;
  rationale?: string;
  rubricVersion?: string;
  /** For subjective vectors: how many people rated and how far apart they are. */
  ratings?: { count: number; min: number; max: number; spread: number };
}

/**
 * An entity's maturity at a glance: every vector, the level, and the gaps to its targets.
 *
 * @public
 */
export interface Scorecard {
  entityRef: string;
  rubricVersion: string;
  level: {
    value: number | null;
    rule: EntityLevelRule;
    coverage: number;
    pulledDownBy: VectorId[];
  };
  vectors: VectorScorecardEntry[];
  gaps: TargetGap[];
}

/**
 * One vector's score in an assessment request.
 *
 * @public
 */
export interface AssessmentScoreInput {
  vector: VectorId;
  score: number;
  rationale?: string;
}

/**
 * The body of `POST /entities/{kind}/{namespace}/{name}/assessments`.
 *
 * @public
 */
export interface AssessmentRequest {
  scores: AssessmentScoreInput[];
  comment?: string;
  source?: ScoreSource;
  /** Makes a retried request return the first result instead of storing twice. */
  idempotencyKey?: string;
}

/**
 * A stored assessment: who scored which vectors of which entity, when and why.
 *
 * @public
 */
export interface Assessment {
  id: string;
  entityRef: string;
  createdBy: string;
  createdAt: string;
  comment?: string;
  source: ScoreSource;
  rubricVersion: string;
  scores: AssessmentScoreInput[];
}

/**
 * The response to an assessment: the assessment and the entity's scorecard after it.
 *
 * @public
 */
export interface AssessmentResult {
  assessment: Assessment;
  scorecard: Scorecard;
}

/**
 * One point of a vector's score history.
 *
 * @public
 */
export interface HistoryPoint {
  at: string;
  score: number;
  source: ScoreSource;
  recordedBy: string;
  rubricVersion: string;
  rationale?: string;
}

/**
 * The score history of an entity, one series per vector, oldest point first.
 *
 * @public
 */
export interface ScoreHistory {
  entityRef: string;
  series: Array<{ vector: VectorId; points: HistoryPoint[] }>;
  /** Pass as `cursor` to fetch the next page; absent on the last page. */
  nextCursor?: string;
}
