import { distribution, percentileCont, rollUp } from './rollup';
import { ROLLUP_RULES } from './rules';
import { DEFAULT_TIER_WEIGHTS, tierWeight } from './tiers';

const values = (...numbers: number[]) => numbers.map(value => ({ value }));

describe('rollUp', () => {
  it.each(ROLLUP_RULES)('%s of no children is null', rule => {
    expect(rollUp(rule, [])).toBeNull();
  });

  it('mean is the arithmetic mean and ignores weights', () => {
    expect(rollUp('mean', values(1, 2, 4))).toBeCloseTo(7 / 3, 12);
    expect(
      rollUp('mean', [
        { value: 4, weight: 0 },
        { value: 2, weight: 9 },
      ]),
    ).toBe(3);
  });

  it('min is the smallest value', () => {
    expect(rollUp('min', values(3, 1.5, 2))).toBe(1.5);
    expect(rollUp('min', values(0))).toBe(0);
  });

  it('min copes with a scope far larger than the argument limit', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({
      value: (i % 5) + 1,
    }));
    expect(rollUp('min', many)).toBe(1);
    expect(rollUp('mean', many)).toBe(3);
  });

  describe('weighted', () => {
    it('weights each child by its weight', () => {
      // (4 x 3 + 1 x 1) / 4 = 3.25
      expect(
        rollUp('weighted', [
          { value: 4, weight: 3 },
          { value: 1, weight: 1 },
        ]),
      ).toBe(3.25);
    });

    it('defaults a missing weight to 1', () => {
      expect(rollUp('weighted', [{ value: 4 }, { value: 1, weight: 2 }])).toBe(
        2,
      );
    });

    it('drops children with weight 0 and is null when all weigh 0', () => {
      expect(
        rollUp('weighted', [
          { value: 5, weight: 0 },
          { value: 2, weight: 1 },
        ]),
      ).toBe(2);
      expect(
        rollUp('weighted', [
          { value: 5, weight: 0 },
          { value: 2, weight: 0 },
        ]),
      ).toBeNull();
    });

    it('works with tier weights', () => {
      const children = [
        { value: 2, weight: tierWeight('tier-1') },
        { value: 4, weight: tierWeight('tier-3') },
        { value: 5, weight: tierWeight(undefined) },
      ];
      // (2 x 3 + 4 + 5) / 5 = 3
      expect(rollUp('weighted', children)).toBe(3);
      expect(DEFAULT_TIER_WEIGHTS['tier-1']).toBe(3);
    });

    it.each([
      [5, [0.7, 0.2, 0.1]],
      [3, [0.1, 0.2, 0.7, 0.3, 0.3]],
    ])(
      'never leaves the range of the values it averages despite float error (all %p, weights %j)',
      (value, weights) => {
        let sum = 0;
        let total = 0;
        for (const weight of weights) {
          sum += value * weight;
          total += weight;
        }
        // Plain floating point drifts off the only possible answer.
        expect(sum / total).not.toBe(value);
        expect(
          rollUp(
            'weighted',
            weights.map(weight => ({ value, weight })),
          ),
        ).toBe(value);
      },
    );
  });

  describe('p25 (percentile_cont semantics)', () => {
    it('of one value is that value', () => {
      expect(rollUp('p25', values(3))).toBe(3);
    });

    it('of two values interpolates a quarter of the way up', () => {
      // sorted [1, 4], position (2 - 1) x 0.25 = 0.25 -> 1 + 3 x 0.25
      expect(rollUp('p25', values(4, 1))).toBe(1.75);
    });

    it('of three values', () => {
      // sorted [1, 2, 3], position 0.5 -> 1.5
      expect(rollUp('p25', values(3, 1, 2))).toBe(1.5);
    });

    it('of four values', () => {
      // sorted [0, 2, 3, 5], position 0.75 -> 0 + 2 x 0.75
      expect(rollUp('p25', values(2, 0, 5, 3))).toBe(1.5);
      // sorted [1.0, 2.4, 3.1, 4.2], position 0.75 -> 1 + 1.4 x 0.75 = 2.05
      expect(rollUp('p25', values(2.4, 3.1, 1.0, 4.2))).toBeCloseTo(2.05, 12);
    });

    it('of five values lands exactly on the second', () => {
      // sorted [1, 2, 2, 4, 5], position 1 -> 2
      expect(rollUp('p25', values(5, 2, 4, 1, 2))).toBe(2);
    });

    it('ignores weights', () => {
      expect(
        rollUp('p25', [
          { value: 1, weight: 100 },
          { value: 5, weight: 0 },
        ]),
      ).toBe(2);
    });
  });

  describe('invalid input', () => {
    it('rejects an unknown rule', () => {
      expect(() => rollUp('max' as any, values(1))).toThrow(TypeError);
      expect(() => rollUp('max' as any, values(1))).toThrow(
        /rule must be one of mean, min, weighted, p25, got "max"/,
      );
    });

    it.each([6, -0.5, NaN, Infinity])(
      'rejects value %p naming the child',
      value => {
        const input = [{ value: 3 }, { value }];
        expect(() => rollUp('mean', input)).toThrow(RangeError);
        expect(() => rollUp('mean', input)).toThrow(
          /values\[1\]\.value must be from 0 to 5/,
        );
      },
    );

    it('rejects a value that is not a number', () => {
      expect(() => rollUp('min', [{ value: '3' as any }])).toThrow(TypeError);
      expect(() => rollUp('min', [{ value: '3' as any }])).toThrow(
        /values\[0\]\.value must be a number, got "3"/,
      );
    });

    it.each([-1, NaN, Infinity, null as any])(
      'rejects weight %p naming the child',
      weight => {
        expect(() => rollUp('weighted', [{ value: 3, weight }])).toThrow(
          /values\[0\]\.weight must be a finite number >= 0/,
        );
        // Validated under every rule, so a bad row never hides behind the rule in force.
        expect(() => rollUp('mean', [{ value: 3, weight }])).toThrow(
          RangeError,
        );
      },
    );

    it('rejects input that is not a list of objects', () => {
      expect(() => rollUp('mean', undefined as any)).toThrow(
        /values must be an array/,
      );
      expect(() => rollUp('mean', [3] as any)).toThrow(
        /values\[0\] must be an object/,
      );
    });
  });
});

describe('percentileCont', () => {
  it('gives min at 0, max at 1 and the interpolated median at 0.5', () => {
    expect(percentileCont([4, 1, 3, 2], 0)).toBe(1);
    expect(percentileCont([4, 1, 3, 2], 1)).toBe(4);
    expect(percentileCont([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentileCont([], 0.5)).toBeNull();
  });

  it('does not reorder its input', () => {
    const input = [3, 1, 2];
    percentileCont(input, 0.25);
    expect(input).toEqual([3, 1, 2]);
  });

  it('rejects a fraction outside 0..1 and non-finite values', () => {
    expect(() => percentileCont([1], 1.5)).toThrow(
      /fraction must be a number from 0 to 1/,
    );
    expect(() => percentileCont([1, NaN], 0.5)).toThrow(
      /values\[1\] must be a finite number/,
    );
  });
});

describe('distribution', () => {
  it('counts each score 0..5', () => {
    expect(distribution([0, 1, 1, 5, 5, 5])).toEqual([1, 2, 0, 0, 0, 3]);
    expect(distribution([2, 3, 4])).toEqual([0, 0, 1, 1, 1, 0]);
  });

  it('is all zeros for no scores', () => {
    expect(distribution([])).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it.each([2.5, 6, -1, NaN, '3' as any, null as any])(
    'rejects %p naming its index',
    bad => {
      expect(() => distribution([1, bad])).toThrow(RangeError);
      expect(() => distribution([1, bad])).toThrow(
        /scores\[1\] must be an integer from 0 to 5/,
      );
    },
  );
});
