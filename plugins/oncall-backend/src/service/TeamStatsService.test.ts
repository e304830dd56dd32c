import { shareTrend } from './TeamStatsService';

describe('shareTrend', () => {
  it('needs two iterations with a capacity', () => {
    expect(shareTrend([])).toBeNull();
    expect(shareTrend([0.2, null, null])).toBeNull();
  });

  it('reads the least-squares slope of the shares', () => {
    expect(shareTrend([0.1, 0.2, 0.3])).toBe('up');
    expect(shareTrend([0.3, 0.25, 0.1])).toBe('down');
    // Slope 0.005 per iteration: less than one percentage point.
    expect(shareTrend([0.2, 0.205, 0.21])).toBe('flat');
  });

  it('skips iterations without a capacity but keeps their place in time', () => {
    // Points (0, 0.1) and (2, 0.14): 0.02 per iteration. Read as neighbours, the same two
    // shares would rise twice as fast.
    expect(shareTrend([0.1, null, 0.14])).toBe('up');
    // Points (0, 0.1) and (2, 0.115): 0.0075 per iteration, flat.
    expect(shareTrend([0.1, null, 0.115])).toBe('flat');
  });
});
