import { spec, VECTOR_IDS } from '@agile-ops/plugin-maturity-common';
import { AssessmentDraft, checkDraft } from './assessmentForm';

const ORDER = [...VECTOR_IDS];

// Read from the OpenAPI document itself: a limit changed there must change the form with it.
const { AssessmentRequest, AssessmentScoreInput } = spec.components.schemas;
const LIMITS = {
  rationale: AssessmentScoreInput.properties.rationale.maxLength,
  comment: AssessmentRequest.properties.comment.maxLength,
};

function draft(
  vectors: AssessmentDraft['vectors'],
  comment = '',
): AssessmentDraft {
  return { vectors, comment };
}

describe('checkDraft', () => {
  it('asks for at least one score when nothing is scored', () => {
    expect(checkDraft(draft({}), ORDER)).toEqual({
      ok: false,
      errors: { vectors: {}, form: 'Score at least one vector' },
    });
    // Rows that were touched and left on "Keep as it is" count as nothing.
    expect(
      checkDraft(
        draft({ stability: { score: '', rationale: '  ' } }, 'just a comment'),
        ORDER,
      ),
    ).toEqual({
      ok: false,
      errors: { vectors: {}, form: 'Score at least one vector' },
    });
  });

  it('rejects a rationale without a score on that vector', () => {
    const result = checkDraft(
      draft({
        stability: { score: '', rationale: 'It never fails' },
        currency: { score: '3', rationale: '' },
      }),
      ORDER,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        vectors: { stability: 'Pick a score for this rationale, or clear it' },
      },
    });
  });

  it.each(['6', '-1', '2.5', 'x'])('rejects the score %p', score => {
    const result = checkDraft(
      draft({ stability: { score, rationale: '' } }),
      ORDER,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        vectors: { stability: 'The score must be a whole number from 0 to 5' },
      },
    });
  });

  it('accepts a rationale of exactly the limit and rejects one character more', () => {
    const atLimit = 'r'.repeat(LIMITS.rationale);
    expect(
      checkDraft(
        draft({ stability: { score: '4', rationale: `  ${atLimit}  ` } }),
        ORDER,
      ),
    ).toEqual({
      ok: true,
      request: {
        scores: [{ vector: 'stability', score: 4, rationale: atLimit }],
      },
    });

    const result = checkDraft(
      draft({ stability: { score: '4', rationale: `${atLimit}r` } }),
      ORDER,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        vectors: {
          stability: `The rationale can have at most ${LIMITS.rationale} characters`,
        },
      },
    });
  });

  it('rejects a comment over the limit, without claiming that nothing is scored', () => {
    const result = checkDraft(draft({}, 'c'.repeat(LIMITS.comment + 1)), ORDER);
    expect(result).toEqual({
      ok: false,
      errors: {
        vectors: {},
        comment: `The comment can have at most ${LIMITS.comment} characters`,
      },
    });
    expect(
      checkDraft(
        draft(
          { happiness: { score: '5', rationale: '' } },
          'c'.repeat(LIMITS.comment),
        ),
        ORDER,
      ).ok,
    ).toBe(true);
  });

  it('reports every field error at once', () => {
    const result = checkDraft(
      draft(
        {
          stability: { score: '', rationale: 'why' },
          currency: { score: '9', rationale: '' },
          happiness: { score: '2', rationale: '' },
        },
        'c'.repeat(LIMITS.comment + 1),
      ),
      ORDER,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors.vectors).sort()).toEqual([
      'currency',
      'stability',
    ]);
    expect(result.errors.comment).toBeDefined();
    expect(result.errors.form).toBeUndefined();
  });

  it('builds the request in rubric order, trimmed, whatever order the draft was filled in', () => {
    const result = checkDraft(
      draft(
        {
          happiness: { score: '5', rationale: '  People love it ' },
          supportability: { score: '0', rationale: '' },
          currency: { score: '3', rationale: '\n' },
          stability: { score: '', rationale: '' },
        },
        '  Quarterly review  ',
      ),
      ORDER,
    );
    expect(result).toEqual({
      ok: true,
      request: {
        scores: [
          { vector: 'supportability', score: 0 },
          { vector: 'currency', score: 3 },
          { vector: 'happiness', score: 5, rationale: 'People love it' },
        ],
        comment: 'Quarterly review',
      },
    });
  });

  it('follows the order it is given and leaves out a blank comment', () => {
    const result = checkDraft(
      draft(
        {
          stability: { score: '1', rationale: '' },
          currency: { score: '2', rationale: '' },
        },
        '   ',
      ),
      ['stability', 'currency'],
    );
    expect(result).toEqual({
      ok: true,
      request: {
        scores: [
          { vector: 'stability', score: 1 },
          { vector: 'currency', score: 2 },
        ],
      },
    });
    expect(result.ok && 'comment' in result.request).toBe(false);
  });

  it('ignores draft entries for vectors outside the order', () => {
    expect(
      checkDraft(draft({ happiness: { score: '4', rationale: '' } }), [
        'stability',
      ]),
    ).toEqual({
      ok: false,
      errors: { vectors: {}, form: 'Score at least one vector' },
    });
  });
});
