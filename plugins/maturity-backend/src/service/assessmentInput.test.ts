import { InputError } from '@backstage/errors';
import { ASSESSMENT_LIMITS } from '@agile-ops/plugin-maturity-common';
import {
  assessmentRequestHash,
  parseAssessmentRequest,
} from './assessmentInput';

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

describe('parseAssessmentRequest', () => {
  it('returns the request in canonical form with the default source', () => {
    const parsed = parseAssessmentRequest({
      scores: [
        { score: 3, vector: 'documentation', rationale: 'README + runbook' },
        { vector: 'recoverability', score: 0 },
      ],
      comment: 'quarterly review',
    });
    expect(parsed).toEqual({
      scores: [
        { vector: 'documentation', score: 3, rationale: 'README + runbook' },
        { vector: 'recoverability', score: 0 },
      ],
      comment: 'quarterly review',
      source: 'assessment',
      idempotencyKey: undefined,
    });
    // Canonical key order inside each score, whatever the client sent.
    expect(Object.keys(parsed.scores[0])).toEqual([
      'vector',
      'score',
      'rationale',
    ]);
  });

  it('drops fields a score does not know', () => {
    const parsed = parseAssessmentRequest({
      scores: [{ vector: 'documentation', score: 2, weight: 9 }],
    });
    expect(parsed.scores).toEqual([{ vector: 'documentation', score: 2 }]);
  });

  it.each([
    ['null', null],
    ['an array', [{ vector: 'documentation', score: 1 }]],
    ['a string', 'scores'],
  ])('rejects %s as the body', (_label, body) => {
    expect(inputErrorOf(() => parseAssessmentRequest(body)).message).toBe(
      'the request body must be a JSON object',
    );
  });

  it.each([
    ['missing', {}],
    ['empty', { scores: [] }],
    ['not a list', { scores: { vector: 'documentation', score: 1 } }],
  ])('rejects scores that are %s', (_label, body) => {
    expect(inputErrorOf(() => parseAssessmentRequest(body)).message).toMatch(
      /^scores must be a non-empty list/,
    );
  });

  it('names the entry that is not an object', () => {
    expect(
      inputErrorOf(() =>
        parseAssessmentRequest({
          scores: [{ vector: 'documentation', score: 1 }, 'x'],
        }),
      ).message,
    ).toMatch(/^scores\[1\] must be an object/);
  });

  it('names the unknown vector with its index and value', () => {
    const { message } = inputErrorOf(() =>
      parseAssessmentRequest({
        scores: [
          { vector: 'documentation', score: 1 },
          { vector: 'speed', score: 2 },
        ],
      }),
    );
    expect(message).toBe(
      'scores[1].vector must be one of the 15 vector ids, got "speed"',
    );
  });

  it('names a vector given twice', () => {
    const { message } = inputErrorOf(() =>
      parseAssessmentRequest({
        scores: [
          { vector: 'documentation', score: 1 },
          { vector: 'documentation', score: 2 },
        ],
      }),
    );
    expect(message).toBe(
      'scores[1].vector "documentation" appears more than once',
    );
  });

  it.each([
    [7, 'got 7'],
    [-1, 'got -1'],
    [2.5, 'got 2.5'],
    ['3', 'got "3"'],
    [null, 'got null'],
    [undefined, 'got undefined'],
  ])('names a score of %p', (score, got) => {
    const { message } = inputErrorOf(() =>
      parseAssessmentRequest({ scores: [{ vector: 'documentation', score }] }),
    );
    expect(message).toBe(
      `scores[0].score must be an integer from 0 to 5, ${got}`,
    );
  });

  it('accepts a rationale at the limit and names one above it', () => {
    const max = ASSESSMENT_LIMITS.rationale;
    expect(
      parseAssessmentRequest({
        scores: [
          { vector: 'documentation', score: 1, rationale: 'x'.repeat(max) },
        ],
      }).scores[0].rationale,
    ).toHaveLength(max);
    const { message } = inputErrorOf(() =>
      parseAssessmentRequest({
        scores: [
          { vector: 'documentation', score: 1 },
          {
            vector: 'stability',
            score: 1,
            rationale: 'x'.repeat(max + 1),
          },
        ],
      }),
    );
    expect(message).toBe(
      `scores[1].rationale must be a text of at most ${max} characters`,
    );
  });

  it('names a rationale that is not a text', () => {
    expect(
      inputErrorOf(() =>
        parseAssessmentRequest({
          scores: [{ vector: 'documentation', score: 1, rationale: 42 }],
        }),
      ).message,
    ).toMatch(/^scores\[0\]\.rationale must be a text/);
  });

  it('names a comment that is too long', () => {
    expect(
      inputErrorOf(() =>
        parseAssessmentRequest({
          scores: [{ vector: 'documentation', score: 1 }],
          comment: 'c'.repeat(ASSESSMENT_LIMITS.comment + 1),
        }),
      ).message,
    ).toBe(
      `comment must be a text of at most ${ASSESSMENT_LIMITS.comment} characters`,
    );
  });

  it('takes only the assessment source from a caller, naming the field otherwise', () => {
    expect(
      parseAssessmentRequest({
        scores: [{ vector: 'documentation', score: 1 }],
        source: 'assessment',
      }).source,
    ).toBe('assessment');
    // The other sources say "the plugin measured this": a caller must not claim them.
    for (const source of ['evidence', 'action', 'import', 'guess']) {
      expect(
        inputErrorOf(() =>
          parseAssessmentRequest({
            scores: [{ vector: 'documentation', score: 1 }],
            source,
          }),
        ).message,
      ).toBe(
        `source may only be "assessment" or left out (evidence, action, import are set by the plugin itself), got "${source}"`,
      );
    }
  });

  describe('idempotency key', () => {
    const scores = [{ vector: 'documentation', score: 1 }];

    it('comes from the body or the header', () => {
      expect(
        parseAssessmentRequest({ scores, idempotencyKey: 'k1' }).idempotencyKey,
      ).toBe('k1');
      expect(parseAssessmentRequest({ scores }, 'k2').idempotencyKey).toBe(
        'k2',
      );
      expect(
        parseAssessmentRequest({ scores, idempotencyKey: 'k3' }, 'k3')
          .idempotencyKey,
      ).toBe('k3');
    });

    it('refuses a header that differs from the body', () => {
      expect(
        inputErrorOf(() =>
          parseAssessmentRequest({ scores, idempotencyKey: 'k1' }, 'k2'),
        ).message,
      ).toBe('idempotencyKey and the Idempotency-Key header differ');
    });

    it('names a key that is too long, in the body and in the header', () => {
      const long = 'k'.repeat(ASSESSMENT_LIMITS.idempotencyKey + 1);
      expect(
        inputErrorOf(() =>
          parseAssessmentRequest({ scores, idempotencyKey: long }),
        ).message,
      ).toMatch(/^idempotencyKey must be a text of at most 200/);
      expect(
        inputErrorOf(() => parseAssessmentRequest({ scores }, long)).message,
      ).toMatch(/^Idempotency-Key must be a text of at most 200/);
    });

    it('names a key that is not a text', () => {
      expect(
        inputErrorOf(() =>
          parseAssessmentRequest({ scores, idempotencyKey: 12 }),
        ).message,
      ).toMatch(/^idempotencyKey must be a text/);
    });
  });
});

describe('assessmentRequestHash', () => {
  const ref = 'component:default/foo';
  const base = parseAssessmentRequest({
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
    const reordered = parseAssessmentRequest(
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
    const { source: _source, ...withoutSource } = base;
    expect(assessmentRequestHash(ref, withoutSource)).toBe(
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
