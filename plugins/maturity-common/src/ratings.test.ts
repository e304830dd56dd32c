import { summarizeRatings } from './ratings';

describe('summarizeRatings', () => {
  it('returns null without ratings', () => {
    expect(summarizeRatings([])).toBeNull();
  });

  it('takes the median of an odd number of ratings', () => {
    expect(summarizeRatings([5, 1, 3])).toEqual({
      score: 3,
      count: 3,
      min: 1,
      max: 5,
      spread: 4,
    });
  });

  it('takes the lower middle rating of an even number of ratings', () => {
    expect(summarizeRatings([4, 2, 3, 5])?.score).toBe(3);
    expect(summarizeRatings([2, 3])?.score).toBe(2);
  });

  it('reports no spread when everyone agrees', () => {
    expect(summarizeRatings([4, 4, 4])).toMatchObject({ score: 4, spread: 0 });
  });

  it('rejects a rating outside 0 to 5 and names it', () => {
    expect(() => summarizeRatings([3, 6])).toThrow(
      'ratings[1] must be an integer from 0 to 5, got 6',
    );
    expect(() => summarizeRatings([2.5])).toThrow(/ratings\[0\]/);
  });
});
