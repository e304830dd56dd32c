import {
  ASSESSMENT_LIMITS,
  AssessmentRequest,
  AssessmentScoreInput,
  isScore,
  isVectorId,
  SCORE_SOURCES,
  ScoreSource,
} from '@agile-ops/plugin-maturity-common';
import { InputError } from '@backstage/errors';
import { createHash } from 'node:crypto';

const describe = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : String(value);

function optionalText(value: unknown, field: string, max: number) {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > max) {
    throw new InputError(
      `${field} must be a text of at most ${max} characters`,
    );
  }
  return value;
}

/**
 * Checks an assessment request from any caller (HTTP or an action) and returns it in canonical
 * form; the error message names the offending field. The idempotency key may also come from the
 * `Idempotency-Key` header; if both are given they must agree.
 */
export function parseAssessmentRequest(
  body: unknown,
  headerKey?: string,
): AssessmentRequest & { source: 'assessment' } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InputError('the request body must be a JSON object');
  }
  const input = body as Record<string, unknown>;
  if (!Array.isArray(input.scores) || input.scores.length === 0) {
    throw new InputError('scores must be a non-empty list of vector scores');
  }
  const seen = new Set<string>();
  const scores: AssessmentScoreInput[] = input.scores.map((entry, index) => {
    const field = `scores[${index}]`;
    if (typeof entry !== 'object' || entry === null) {
      throw new InputError(`${field} must be an object with vector and score`);
    }
    const { vector, score, rationale } = entry as Record<string, unknown>;
    if (!isVectorId(vector)) {
      throw new InputError(
        `${field}.vector must be one of the 15 vector ids, got ${describe(
          vector,
        )}`,
      );
    }
    if (seen.has(vector)) {
      throw new InputError(
        `${field}.vector "${vector}" appears more than once`,
      );
    }
    seen.add(vector);
    if (!isScore(score)) {
      throw new InputError(
        `${field}.score must be an integer from 0 to 5, got ${describe(score)}`,
      );
    }
    const text = optionalText(
      rationale,
      `${field}.rationale`,
      ASSESSMENT_LIMITS.rationale,
    );
    return text === undefined
      ? { vector, score }
      : { vector, score, rationale: text };
  });

  // Other sources (evidence, action, import) are the plugin's own to set: a caller claiming
  // one would make a hand-entered score look automated.
  if (input.source !== undefined && input.source !== 'assessment') {
    throw new InputError(
      `source may only be "assessment" or left out (${SCORE_SOURCES.filter(
        s => s !== 'assessment',
      ).join(', ')} are set by the plugin itself), got ${describe(
        input.source,
      )}`,
    );
  }
  const bodyKey = optionalText(
    input.idempotencyKey,
    'idempotencyKey',
    ASSESSMENT_LIMITS.idempotencyKey,
  );
  const key = optionalText(
    headerKey,
    'Idempotency-Key',
    ASSESSMENT_LIMITS.idempotencyKey,
  );
  if (bodyKey !== undefined && key !== undefined && bodyKey !== key) {
    throw new InputError(
      'idempotencyKey and the Idempotency-Key header differ',
    );
  }
  return {
    scores,
    comment: optionalText(input.comment, 'comment', ASSESSMENT_LIMITS.comment),
    source: 'assessment',
    idempotencyKey: bodyKey ?? key,
  };
}

/** A fingerprint of what an assessment would store, to detect a key reused for another request. */
export function assessmentRequestHash(
  entityRef: string,
  request: Omit<AssessmentRequest, 'source'> & { source?: ScoreSource },
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
