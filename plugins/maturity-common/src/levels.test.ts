import {
  getLevel,
  isScore,
  MATURITY_LEVELS,
  MAX_SCORE,
  MIN_SCORE,
} from './levels';

describe('levels', () => {
  it('has the six levels 0..5 in order, index equal to value', () => {
    expect(MATURITY_LEVELS.map(l => l.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(MIN_SCORE).toBe(0);
    expect(MAX_SCORE).toBe(5);
  });

  it('names and describes every level distinctly', () => {
    expect(new Set(MATURITY_LEVELS.map(l => l.name)).size).toBe(6);
    for (const level of MATURITY_LEVELS) {
      expect(level.name).toMatch(/^\S+$/);
      expect(level.description.length).toBeGreaterThan(40);
    }
    expect(MATURITY_LEVELS[0].name).toBe('Unknown');
    expect(MATURITY_LEVELS[5].name).toBe('Effortless');
  });

  it('accepts only integers 0..5 as scores', () => {
    for (const ok of [0, 1, 2, 3, 4, 5]) {
      expect(isScore(ok)).toBe(true);
    }
    for (const bad of [-1, 6, 2.5, NaN, Infinity, '3', null, undefined]) {
      expect(isScore(bad)).toBe(false);
    }
  });

  it('returns a level by value and rejects anything else', () => {
    expect(getLevel(3).name).toBe('Serviceable');
    expect(() => getLevel(6 as any)).toThrow(RangeError);
    expect(() => getLevel(1.5 as any)).toThrow(/got 1.5/);
  });
});
