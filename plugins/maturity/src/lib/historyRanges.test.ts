import { clipSteps, HISTORY_RANGES, rangeStart } from './historyRanges';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-06-30T12:00:00.000Z');

describe('rangeStart', () => {
  it.each([
    ['30d', 30],
    ['90d', 90],
    ['1y', 365],
  ] as const)('starts %s the given number of days before now', (id, days) => {
    expect(rangeStart(id, NOW)).toEqual(new Date(NOW - days * DAY));
  });

  it('has no start for all', () => {
    expect(rangeStart('all', NOW)).toBeUndefined();
  });

  it('defaults to the current time', () => {
    jest.useFakeTimers({ now: NOW });
    try {
      expect(rangeStart('30d')?.getTime()).toBe(NOW - 30 * DAY);
    } finally {
      jest.useRealTimers();
    }
  });

  it('offers every window with a distinct id', () => {
    const ids = HISTORY_RANGES.map(r => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('all');
  });
});

describe('clipSteps', () => {
  const points = [
    { time: 100, value: 1 },
    { time: 200, value: 2 },
    { time: 300, value: 3 },
    { time: 400, value: 4 },
  ];

  it('returns a copy of every point without a start', () => {
    const clipped = clipSteps(points, undefined);
    expect(clipped).toEqual(points);
    expect(clipped).not.toBe(points);
  });

  it('carries the last value before the window to the window start', () => {
    expect(clipSteps(points, new Date(250))).toEqual([
      { time: 250, value: 2 },
      { time: 300, value: 3 },
      { time: 400, value: 4 },
    ]);
  });

  // Known bug: a point exactly at the window start is kept AND the point before it is carried
  // to the same instant, so the series starts with two values at one time (a spurious step,
  // and one "change" too many in the chart label). Flip to `it` once clipSteps is fixed.
  it('keeps a point exactly at the start and carries nothing then', () => {
    expect(clipSteps(points, new Date(200))).toEqual([
      { time: 200, value: 2 },
      { time: 300, value: 3 },
      { time: 400, value: 4 },
    ]);
  });

  it('starts with the carried value when every point is older than the window', () => {
    expect(clipSteps(points, new Date(1000))).toEqual([
      { time: 1000, value: 4 },
    ]);
  });

  it('has nothing to carry when the series starts inside the window', () => {
    expect(clipSteps(points, new Date(50))).toEqual(points);
    expect(clipSteps([], new Date(50))).toEqual([]);
  });

  it('keeps the other fields of the carried point and leaves the input alone', () => {
    const input = [
      { time: 100, value: 1, source: 'import' },
      { time: 300, value: 3, source: 'assessment' },
    ];
    const snapshot = JSON.parse(JSON.stringify(input));
    expect(clipSteps(input, new Date(200))[0]).toEqual({
      time: 200,
      value: 1,
      source: 'import',
    });
    expect(input).toEqual(snapshot);
  });
});
