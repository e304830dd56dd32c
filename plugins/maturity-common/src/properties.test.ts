// Property checks against independent oracles. On failure fast-check prints the seed and
// the shrunk input; pass them back as `{ seed, path }` to replay.

import { VectorId } from './schema/openapi.generated';
import fc from 'fast-check';
import { computeEntityLevel, VectorScoreInput } from './entityLevel';
import { distribution, percentileCont, rollUp } from './rollup';
import { VECTOR_IDS } from './vectors';

const NUM_RUNS = 500;

// fc.shuffledSubarray takes a mutable array.
const vectorIds: VectorId[] = [...VECTOR_IDS];

function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (input: T) => void) {
  fc.assert(fc.property(arbitrary, predicate), { numRuns: NUM_RUNS });
}

// One independent value per vector id, so a case can look up any vector it picked.
function perVector<T>(
  arbitrary: fc.Arbitrary<T>,
): fc.Arbitrary<Record<VectorId, T>> {
  const model = Object.fromEntries(VECTOR_IDS.map(id => [id, arbitrary]));
  return fc.record(model as Record<VectorId, fc.Arbitrary<T>>);
}

// Weights in tenths, so the exact mean can be computed with integers as an oracle.
const TENTHS = [0, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1, 1.3, 2, 3];

interface EntityCase {
  scores: VectorScoreInput[];
  weights: Partial<Record<VectorId, number>>;
  minCoverage: number;
}

// Each vector is weighted half the time; otherwise it keeps the default weight of 1.
const someWeights = perVector(
  fc.option(fc.constantFrom(...TENTHS), { nil: undefined, freq: 2 }),
).map(
  weights =>
    Object.fromEntries(
      Object.entries(weights).filter(([, weight]) => weight !== undefined),
    ) as Partial<Record<VectorId, number>>,
);

const entityCase: fc.Arbitrary<EntityCase> = fc
  .record({
    vectors: fc.shuffledSubarray(vectorIds),
    // About one score in seven is left unscored.
    score: perVector(fc.option(fc.integer({ min: 0, max: 5 }), { freq: 7 })),
    // A third of the cases have no weights at all.
    weights: fc.option(someWeights, { nil: {}, freq: 3 }),
    minCoverage: fc.constantFrom(0, 0.2, 1 / 3, 0.6, 0.7, 1),
  })
  .map(({ vectors, score, weights, minCoverage }) => ({
    scores: vectors.map(vector => ({ vector, score: score[vector] })),
    weights,
    minCoverage,
  }));

// Few vectors, all with decimal weights and no coverage floor: the inputs where float
// error in the weighted mean is most likely to cross an integer.
const decimalWeightCase: fc.Arbitrary<EntityCase> = fc
  .record({
    vectors: fc.shuffledSubarray(vectorIds, { minLength: 1, maxLength: 5 }),
    score: perVector(fc.integer({ min: 0, max: 5 })),
    weight: perVector(fc.constantFrom(0.1, 0.2, 0.3, 0.7)),
  })
  .map(({ vectors, score, weight }) => ({
    scores: vectors.map(vector => ({ vector, score: score[vector] })),
    weights: Object.fromEntries(
      vectors.map(vector => [vector, weight[vector]]),
    ),
    minCoverage: 0,
  }));

function counted({ scores, weights }: EntityCase) {
  return scores.filter(
    (s): s is { vector: VectorId; score: number } =>
      s.score !== null && (weights[s.vector] ?? 1) > 0,
  );
}

// Independent oracle for "is this entity rated": the number of scored vectors must reach
// 15 x minCoverage (rounded to cut float noise), and some scored vector must count.
function isRated(c: EntityCase): boolean {
  const scoredCount = c.scores.filter(s => s.score !== null).length;
  const needed = Math.ceil(Math.round(c.minCoverage * 15 * 1e6) / 1e6);
  return counted(c).length > 0 && scoredCount >= needed;
}

describe('entity level properties', () => {
  it.each([
    ['mixed inputs', entityCase],
    ['few vectors with decimal weights', decimalWeightCase],
  ])(
    'mean level equals the exact floor computed in integer tenths (%s)',
    (_, arbitrary) => {
      check(arbitrary, c => {
        let numerator = 0;
        let denominator = 0;
        for (const { vector, score } of counted(c)) {
          const tenths = Math.round((c.weights[vector] ?? 1) * 10);
          numerator += tenths * score;
          denominator += tenths;
        }
        const expected = isRated(c)
          ? Math.floor(numerator / denominator)
          : null;
        expect(computeEntityLevel(c.scores, c).value).toBe(expected);
      });
    },
  );

  it('mean level lies between the lowest and highest counted score', () => {
    let rated = 0;
    check(entityCase, c => {
      const { value } = computeEntityLevel(c.scores, c);
      const values = counted(c).map(s => s.score);
      const holds =
        value === null ||
        (value >= Math.min(...values) && value <= Math.max(...values));
      rated += value === null ? 0 : 1;
      expect(holds).toBe(true);
    });
    // Guards against an arbitrary that only ever produces unrated entities.
    expect(rated).toBeGreaterThan(NUM_RUNS / 4);
  });

  it('weakest-link is the lowest counted score and never above the mean rule', () => {
    check(entityCase, c => {
      const mean = computeEntityLevel(c.scores, c);
      const weakest = computeEntityLevel(c.scores, {
        ...c,
        rule: 'weakest-link',
      });
      const lowest = isRated(c)
        ? Math.min(...counted(c).map(s => s.score))
        : null;
      // Both rules share coverage and the same notion of "counted".
      expect(weakest.coverage).toBe(mean.coverage);
      expect(weakest.value).toBe(lowest);
      expect(mean.value === null).toBe(lowest === null);
      expect((weakest.value ?? 0) <= (mean.value ?? 0)).toBe(true);
    });
  });

  it('pulledDownBy holds counted vectors below (mean) or at (weakest-link) the level, sorted', () => {
    check(entityCase, c => {
      const ordered = counted(c).sort(
        (a, b) =>
          a.score - b.score ||
          VECTOR_IDS.indexOf(a.vector) - VECTOR_IDS.indexOf(b.vector),
      );
      const allEqual = ordered.every(s => s.score === ordered[0].score);
      for (const rule of ['mean', 'weakest-link'] as const) {
        const { value, pulledDownBy } = computeEntityLevel(c.scores, {
          ...c,
          rule,
        });
        let expected: VectorId[] = [];
        if (value !== null && rule === 'mean') {
          expected = ordered.filter(s => s.score < value).map(s => s.vector);
        } else if (value !== null && !allEqual) {
          expected = ordered.filter(s => s.score === value).map(s => s.vector);
        }
        expect(pulledDownBy).toEqual(expected);
      }
    });
  });

  it('does not depend on the order of the input', () => {
    // A full-length shuffled subarray is a permutation of the scores.
    const withPermutation = entityCase.chain(c =>
      fc
        .shuffledSubarray(c.scores, { minLength: c.scores.length })
        .map(shuffled => ({ c, shuffled })),
    );
    check(withPermutation, ({ c, shuffled }) => {
      for (const rule of ['mean', 'weakest-link'] as const) {
        expect(computeEntityLevel(shuffled, { ...c, rule })).toEqual(
          computeEntityLevel(c.scores, { ...c, rule }),
        );
      }
    });
  });
});

// Half whole levels, half values in hundredths. `size: 'max'` lets lengths reach the
// stated maximum instead of fast-check's small default.
const children = fc.array(
  fc.record({
    value: fc.oneof(
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 500 }).map(hundredths => hundredths / 100),
    ),
    weight: fc.constantFrom(0.1, 0.2, 0.7, 1, 2, 3),
  }),
  { minLength: 1, maxLength: 40, size: 'max' },
);

describe('roll-up properties', () => {
  it('every rule stays between the smallest and largest child', () => {
    check(children, input => {
      const values = input.map(c => c.value);
      const low = Math.min(...values);
      const high = Math.max(...values);
      for (const rule of ['mean', 'min', 'weighted', 'p25'] as const) {
        const result = rollUp(rule, input)!;
        expect(result).toBeGreaterThanOrEqual(low);
        expect(result).toBeLessThanOrEqual(high);
      }
      expect(rollUp('min', input)).toBe(low);
    });
  });

  it('p25 matches the percentile_cont formula in integer steps and sits at or below the median', () => {
    check(children, input => {
      const sorted = input.map(c => c.value).sort((a, b) => a - b);
      const n = sorted.length;
      // (n - 1) x 0.25 splits into a whole index and a remainder of 0, 1, 2 or 3 quarters.
      const index = Math.floor((n - 1) / 4);
      const quarters = (n - 1) % 4;
      const next = sorted[Math.min(index + 1, n - 1)];
      const expected = sorted[index] + ((next - sorted[index]) * quarters) / 4;
      expect(rollUp('p25', input)).toBeCloseTo(expected, 12);
      expect(rollUp('p25', input)!).toBeLessThanOrEqual(
        percentileCont(sorted, 0.5)! + 1e-12,
      );
    });
  });

  it('weighted with equal weights is the mean', () => {
    check(children, input => {
      const equal = input.map(c => ({ value: c.value, weight: 0.3 }));
      expect(rollUp('weighted', equal)).toBeCloseTo(rollUp('mean', input)!, 12);
    });
  });

  it('distribution counts every score exactly once', () => {
    const scores = fc.array(fc.integer({ min: 0, max: 5 }), {
      maxLength: 60,
      size: 'max',
    });
    check(scores, input => {
      const counts = distribution(input);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(input.length);
      counts.forEach((count, score) => {
        expect(count).toBe(input.filter(s => s === score).length);
      });
    });
  });
});
