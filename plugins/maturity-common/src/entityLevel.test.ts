import { VectorId } from './schema/openapi.generated';
import {
  computeEntityLevel,
  DEFAULT_MIN_COVERAGE,
  VectorScoreInput,
} from './entityLevel';
import { VECTOR_IDS } from './vectors';

// Scores the first `count` vectors in canonical order with `score`.
function firstN(count: number, score: number): VectorScoreInput[] {
  return VECTOR_IDS.slice(0, count).map(vector => ({ vector, score }));
}

function scores(map: Partial<Record<VectorId, number | null>>) {
  return Object.entries(map).map(([vector, score]) => ({
    vector: vector as VectorId,
    score: score as number | null,
  }));
}

describe('computeEntityLevel', () => {
  describe('coverage', () => {
    it('is unrated with no scores at all', () => {
      expect(computeEntityLevel([])).toEqual({
        value: null,
        rule: 'mean',
        coverage: 0,
        pulledDownBy: [],
      });
    });

    it('treats null scores as unscored', () => {
      const all = VECTOR_IDS.map(vector => ({ vector, score: null }));
      const result = computeEntityLevel(all, { rule: 'weakest-link' });
      expect(result).toEqual({
        value: null,
        rule: 'weakest-link',
        coverage: 0,
        pulledDownBy: [],
      });
    });

    it('reports coverage as scored vectors over 15', () => {
      expect(computeEntityLevel(firstN(15, 3)).coverage).toBe(1);
      expect(computeEntityLevel(firstN(3, 3)).coverage).toBeCloseTo(0.2, 12);
    });

    it('defaults the threshold to 0.6: exactly 9 of 15 is rated, 8 is not', () => {
      expect(DEFAULT_MIN_COVERAGE).toBe(0.6);
      const nine = computeEntityLevel(firstN(9, 4));
      expect(nine.coverage).toBe(0.6);
      expect(nine.value).toBe(4);
      const eight = computeEntityLevel(firstN(8, 4));
      expect(eight.value).toBeNull();
      expect(eight.coverage).toBeCloseTo(8 / 15, 12);
      expect(eight.pulledDownBy).toEqual([]);
    });

    it('applies the same threshold to weakest-link', () => {
      expect(
        computeEntityLevel(firstN(8, 4), { rule: 'weakest-link' }).value,
      ).toBeNull();
      expect(
        computeEntityLevel(firstN(9, 4), { rule: 'weakest-link' }).value,
      ).toBe(4);
    });

    it('needs the next whole vector when the threshold falls between counts', () => {
      // 0.7 * 15 = 10.5, so 11 vectors are needed.
      expect(
        computeEntityLevel(firstN(10, 2), { minCoverage: 0.7 }).value,
      ).toBeNull();
      expect(
        computeEntityLevel(firstN(11, 2), { minCoverage: 0.7 }).value,
      ).toBe(2);
    });

    it('meets thresholds that are not exact in binary, such as 1/3', () => {
      expect(
        computeEntityLevel(firstN(5, 2), { minCoverage: 1 / 3 }).value,
      ).toBe(2);
      expect(
        computeEntityLevel(firstN(4, 2), { minCoverage: 1 / 3 }).value,
      ).toBeNull();
    });

    it('rates a single score with minCoverage 0 and demands all 15 with 1', () => {
      expect(computeEntityLevel(firstN(1, 1), { minCoverage: 0 }).value).toBe(
        1,
      );
      expect(computeEntityLevel([], { minCoverage: 0 }).value).toBeNull();
      expect(
        computeEntityLevel(firstN(14, 5), { minCoverage: 1 }).value,
      ).toBeNull();
      expect(computeEntityLevel(firstN(15, 5), { minCoverage: 1 }).value).toBe(
        5,
      );
    });
  });

  describe('mean rule', () => {
    it('floors the mean of the scored vectors', () => {
      // 8 x 5 + 1 = 41 over 9 vectors = 4.56 -> 4
      const input = [
        ...firstN(8, 5),
        { vector: 'maturity' as const, score: 1 },
      ];
      const result = computeEntityLevel(input);
      expect(result.value).toBe(4);
      expect(result.pulledDownBy).toEqual(['maturity']);
    });

    it('does not round up: a mean of 2.99 is level 2', () => {
      const result = computeEntityLevel(
        scores({ documentation: 3, currency: 2 }),
        { minCoverage: 0, weights: { documentation: 99 } },
      );
      expect(result.value).toBe(2);
      expect(result.pulledDownBy).toEqual([]);
    });

    it('names nothing when no scored vector is below the level', () => {
      // 3, 3, 4 -> 3.33 -> 3; the 3s are at the level, not below it.
      const result = computeEntityLevel(
        scores({ stability: 3, currency: 3, community: 4 }),
        { minCoverage: 0 },
      );
      expect(result.value).toBe(3);
      expect(result.pulledDownBy).toEqual([]);
    });

    it('orders pulledDownBy lowest first, ties in canonical order, whatever the input order', () => {
      const input = scores({
        happiness: 1,
        stability: 2,
        ubiquity: 5,
        'ease-of-use': 5,
        community: 5,
        maturity: 5,
        documentation: 1,
        operability: 5,
        supportability: 5,
      });
      // (1 + 2 + 1 + 6 x 5) / 9 = 34 / 9 = 3.78 -> 3
      const result = computeEntityLevel(input);
      expect(result.value).toBe(3);
      expect(result.pulledDownBy).toEqual([
        'documentation',
        'happiness',
        'stability',
      ]);
      const reversed = computeEntityLevel([...input].reverse());
      expect(reversed).toEqual(result);
    });

    it('weights vectors: unlisted vectors weigh 1', () => {
      // 8 x 4 + documentation 1: unweighted 33 / 9 = 3.67 -> 3
      const input = [
        ...firstN(9, 4).filter(s => s.vector !== 'documentation'),
        { vector: 'documentation' as const, score: 1 },
      ];
      expect(computeEntityLevel(input).value).toBe(3);
      // documentation weighs 8: (32 + 8) / 16 = 2.5 -> 2
      const weighted = computeEntityLevel(input, {
        weights: { documentation: 8 },
      });
      expect(weighted.value).toBe(2);
      expect(weighted.pulledDownBy).toEqual(['documentation']);
    });

    it('leaves a vector with weight 0 out of the mean and pulledDownBy, not out of coverage', () => {
      const input = [
        ...firstN(8, 4),
        { vector: 'happiness' as const, score: 0 },
      ];
      expect(computeEntityLevel(input).value).toBe(3); // 32 / 9 = 3.56
      const result = computeEntityLevel(input, { weights: { happiness: 0 } });
      expect(result.value).toBe(4);
      expect(result.pulledDownBy).toEqual([]);
      expect(result.coverage).toBe(0.6);
    });

    it('is unrated when every scored vector weighs 0', () => {
      const result = computeEntityLevel(scores({ stability: 4, currency: 2 }), {
        minCoverage: 0,
        weights: { stability: 0, currency: 0 },
      });
      expect(result.value).toBeNull();
      expect(result.coverage).toBeCloseTo(2 / 15, 12);
      expect(result.pulledDownBy).toEqual([]);
    });

    it('ignores an explicitly undefined weight (weight 1)', () => {
      const result = computeEntityLevel(scores({ stability: 4, currency: 2 }), {
        minCoverage: 0,
        weights: { stability: undefined },
      });
      expect(result.value).toBe(3);
    });

    it.each([
      // The example from the design brief: exactly 3 on paper.
      [[0.1, 0.2, 0.7], [1, 4, 3], 3],
      // Scores ascending in canonical order, so the naive sum below is also the order
      // the implementation adds in: these fail without the tolerance.
      [[0.1, 0.1, 0.1], [1, 3, 5], 3],
      [[0.1, 0.2, 0.7, 0.1], [0, 0, 4, 5], 3],
      [[0.1, 0.2, 0.7, 0.1], [0, 1, 1, 2], 1],
    ])(
      'floors a weighted mean that is exactly an integer to that integer (weights %j, scores %j)',
      (weights, values, exact) => {
        const vectors = VECTOR_IDS.slice(0, values.length);
        let naiveSum = 0;
        let naiveWeight = 0;
        values.forEach((score, i) => {
          naiveSum += score * weights[i];
          naiveWeight += weights[i];
        });
        // Plain floating point lands just below the integer; floor would lose a level.
        expect(naiveSum / naiveWeight).toBeLessThan(exact);
        const tenths = weights.map(w => Math.round(w * 10));
        const exactSum = values.reduce(
          (sum, score, i) => sum + score * tenths[i],
          0,
        );
        expect(exactSum / tenths.reduce((a, b) => a + b, 0)).toBe(exact);

        const result = computeEntityLevel(
          vectors.map((vector, i) => ({ vector, score: values[i] })),
          {
            minCoverage: 0,
            weights: Object.fromEntries(vectors.map((v, i) => [v, weights[i]])),
          },
        );
        expect(result.value).toBe(exact);
        expect(result.pulledDownBy).toEqual(
          vectors.filter((_, i) => values[i] < exact),
        );
      },
    );

    it('does not mutate its input', () => {
      const input = scores({ happiness: 1, stability: 5, currency: 3 });
      const copy = JSON.parse(JSON.stringify(input));
      computeEntityLevel(input, { minCoverage: 0 });
      expect(input).toEqual(copy);
    });
  });

  describe('weakest-link rule', () => {
    it('takes the lowest score and names every vector at it, in canonical order', () => {
      const input = [
        ...firstN(9, 4),
        { vector: 'happiness' as const, score: 2 },
        { vector: 'ubiquity' as const, score: 2 },
        { vector: 'maturity' as const, score: 3 },
      ].reverse();
      const result = computeEntityLevel(input, { rule: 'weakest-link' });
      expect(result).toEqual({
        value: 2,
        rule: 'weakest-link',
        coverage: 0.8,
        pulledDownBy: ['ubiquity', 'happiness'],
      });
    });

    it('names nothing when every counted vector has the same score', () => {
      const result = computeEntityLevel(firstN(15, 2), {
        rule: 'weakest-link',
      });
      expect(result.value).toBe(2);
      expect(result.pulledDownBy).toEqual([]);
    });

    it('skips vectors with weight 0 and ignores positive weights', () => {
      const input = [
        ...firstN(9, 4),
        { vector: 'happiness' as const, score: 0 },
      ];
      expect(computeEntityLevel(input, { rule: 'weakest-link' }).value).toBe(0);
      const result = computeEntityLevel(input, {
        rule: 'weakest-link',
        weights: { happiness: 0, supportability: 10 },
      });
      expect(result.value).toBe(4);
      expect(result.pulledDownBy).toEqual([]);
    });

    it('is at most the mean rule on the same input', () => {
      const input = scores({
        supportability: 5,
        operability: 1,
        recoverability: 4,
        documentation: 3,
        architecture: 5,
        currency: 2,
        usability: 4,
        automation: 5,
        deployability: 3,
      });
      const mean = computeEntityLevel(input).value!;
      const weakest = computeEntityLevel(input, { rule: 'weakest-link' })
        .value!;
      expect(mean).toBe(3); // 32 / 9 = 3.56
      expect(weakest).toBe(1);
    });
  });

  describe('invalid input', () => {
    it.each([
      [6, RangeError],
      [-1, RangeError],
      [2.5, RangeError],
      [NaN, RangeError],
      [Infinity, RangeError],
      ['3', TypeError],
      [undefined, TypeError],
    ])('rejects score %p naming the field and the vector', (score, type) => {
      const input = [
        { vector: 'stability', score: 3 },
        { vector: 'documentation', score },
      ] as any;
      expect(() => computeEntityLevel(input)).toThrow(type);
      expect(() => computeEntityLevel(input)).toThrow(
        /scores\[1\]\.score for vector "documentation" must be null or an integer from 0 to 5/,
      );
    });

    it('rejects an unknown vector naming the field', () => {
      const input = [
        { vector: 'stability', score: 3 },
        { vector: 'docs', score: 3 },
      ];
      expect(() => computeEntityLevel(input as any)).toThrow(TypeError);
      expect(() => computeEntityLevel(input as any)).toThrow(
        /scores\[1\]\.vector must be a vector id, got "docs"/,
      );
    });

    it('rejects a vector given twice, even if once unscored', () => {
      const input = scores({ stability: 3, currency: 2 }).concat({
        vector: 'stability',
        score: null,
      });
      expect(() => computeEntityLevel(input)).toThrow(TypeError);
      expect(() => computeEntityLevel(input)).toThrow(
        /scores\[2\]\.vector "stability" is given more than once \(also scores\[0\]\)/,
      );
    });

    it('rejects input that is not a list of objects', () => {
      expect(() => computeEntityLevel(null as any)).toThrow(
        /scores must be an array/,
      );
      expect(() => computeEntityLevel([3] as any)).toThrow(
        /scores\[0\] must be an object/,
      );
    });

    it.each([-1, NaN, Infinity, '2' as any])(
      'rejects weight %p naming the vector',
      weight => {
        expect(() =>
          computeEntityLevel(firstN(9, 3), {
            weights: { documentation: weight },
          }),
        ).toThrow(RangeError);
        expect(() =>
          computeEntityLevel(firstN(9, 3), {
            weights: { documentation: weight },
          }),
        ).toThrow(/weights\.documentation must be a finite number >= 0/);
      },
    );

    it('rejects a weight for an unknown vector so config typos are not silent', () => {
      expect(() =>
        computeEntityLevel(firstN(9, 3), { weights: { docs: 2 } as any }),
      ).toThrow(/weights\.docs is not a vector id/);
      expect(() =>
        computeEntityLevel(firstN(9, 3), { weights: [] as any }),
      ).toThrow(TypeError);
    });

    it.each([-0.1, 1.5, NaN, '0.5' as any])(
      'rejects minCoverage %p',
      minCoverage => {
        expect(() => computeEntityLevel(firstN(9, 3), { minCoverage })).toThrow(
          RangeError,
        );
        expect(() => computeEntityLevel(firstN(9, 3), { minCoverage })).toThrow(
          /minCoverage must be a number from 0 to 1/,
        );
      },
    );

    it('rejects an unknown rule', () => {
      expect(() =>
        computeEntityLevel(firstN(9, 3), { rule: 'median' as any }),
      ).toThrow(/rule must be one of mean, weakest-link, got "median"/);
    });
  });
});
