import { ASSESSMENT_LIMITS, SCORE_SOURCES } from './api';
import { spec } from './schema/openapi.generated';
import { AssessmentRequestSchema } from './schema/zod.generated';

const { AssessmentRequest, AssessmentScoreInput } = spec.components.schemas;

describe('the API constants', () => {
  it('are the limits the OpenAPI document states', () => {
    expect(ASSESSMENT_LIMITS).toEqual({
      rationale: AssessmentScoreInput.properties.rationale.maxLength,
      comment: AssessmentRequest.properties.comment.maxLength,
      idempotencyKey: AssessmentRequest.properties.idempotencyKey.maxLength,
      scores: AssessmentRequest.properties.scores.maxItems,
    });
    expect(SCORE_SOURCES).toEqual(spec.components.schemas.ScoreSource.enum);
  });

  it('hold in the generated zod schema: exactly the limit passes, one more fails', () => {
    const request = (rationale: string, comment: string) => ({
      scores: [{ vector: 'stability', score: 3, rationale }],
      comment,
    });
    const rationale = 'r'.repeat(ASSESSMENT_LIMITS.rationale);
    const comment = 'c'.repeat(ASSESSMENT_LIMITS.comment);
    expect(
      AssessmentRequestSchema.safeParse(request(rationale, comment)).success,
    ).toBe(true);

    const tooLong = AssessmentRequestSchema.safeParse(
      request(`${rationale}r`, comment),
    );
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues.map(i => i.path.join('.'))).toEqual([
      'scores.0.rationale',
    ]);
    const longComment = AssessmentRequestSchema.safeParse(
      request(rationale, `${comment}c`),
    );
    expect(longComment.error?.issues.map(i => i.path.join('.'))).toEqual([
      'comment',
    ]);
  });
});
