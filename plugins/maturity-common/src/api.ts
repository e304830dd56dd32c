// The JSON shapes of the maturity HTTP API (`/api/maturity`), shared by the backend that
// produces them and the frontend client that reads them.

import { MaturityLevel } from './levels';
import { EntityLevelRule, RollupRule } from './rules';
import { TargetGap, TargetProfile } from './targets';
import { MaturityVector, VectorId } from './vectors';

/**
 * Length limits of an assessment request; the backend enforces them and the frontend checks
 * them before submitting.
 *
 * @public
 */
export const ASSESSMENT_LIMITS = {
  rationale: 2000,
  comment: 4000,
  idempotencyKey: 200,
} as const;

/**
 * The rubric and rules in force, as served by `GET /vectors`.
 *
 * @public
 */
export interface VectorsResponse {
  rubricVersion: string;
  vectors: MaturityVector[];
  levels: MaturityLevel[];
  rules: {
    level: {
      rule: EntityLevelRule;
      minCoverage: number;
      weights: Partial<Record<VectorId, number>>;
    };
    staleAfterDays: number;
    targets: TargetProfile[];
  };
}

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
  /**
   * Automated signals with the score they propose, for a person to confirm or override. Only
   * the single-entity scorecard carries it (bulk reads leave it out to stay fast), and it is
   * absent when there is no evidence.
   */
  evidence?: VectorEvidence[];
}

/**
 * What automated signals say about one vector of an entity: the facts, and the score they
 * propose (null when they propose none).
 *
 * @public
 */
export interface VectorEvidence {
  vector: VectorId;
  /** Sentences for people, e.g. `7 self-service runs in the last 90 days (2 in the last 30)`. */
  facts: string[];
  proposedScore: number | null;
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
  /**
   * Only `assessment` (the default) may be sent; the backend sets the other sources itself,
   * from who is calling, so that no caller can make a score look measured.
   */
  source?: 'assessment';
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

/**
 * The scopes roll-ups are listed for.
 *
 * @public
 */
export type RollupScope = 'domain' | 'system' | 'group' | 'organization';

/**
 * The entity ref that addresses the whole organisation as a roll-up scope.
 *
 * @public
 */
export const ORGANIZATION_SCOPE_REF = 'organization:default/all';

/**
 * One vector of a roll-up: its value under the vector's rule and how the scores spread.
 *
 * @public
 */
export interface RollupVector {
  vector: VectorId;
  rule: RollupRule;
  /** The roll-up value; null when no entity in scope has a score for the vector. */
  value: number | null;
  min: number | null;
  max: number | null;
  assessed: number;
  stale: number;
  /** How many scores of 0, 1, 2, 3, 4 and 5. */
  distribution: number[];
}

/**
 * The maturity of a domain, system, group or the organisation, aggregated from its entities.
 *
 * @public
 */
export interface Rollup {
  scope: { entityRef: string; kind: string; title?: string };
  entities: { total: number; assessed: number; stale: number };
  level: { mean: number | null; distribution: number[] };
  vectors: RollupVector[];
  /** The lowest-level entities of the scope. */
  pulledDownBy: Array<{ entityRef: string; level: number }>;
  /** The scope's children (only in a drill-down answer). */
  children?: Rollup[];
}

/**
 * One page of roll-ups.
 *
 * @public
 */
export interface RollupPage {
  items: Rollup[];
  totalItems: number;
  nextCursor?: string;
}

/**
 * One day's snapshot of a roll-up value.
 *
 * @public
 */
export interface RollupHistoryPoint {
  /** The day, `YYYY-MM-DD`. */
  day: string;
  value: number | null;
  assessed: number;
  total: number;
  stale: number;
  distribution: number[];
}

/**
 * The snapshot series of one scope, per vector (and `level`), oldest first.
 *
 * @public
 */
export interface RollupHistory {
  scopeRef: string;
  series: Array<{ vector: VectorId | 'level'; points: RollupHistoryPoint[] }>;
}

/**
 * The body of `POST /self-service/runs`: a scaffolder task ran a template against an entity.
 *
 * @public
 */
export interface RecordRunRequest {
  /** The entity the template was run for, e.g. `component:default/payments`. */
  entityRef: string;
  /** The template, e.g. `template:default/add-runbook`. */
  templateRef: string;
  /** The scaffolder task id (at most 200 characters); a repeat with the same ids is a replay. */
  taskId: string;
}

/**
 * One recorded self-service run.
 *
 * @public
 */
export interface SelfServiceRun {
  id: string;
  entityRef: string;
  templateRef: string;
  taskId: string;
  /** Entity ref of the user who started the task. */
  runBy: string;
  /** When it was recorded, ISO 8601. */
  ranAt: string;
}

/**
 * How often self-service was used for one entity, as served by
 * `GET /entities/{kind}/{namespace}/{name}/self-service`.
 *
 * @public
 */
export interface SelfServiceUsage {
  entityRef: string;
  runs: { last30Days: number; last90Days: number };
  /** The latest runs, newest first, at most 10. */
  recent: SelfServiceRun[];
}

/**
 * How often self-service was used for a team's entities, as served by
 * `GET /teams/{namespace}/{name}/self-service`.
 *
 * @public
 */
export interface TeamSelfServiceUsage {
  /** The group's entity ref. */
  team: string;
  /** Totals over the entities listed. */
  runs: { last30Days: number; last90Days: number };
  /** The group's entities with runs in the last 90 days, most runs first. */
  entities: Array<{
    entityRef: string;
    last30Days: number;
    last90Days: number;
  }>;
}
