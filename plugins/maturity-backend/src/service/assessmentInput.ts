import {
  AssessmentRequest,
  findRepeatedVector,
  repeatedVectorMessage,
  AssessmentScoreInput,
  ScoreSource,
} from '@agile-ops/plugin-maturity-common';
import { InputError } from '@backstage/errors';
import { createHash } from 'node:crypto';

/** An assessment request as it is stored: canonical scores and one idempotency key. */
export type PreparedAssessment = Pick<AssessmentRequest, 'comment'> & {
  scores: AssessmentScoreInput[];
  idempotencyKey?: string;
};

/**
 * Checks what the OpenAPI document cannot say about an assessment request that already
 * matches it (the router's validator or an action's zod schema checked types, ranges and
 * lengths): each vector at most once, and the idempotency key of the body and of the
 * `Idempotency-Key` header agreeing when both are given. Returns the scores with their keys in
 * canonical order, so that the stored form and the request hash do not depend on the client.
 */
export function prepareAssessment(
  request: AssessmentRequest,
  headerKey?: string,
): PreparedAssessment {
  const repeat = findRepeatedVector(request.scores);
  if (repeat) throw new InputError(repeatedVectorMessage(repeat));
  const scores = request.scores.map(({ vector, score, rationale }) =>
    rationale === undefined ? { vector, score } : { vector, score, rationale },
  );
  const bodyKey = request.idempotencyKey;
  if (
    bodyKey !== undefined &&
    headerKey !== undefined &&
    bodyKey !== headerKey
  ) {
    throw new InputError(
      'idempotencyKey and the Idempotency-Key header differ',
    );
  }
  return {
    scores,
    ...(request.comment === undefined ? {} : { comment: request.comment }),
    idempotencyKey: bodyKey ?? headerKey,
  };
}

/** A fingerprint of what an assessment would store, to detect a key reused for another request. */
export function assessmentRequestHash(
  entityRef: string,
  request: Omit<PreparedAssessment, 'idempotencyKey'> & {
    source?: ScoreSource;
  },
): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        entityRef,
        request.scores,
        request.comment ?? null,
        request.source ?? 'assessment',
      ]),
    )
    .digest('hex');
}
