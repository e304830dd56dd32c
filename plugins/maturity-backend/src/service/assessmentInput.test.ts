import { AssessmentRequest } from '@agile-ops/plugin-maturity-common';
import { InputError } from '@backstage/errors';
import { assessmentRequestHash, prepareAssessment } from './assessmentInput';

/** Runs `fn` and returns the InputError it throws, failing the test otherwise. */
function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

// Types, ranges, lengths and the allowed source are checked against the OpenAPI document
// before a request gets here (src/schema/openapi.test.ts, src/service/contractLimits.test.ts);
// these tests cover what the document cannot say.
describe('prepareAssessment', () => {
  it('returns the scores in canonical key order, whatever the client sent', () => {
    const prepared = prepareAssessment({
      scores: [
        { score: 3, vector: 'documentation', rationale: 'README + runbook' },
        { vector: 'recoverability', score: 0 },
      ],
      comment: 'quarterly review',
    });
    expect(prepared).toEqual({
      scores: [
        { vector: 'documentation', score: 3, rationale: 'README + runbook' },
        { vector: 'recoverability', score: 0 },
      ],
      comment: 'quarterly review',
      idempotencyKey: undefined,
    });
    expect(Object.keys(prepared.scores[0])).toEqual([
      'vector',
      'score',
      'rationale',
    ]);
    // No empty rationale or comment appears where the client sent none.
    expect(Object.keys(prepared.scores[1])).toEqual(['vector', 'score']);
    expect(
      Object.keys(
        prepareAssessment({ scores: [{ vector: 'stability', score: 1 }] }),
      ),
    ).not.toContain('comment');
  });

  it('names a vector given twice', () => {
    const { message } = inputErrorOf(() =>
      prepareAssessment({
        scores: [
          { vector: 'documentation', score: 1 },
          { vector: 'stability', score: 1 },
          { vector: 'documentation', score: 2 },
        ],
      }),
    );
    expect(message).toBe(
      'scores[2].vector "documentation" appears more than once',
    );
  });

  describe('idempotency key', () => {
    const scores: AssessmentRequest['scores'] = [
      { vector: 'documentation', score: 1 },
    ];

    it('comes from the body or the header', () => {
      expect(
        prepareAssessment({ scores, idempotencyKey: 'k1' }).idempotencyKey,
      ).toBe('k1');
      expect(prepareAssessment({ scores }, 'k2').idempotencyKey).toBe('k2');
      expect(
        prepareAssessment({ scores, idempotencyKey: 'k3' }, 'k3')
          .idempotencyKey,
      ).toBe('k3');
      expect(prepareAssessment({ scores }).idempotencyKey).toBeUndefined();
    });

    it('refuses a header that differs from the body', () => {
      expect(
        inputErrorOf(() =>
          prepareAssessment({ scores, idempotencyKey: 'k1' }, 'k2'),
        ).message,
      ).toBe('idempotencyKey and the Idempotency-Key header differ');
    });
  });
});

describe('assessmentRequestHash', () => {
  const ref = 'component:default/foo';
  const base = prepareAssessment({
    scores: [
      { vector: 'documentation', score: 3, rationale: 'README' },
      { vector: 'stability', score: 2 },
    ],
    comment: 'review',
  });

  it('is a stable hex fingerprint', () => {
    const hash = assessmentRequestHash(ref, base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(assessmentRequestHash(ref, { ...base })).toBe(hash);
  });

  it('does not depend on key order in the client body or on the key itself', () => {
    const reordered = prepareAssessment(
      {
        comment: 'review',
        scores: [
          { rationale: 'README', score: 3, vector: 'documentation' },
          { score: 2, vector: 'stability' },
        ],
        idempotencyKey: 'retry-1',
      },
      'retry-1',
    );
    expect(assessmentRequestHash(ref, reordered)).toBe(
      assessmentRequestHash(ref, base),
    );
  });

  it('treats a missing source as "assessment"', () => {
    expect(assessmentRequestHash(ref, base)).toBe(
      assessmentRequestHash(ref, { ...base, source: 'assessment' }),
    );
  });

  it.each([
    ['a score', { scores: [{ ...base.scores[0], score: 4 }, base.scores[1]] }],
    [
      'a vector',
      { scores: [base.scores[0], { vector: 'currency' as const, score: 2 }] },
    ],
    [
      'a rationale',
      {
        scores: [{ ...base.scores[0], rationale: 'TechDocs' }, base.scores[1]],
      },
    ],
    ['the order of scores', { scores: [base.scores[1], base.scores[0]] }],
    ['the comment', { comment: 'another review' }],
    ['the source', { source: 'import' as const }],
  ])('changes with %s', (_label, change) => {
    expect(assessmentRequestHash(ref, { ...base, ...change })).not.toBe(
      assessmentRequestHash(ref, base),
    );
  });

  it('changes with the entity', () => {
    expect(assessmentRequestHash('component:default/bar', base)).not.toBe(
      assessmentRequestHash(ref, base),
    );
  });
});
