import fc from 'fast-check';
import { agreementOf, proposalDisputes, scoreConfidence } from './confidence';

const DAY = 86_400_000;
const HALF_LIFE = 180 * DAY;
const NOW = new Date('2026-12-01T00:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

const confidence = (
  days: number,
  confirmed: number,
  proposals: Array<{ score: number; ceiling?: number }> = [],
) =>
  scoreConfidence({
    confirmed,
    recordedAt: daysAgo(days),
    proposals,
    halfLifeMs: HALF_LIFE,
    now: NOW,
  });

describe('scoreConfidence', () => {
  it('halves with every half-life of age', () => {
    expect(confidence(0, 3, [{ score: 3 }])).toBe(1);
    expect(confidence(180, 3, [{ score: 3 }])).toBe(0.5);
    expect(confidence(360, 3, [{ score: 3 }])).toBe(0.25);
    // A score from the future (clock skew) is as fresh as one from now.
    expect(confidence(-5, 3, [{ score: 3 }])).toBe(1);
  });

  it('trusts agreeing facts more than none, and none more than a contradiction', () => {
    expect(confidence(0, 3, [{ score: 3 }])).toBe(1);
    expect(confidence(0, 3)).toBe(0.8);
    expect(confidence(0, 3, [{ score: 4 }])).toBe(0.6);
    expect(confidence(0, 3, [{ score: 1 }])).toBe(0.3);
    // Two providers, one agreeing and one a level off: the mean of both.
    expect(confidence(0, 3, [{ score: 3 }, { score: 2 }])).toBe(0.8);
  });

  it('takes a proposal at its provider ceiling below the score as agreement', () => {
    expect(confidence(0, 5, [{ score: 3, ceiling: 3 }])).toBe(1);
    expect(confidence(0, 5, [{ score: 3 }])).toBe(0.3);
    // Above the score the ceiling says nothing: the facts show more than was confirmed.
    expect(confidence(0, 1, [{ score: 3, ceiling: 3 }])).toBe(0.3);
  });

  it('never rises with age and stays between 0 and 1', () => {
    const proposal = fc.record({
      score: fc.integer({ min: 0, max: 5 }),
      ceiling: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.array(proposal, { maxLength: 4 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        (confirmed, proposals, a, b) => {
          const [younger, older] = a <= b ? [a, b] : [b, a];
          const fresh = confidence(younger, confirmed, proposals);
          const aged = confidence(older, confirmed, proposals);
          expect(aged).toBeLessThanOrEqual(fresh);
          expect(fresh).toBeLessThanOrEqual(1);
          expect(aged).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('agreementOf and proposalDisputes', () => {
  it('names how far a proposal is from the confirmed score', () => {
    expect(agreementOf(2, { score: 2 })).toBe('agrees');
    expect(agreementOf(2, { score: 3 })).toBe('near');
    expect(agreementOf(2, { score: 0 })).toBe('disputes');
  });

  it('disputes from the configured gap on, unless the provider proposes all it can', () => {
    expect(proposalDisputes(5, { score: 3 }, 2)).toBe(true);
    expect(proposalDisputes(5, { score: 3, ceiling: 3 }, 2)).toBe(false);
    expect(proposalDisputes(1, { score: 3, ceiling: 3 }, 2)).toBe(true);
    expect(proposalDisputes(4, { score: 3 }, 2)).toBe(false);
    expect(proposalDisputes(4, { score: 3 }, 1)).toBe(true);
  });
});
