import { timeTicks } from './timeTicks';

const at = (iso: string) => Date.parse(iso);
const labels = (min: string, max: string) => {
  const { ticks, format } = timeTicks(at(min), at(max));
  return ticks.map(format);
};

describe('timeTicks', () => {
  it('labels points within one day with their hours, each label once', () => {
    const shown = labels('2026-12-03T08:00:00Z', '2026-12-03T17:30:00Z');
    expect(shown.length).toBeGreaterThan(1);
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('keeps at most six ticks and distinct labels for spans from hours to years', () => {
    for (const [min, max] of [
      ['2026-12-03T08:00:00Z', '2026-12-03T08:20:00Z'],
      ['2026-12-01T00:00:00Z', '2026-12-04T00:00:00Z'],
      ['2026-10-01T00:00:00Z', '2026-12-01T00:00:00Z'],
      // 30 days apart: two ticks can fall in one month (1 and 31 January).
      ['2026-01-01T00:00:00Z', '2026-05-01T00:00:00Z'],
      ['2025-12-01T00:00:00Z', '2027-01-15T00:00:00Z'],
      ['2025-06-01T00:00:00Z', '2026-12-01T00:00:00Z'],
      ['2016-01-01T00:00:00Z', '2026-12-01T00:00:00Z'],
    ]) {
      const shown = labels(min, max);
      expect({ min, count: shown.length <= 6 }).toEqual({ min, count: true });
      expect({ min, distinct: new Set(shown).size }).toEqual({
        min,
        distinct: shown.length,
      });
    }
  });

  it('spaces ticks evenly from the first point and never past the last', () => {
    const { ticks } = timeTicks(
      at('2025-06-01T00:00:00Z'),
      at('2026-12-01T00:00:00Z'),
    );
    expect(ticks[0]).toBe(at('2025-06-01T00:00:00Z'));
    expect(ticks[ticks.length - 1]).toBeLessThanOrEqual(
      at('2026-12-01T00:00:00Z'),
    );
    const gaps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]));
    expect(gaps.size).toBe(1);
  });

  it('gives an empty series no ticks', () => {
    expect(timeTicks(Math.min(), Math.max()).ticks).toEqual([]);
  });

  it('gives a single point one tick', () => {
    expect(labels('2026-12-03T08:00:00Z', '2026-12-03T08:00:00Z')).toHaveLength(
      1,
    );
  });
});
