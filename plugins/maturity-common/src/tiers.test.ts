import { DEFAULT_TIER_WEIGHTS, tierWeight } from './tiers';

describe('tierWeight', () => {
  it('uses the default tier weights', () => {
    expect(DEFAULT_TIER_WEIGHTS).toEqual({
      'tier-1': 3,
      'tier-2': 2,
      'tier-3': 1,
      none: 1,
    });
    expect(tierWeight('tier-1')).toBe(3);
    expect(tierWeight('tier-2')).toBe(2);
    expect(tierWeight('tier-3')).toBe(1);
  });

  it('tolerates case and whitespace in the annotation', () => {
    expect(tierWeight(' Tier-1 ')).toBe(3);
  });

  it('falls back to the none weight for a missing or unknown tier', () => {
    const weights = { 'tier-1': 5, none: 0.5 };
    expect(tierWeight(undefined, weights)).toBe(0.5);
    expect(tierWeight(null, weights)).toBe(0.5);
    expect(tierWeight('gold', weights)).toBe(0.5);
    expect(tierWeight('constructor', weights)).toBe(0.5);
    expect(tierWeight('tier-1', weights)).toBe(5);
  });

  it('falls back to 1 when the table has no none entry', () => {
    expect(tierWeight('gold', { 'tier-1': 4 })).toBe(1);
  });
});
