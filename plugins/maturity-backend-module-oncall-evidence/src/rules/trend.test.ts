import { adjustForTrend, trendOf } from './trend';

describe('trendOf', () => {
  it.each([
    [[10, 20, 30], 'rising'],
    [[30, 20, 10], 'falling'],
    [[20, 20, 24], 'steady'],
    // Fractions as shares come: 35 % against 30 % is a move of 5 points exactly.
    [[0.3 * 100, 0.3 * 100, 0.35 * 100], 'rising'],
  ])(
    'compares the latest of %j with the mean before it: %s',
    (values, trend) => {
      expect(trendOf(values, 5)).toBe(trend);
    },
  );

  it('needs three values', () => {
    expect(trendOf([0, 100], 5)).toBeUndefined();
    expect(trendOf([], 5)).toBeUndefined();
  });
});

describe('adjustForTrend', () => {
  it('moves a score by one within 1 to 3', () => {
    expect(adjustForTrend(2, 'rising')).toBe(1);
    expect(adjustForTrend(1, 'rising')).toBe(1);
    expect(adjustForTrend(2, 'falling')).toBe(3);
    expect(adjustForTrend(3, 'falling')).toBe(3);
    expect(adjustForTrend(2, 'steady')).toBe(2);
    expect(adjustForTrend(2, undefined)).toBe(2);
  });
});
