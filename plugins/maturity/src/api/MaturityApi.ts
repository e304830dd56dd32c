import {
  AssessmentRequest,
  AssessmentResult,
  ChangeExplanation,
  Rollup,
  RollupHistory,
  RollupPage,
  operations,
  ProposalDecision,
  ReassessList,
  Scorecard,
  ScoreHistory,
  StatusResponse,
  VectorId,
  VectorsResponse,
} from '@agile-ops/plugin-maturity-common';
import { createApiRef } from '@backstage/core-plugin-api';

/**
 * Options for listing roll-ups.
 *
 * @public
 */
export type ListRollupsOptions =
  operations['ListRollups']['parameters']['query'];

/**
 * A time window of a history query; ISO 8601 timestamps (or dates for roll-up snapshots).
 *
 * @public
 */
export type HistoryRange = Pick<
  NonNullable<operations['GetHistory']['parameters']['query']>,
  'vector' | 'from' | 'to'
>;

/**
 * The window and series of a "why did it change" question; ISO 8601 instants.
 *
 * @public
 */
export type ChangeWindow = { vector?: string; from?: string; to?: string };

/**
 * What the maturity frontend needs from the maturity backend (`/api/maturity`).
 *
 * @public
 */
export interface MaturityApi {
  /** The rubric and the scoring rules in force. */
  getVectors(): Promise<VectorsResponse>;
  /** The current scorecard of one entity. */
  getScorecard(entityRef: string): Promise<Scorecard>;
  /** Every recorded score of one entity in the range, following all pages. */
  getHistory(entityRef: string, range?: HistoryRange): Promise<ScoreHistory>;
  /** Records an assessment and returns it with the scorecard after it. */
  createAssessment(
    entityRef: string,
    request: AssessmentRequest,
  ): Promise<AssessmentResult>;
  /** Takes an evidence proposal as the vector's score: an assessment with source `evidence`. */
  acceptProposal(
    entityRef: string,
    decision: ProposalDecision,
  ): Promise<AssessmentResult>;
  /** Records that a proposal is not taken, with `decision.reason`; the scorecard after it. */
  dismissProposal(
    entityRef: string,
    decision: ProposalDecision,
  ): Promise<Scorecard>;
  /** Why a scope's roll-up moved in a window: its steps, oldest first. */
  explainRollup(
    scopeRef: string,
    window: ChangeWindow,
  ): Promise<ChangeExplanation>;
  /** Why an entity's scores moved in a window: its steps, oldest first. */
  explainEntity(
    entityRef: string,
    window: ChangeWindow,
  ): Promise<ChangeExplanation>;
  /** One page of roll-ups of a scope kind. */
  listRollups(options: ListRollupsOptions): Promise<RollupPage>;
  /** One scope with its children. */
  getRollup(scopeRef: string): Promise<Rollup>;
  /** The stored daily snapshots of one scope. */
  getRollupHistory(
    scopeRef: string,
    range?: { vector?: VectorId | 'level'; from?: string; to?: string },
  ): Promise<RollupHistory>;
  /** The scope's entities due for an assessment: never scored first, then the oldest stale. */
  getReassessList(
    scopeRef: string,
    options?: { limit?: number },
  ): Promise<ReassessList>;
  /** The current scores of every entity under a scope (or everywhere) as CSV text. */
  exportCsv(scopeRef?: string): Promise<string>;
  /** The latest run of each scheduled task and how many entities the roll-ups hold. */
  getStatus(): Promise<StatusResponse>;
}

/**
 * The API reference of {@link MaturityApi}.
 *
 * @public
 */
export const maturityApiRef = createApiRef<MaturityApi>({
  id: 'plugin.maturity.api',
});
