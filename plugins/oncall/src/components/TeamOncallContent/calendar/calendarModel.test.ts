import { DateTime } from 'luxon';
import {
  calendarRange,
  dayFraction,
  describeWhen,
  segmentsOfDay,
  toTiles,
} from './calendarModel';

const ZONE = 'Europe/Berlin';
const day = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

describe('calendarModel', () => {
  it('cuts days at local midnight, 23 hours on the day the clocks go forward', () => {
    const tiles = toTiles(
      [
        {
          user: 'user:default/a',
          start: '2026-03-28T23:00:00.000Z',
          end: '2026-03-29T10:00:00.000Z',
          source: 'rotation',
        },
      ],
      [{ start: '2026-03-29T10:00:00.000Z', end: '2026-03-29T22:00:00.000Z' }],
    );
    const sunday = day('2026-03-29');
    const segments = segmentsOfDay(tiles, sunday);
    expect(segments.map(describeWhen)).toEqual(['until 12:00', 'from 12:00']);
    // 00:00–12:00 local is 11 real hours of a 23-hour day.
    expect(dayFraction(segments[0], sunday)).toBeCloseTo(11 / 23);
  });

  it('joins pieces of one person cut by a rotation version change', () => {
    const tiles = toTiles(
      [
        {
          user: 'user:default/a',
          start: '2026-03-09T08:00:00.000Z',
          end: '2026-03-10T08:00:00.000Z',
          source: 'rotation',
        },
        {
          user: 'user:default/a',
          start: '2026-03-10T08:00:00.000Z',
          end: '2026-03-11T08:00:00.000Z',
          source: 'rotation',
        },
      ],
      [],
    );
    expect(tiles).toHaveLength(1);
    expect(segmentsOfDay(tiles, day('2026-03-10')).map(describeWhen)).toEqual([
      'all day',
    ]);
  });

  it('spans Monday to Sunday across a year boundary', () => {
    const range = calendarRange('week', day('2026-01-01'));
    expect(range.title).toBe('29 Dec 2025 – 4 Jan 2026');
    expect(range.days).toHaveLength(7);
    // February 2021 starts on a Monday and has four whole weeks; February 2026 does not.
    expect(calendarRange('month', day('2021-02-10')).days).toHaveLength(28);
    expect(calendarRange('month', day('2026-02-10')).days).toHaveLength(35);
  });
});
