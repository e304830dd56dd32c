import {
  ASSESSMENT_LIMITS,
  AssessmentRequest,
  VectorId,
} from '@agile-ops/plugin-maturity-common';

/** What the user has typed for one vector; an empty score means "leave as it is". */
export interface VectorDraft {
  score: string;
  rationale: string;
}

/** The dialog's state before it is turned into a request. */
export interface AssessmentDraft {
  vectors: Partial<Record<VectorId, VectorDraft>>;
  comment: string;
}

/** Problems found in a draft: per vector, on the comment, or about the whole form. */
export interface DraftErrors {
  vectors: Partial<Record<VectorId, string>>;
  comment?: string;
  form?: string;
}

/** The outcome of checking a draft: a request to send, or the errors to show. */
export type DraftCheck =
  | { ok: true; request: Omit<AssessmentRequest, 'idempotencyKey'> }
  | { ok: false; errors: DraftErrors };

/**
 * Checks a draft against the same rules and limits as the backend and builds the request.
 * Vectors are sent in the order given, which is the rubric's order.
 */
export function checkDraft(
  draft: AssessmentDraft,
  vectorOrder: readonly VectorId[],
): DraftCheck {
  const errors: DraftErrors = { vectors: {} };
  const scores: AssessmentRequest['scores'] = [];
  for (const vector of vectorOrder) {
    const entry = draft.vectors[vector];
    if (!entry) continue;
    const rationale = entry.rationale.trim();
    if (entry.score === '') {
      if (rationale) {
        errors.vectors[vector] = 'Pick a score for this rationale, or clear it';
      }
      continue;
    }
    const score = Number(entry.score);
    if (!Number.isInteger(score) || score < 0 || score > 5) {
      errors.vectors[vector] = 'The score must be a whole number from 0 to 5';
      continue;
    }
    if (rationale.length > ASSESSMENT_LIMITS.rationale) {
      errors.vectors[
        vector
      ] = `The rationale can have at most ${ASSESSMENT_LIMITS.rationale} characters`;
      continue;
    }
    scores.push(rationale ? { vector, score, rationale } : { vector, score });
  }
  const comment = draft.comment.trim();
  if (comment.length > ASSESSMENT_LIMITS.comment) {
    errors.comment = `The comment can have at most ${ASSESSMENT_LIMITS.comment} characters`;
  }
  const hasFieldErrors =
    Object.keys(errors.vectors).length > 0 || errors.comment !== undefined;
  if (!hasFieldErrors && scores.length === 0) {
    errors.form = 'Score at least one vector';
  }
  if (hasFieldErrors || errors.form) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    request: comment ? { scores, comment } : { scores },
  };
}
