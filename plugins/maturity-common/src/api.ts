// Constants of the maturity HTTP API (`/api/maturity`). The shapes themselves are generated
// from the backend's openapi.yaml into ./schema; the values here are read from the same
// document, so a limit changed there changes every caller.

import {
  operations,
  RollupHistory,
  ScoreSource,
  spec,
} from './schema/openapi.generated';

const { AssessmentRequest, AssessmentScoreInput } = spec.components.schemas;

/**
 * Length limits of an assessment request, as the OpenAPI document states them; the backend
 * enforces them and the frontend checks them before submitting.
 *
 * @public
 */
export const ASSESSMENT_LIMITS = {
  rationale: AssessmentScoreInput.properties.rationale.maxLength,
  comment: AssessmentRequest.properties.comment.maxLength,
  idempotencyKey: AssessmentRequest.properties.idempotencyKey.maxLength,
  scores: AssessmentRequest.properties.scores.maxItems,
} as const;

/**
 * Every score source, in the order shown to users.
 *
 * @public
 */
export const SCORE_SOURCES: ReadonlyArray<ScoreSource> =
  spec.components.schemas.ScoreSource.enum;

/**
 * The scopes roll-ups are listed for.
 *
 * @public
 */
export type RollupScope =
  operations['ListRollups']['parameters']['query']['scope'];

/**
 * One day's snapshot of a roll-up value.
 *
 * @public
 */
export type RollupHistoryPoint =
  RollupHistory['series'][number]['points'][number];

/**
 * The entity ref that addresses the whole organisation as a roll-up scope.
 *
 * @public
 */
export const ORGANIZATION_SCOPE_REF = 'organization:default/all';
