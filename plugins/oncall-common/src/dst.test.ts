import { DateTime } from 'luxon';
import { shiftsInWindow } from './shiftsInWindow';
import { version } from './testFixtures';
import { whoCovers } from './whoCovers';
import { RotationVersion } from './schema/openapi.generated';

const HOUR = 3_600_000;

function hours(shift: { start: string; end: string }): number {
  return (Date.parse(shift.end) - Date.parse(shift.start)) / HOUR;
}

function local(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone, locale: 'en' }).toFormat(
    'ccc yyyy-MM-dd HH:mm ZZ',
  );
}

// The shifts of a rotation without overrides.
function shiftsOf(rules: RotationVersion, from: string, to: string) {
  return shiftsInWindow([rules], [], from, to).shifts;
}

describe('daylight saving', () => {
  // Clocks change on 2026-03-29 and 2026-10-25 in Berlin, on 2026-03-08 and 2026-11-01 in New
  // York, and by half an hour on 2026-04-05 and 2026-10-04 on Lord Howe Island.
  it.each([
    [
      'Europe/Berlin',
      '09:00',
      '2026-03-23T08:00:00Z',
      '2026-03-30T07:00:00Z',
      167,
    ],
    [
      'Europe/Berlin',
      '09:00',
      '2026-10-19T07:00:00Z',
      '2026-10-26T08:00:00Z',
      169,
    ],
    [
      'America/New_York',
      '10:00',
      '2026-03-02T15:00:00Z',
      '2026-03-09T14:00:00Z',
      167,
    ],
    [
      'America/New_York',
      '10:00',
      '2026-10-26T14:00:00Z',
      '2026-11-02T15:00:00Z',
      169,
    ],
    [
      'Australia/Lord_Howe',
      '09:00',
      '2026-03-29T22:00:00Z',
      '2026-04-05T22:30:00Z',
      168.5,
    ],
    [
      'Australia/Lord_Howe',
      '09:00',
      '2026-09-27T22:30:00Z',
      '2026-10-04T22:00:00Z',
      167.5,
    ],
  ])(
    '%s, weekly Monday %s: the week from %s ends at %s after %d hours',
    (timezone, time, start, end, length) => {
      const weekly = version({
        timezone,
        handoff: { weekday: 1, time },
        startDate: '2026-01-05',
      });
      // A window a day wider on each side: exactly this week starts and ends inside it.
      const shifts = shiftsOf(
        weekly,
        new Date(Date.parse(start) - 24 * HOUR).toISOString(),
        new Date(Date.parse(end) + 24 * HOUR).toISOString(),
      );
      const week = shifts[1];
      expect(shifts).toHaveLength(3);
      expect([week.start, week.end]).toEqual([
        new Date(start).toISOString(),
        new Date(end).toISOString(),
      ]);
      expect(hours(week)).toBe(length);
      // The hand-off stays at the same local time, under another UTC offset.
      const [before, after] = [week.start, week.end].map(t =>
        DateTime.fromISO(t, { zone: timezone, locale: 'en' }),
      );
      expect(before.toFormat('ccc HH:mm')).toBe(`Mon ${time}`);
      expect(after.toFormat('ccc HH:mm')).toBe(`Mon ${time}`);
      expect(after.offset).not.toBe(before.offset);
    },
  );

  describe('Europe/Berlin, daily 02:30 (an hour that is skipped, then repeated)', () => {
    const nightly = version({
      timezone: 'Europe/Berlin',
      shiftLength: 'P1D',
      handoff: { weekday: 1, time: '02:30' },
      startDate: '2026-03-02',
    });

    // A skipped 02:30 moves forward by the jump, as luxon does: 03:30 summer time. Of two
    // 02:30s the first, summer-time one is taken.
    it.each([
      [
        'skipped',
        ['2026-03-28T01:30:00Z', '2026-03-30T00:30:00Z'],
        '2026-03-29T01:30:00.000Z',
        'Sun 2026-03-29 03:30 +02:00',
        [24, 23],
      ],
      [
        'repeated',
        ['2026-10-24T00:30:00Z', '2026-10-26T01:30:00Z'],
        '2026-10-25T00:30:00.000Z',
        'Sun 2026-10-25 02:30 +02:00',
        [24, 25],
      ],
    ])(
      'a %s 02:30 on the day the clocks change',
      (_, [from, to], changeDay, localTime, lengths) => {
        const shifts = shiftsOf(nightly, from, to);
        expect(shifts.map(s => s.start)).toEqual([
          new Date(from).toISOString(),
          changeDay,
        ]);
        expect(local(changeDay, 'Europe/Berlin')).toBe(localTime);
        expect(shifts.map(hours)).toEqual(lengths);
      },
    );

    it('keeps the choice whatever the current date is', () => {
      // luxon's own choice for a repeated reading depends on the offset in force "now".
      const now = jest.spyOn(Date, 'now');
      try {
        const answers = [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)].map(
          t => {
            now.mockReturnValue(t);
            return whoCovers([nightly], [], '2026-10-25T01:00:00Z')?.since;
          },
        );
        expect(answers).toEqual([
          '2026-10-25T00:30:00.000Z',
          '2026-10-25T00:30:00.000Z',
        ]);
      } finally {
        now.mockRestore();
      }
    });
  });

  it('Australia/Lord_Howe: a skipped 02:15 moves forward by half an hour', () => {
    const nightly = version({
      timezone: 'Australia/Lord_Howe',
      shiftLength: 'P1D',
      handoff: { weekday: 1, time: '02:15' },
    });
    const cover = whoCovers([nightly], [], '2026-10-03T16:00:00Z');
    expect(local(cover!.since, 'Australia/Lord_Howe')).toBe(
      'Sun 2026-10-04 02:45 +11:00',
    );
    expect(local(cover!.until, 'Australia/Lord_Howe')).toBe(
      'Mon 2026-10-05 02:15 +11:00',
    );
  });

  it('PT12H hands off at the same two local times all year', () => {
    const twiceDaily = version({
      timezone: 'Europe/Berlin',
      shiftLength: 'PT12H',
      handoff: { weekday: 1, time: '08:00' },
    });
    const shifts = shiftsOf(
      twiceDaily,
      '2026-03-02T11:00:00Z',
      '2026-12-31T00:00:00Z',
    );
    const times = new Set(
      shifts
        .slice(1)
        .map(s =>
          DateTime.fromISO(s.start, { zone: 'Europe/Berlin' }).toFormat(
            'HH:mm',
          ),
        ),
    );
    expect([...times].sort()).toEqual(['08:00', '20:00']);
    // Only the two shifts spanning a change differ from 12 hours.
    const lengths = shifts.slice(1, -1).map(hours);
    expect(lengths.filter(h => h !== 12).sort()).toEqual([11, 13]);
  });

  it('never lets a shift run backwards when the clock jumps by more than a shift', () => {
    // Antarctica/Troll jumps from +00:00 to +02:00 at 01:00 UTC on 2026-03-29.
    const hourly = version({
      timezone: 'Antarctica/Troll',
      shiftLength: 'PT1H',
      handoff: { weekday: 1, time: '00:00' },
      startDate: '2026-03-23',
    });
    const { shifts, gaps } = shiftsInWindow(
      [hourly],
      [],
      '2026-03-28T22:00:00Z',
      '2026-03-29T03:00:00Z',
    );
    expect(gaps).toEqual([]);
    expect(shifts.map(s => [s.start, s.end])).toEqual([
      ['2026-03-28T22:00:00.000Z', '2026-03-28T23:00:00.000Z'],
      ['2026-03-28T23:00:00.000Z', '2026-03-29T00:00:00.000Z'],
      ['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z'],
      // 01:00 and 02:00 local are skipped; both hand-offs land on 03:00 local.
      ['2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z'],
      ['2026-03-29T02:00:00.000Z', '2026-03-29T03:00:00.000Z'],
    ]);
  });
});
