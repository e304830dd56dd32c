import { importSchedule, PersonCandidate } from './importSchedule';

const A = 'user:default/alice';
const B = 'user:default/bob';
const C = 'user:default/carol';
const D = 'user:default/dan';
const E = 'user:default/erin';

const byEmail: Record<string, string> = {
  'alice@example.com': A,
  'bob@example.com': B,
  'carol@example.com': C,
  'dan@example.com': D,
};
const byName: Record<string, string> = { 'erin example': E };

function resolveUser(candidate: PersonCandidate): string | undefined {
  return (
    candidate.userRef ??
    byEmail[candidate.email?.toLowerCase() ?? ''] ??
    byName[candidate.name?.toLowerCase() ?? '']
  );
}

const ics = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

// An Outlook-style zone name that is no IANA zone, so only its VTIMEZONE can give its rules:
// CET (+01:00) and, from the last Sunday of March to the last Sunday of October, CEST (+02:00).
const WEST_EUROPE = [
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16011028T030000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010325T020000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];
const W = 'TZID=W. Europe Standard Time';

const SCHEDULE = ics(
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Example//Pager//EN',
  ...WEST_EUROPE,
  // 0: alice every other Monday 09:00, four times, the fourth removed by EXDATE.
  'BEGIN:VEVENT',
  'UID:a-weekly',
  `DTSTART;${W}:20260302T090000`,
  `DTEND;${W}:20260309T090000`,
  'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4',
  `EXDATE;${W}:20260413T090000`,
  'SUMMARY:PoTW',
  'ATTENDEE;CN=Alice:mailto:alice@example.com',
  'END:VEVENT',
  // 1: bob in the other weeks, until 20 April 09:00 CEST (07:00 UTC) inclusive.
  'BEGIN:VEVENT',
  'UID:b-weekly',
  `DTSTART;${W}:20260309T090000`,
  `DTEND;${W}:20260316T090000`,
  'RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260420T070000Z',
  'SUMMARY:PoTW',
  'ATTENDEE:MAILTO:Bob@Example.com',
  'END:VEVENT',
  // 2: carol takes alice's week of 16 March, from 12:00 instead of 09:00.
  'BEGIN:VEVENT',
  'UID:a-weekly',
  `RECURRENCE-ID;${W}:20260316T090000`,
  'SEQUENCE:1',
  `DTSTART;${W}:20260316T120000`,
  `DTEND;${W}:20260323T090000`,
  'SUMMARY:PoTW (swap)',
  'ATTENDEE;CN=Carol:mailto:carol@example.com',
  'END:VEVENT',
  // 3: bob's week of 6 April is cancelled.
  'BEGIN:VEVENT',
  'UID:b-weekly',
  `RECURRENCE-ID;${W}:20260406T090000`,
  `DTSTART;${W}:20260406T090000`,
  `DTEND;${W}:20260413T090000`,
  'STATUS:CANCELLED',
  'END:VEVENT',
  // 4: dan, two whole days, named only as organizer.
  'BEGIN:VEVENT',
  'UID:d-allday',
  'DTSTART;VALUE=DATE:20260406',
  'DTEND;VALUE=DATE:20260408',
  'SUMMARY:Holiday cover',
  'ORGANIZER;CN=Dan:mailto:dan@example.com',
  'END:VEVENT',
  // 5: erin, 12 hours from Saturday 20:00 in New York (no VTIMEZONE: the IANA zone), twice,
  // plus an extra date; named only by the summary.
  'BEGIN:VEVENT',
  'UID:e-ny',
  'DTSTART;TZID=America/New_York:20260307T200000',
  'DURATION:PT12H',
  'RRULE:FREQ=WEEKLY;COUNT=2',
  'RDATE;TZID=America/New_York:20260321T200000',
  'SUMMARY:On-call: Erin Example',
  'END:VEVENT',
  'END:VCALENDAR',
);

describe('importSchedule', () => {
  it('reads a hand-written schedule with recurrences, exceptions and time zones', () => {
    const result = importSchedule(SCHEDULE, {
      from: new Date('2026-03-03T00:00:00Z'),
      to: new Date('2026-04-25T00:00:00Z'),
      timezone: 'Europe/Berlin',
      resolveUser,
    });
    expect(result.unresolved).toEqual([]);
    expect(result.entries).toEqual([
      // 2 March 09:00 CET = 08:00 UTC, clipped to the window's start.
      {
        user: A,
        start: '2026-03-03T00:00:00.000Z',
        end: '2026-03-09T08:00:00.000Z',
        uid: 'a-weekly',
        order: 0,
      },
      // Saturday 7 March 20:00 EST (-05:00) = 01:00 UTC; 12 exact hours later is 09:00 EDT,
      // New York having moved to -04:00 at 02:00 on 8 March.
      {
        user: E,
        start: '2026-03-08T01:00:00.000Z',
        end: '2026-03-08T13:00:00.000Z',
        uid: 'e-ny',
        order: 5,
      },
      {
        user: B,
        start: '2026-03-09T08:00:00.000Z',
        end: '2026-03-16T08:00:00.000Z',
        uid: 'b-weekly',
        order: 1,
      },
      // 14 March 20:00 EDT = 15 March 00:00 UTC.
      {
        user: E,
        start: '2026-03-15T00:00:00.000Z',
        end: '2026-03-15T12:00:00.000Z',
        uid: 'e-ny',
        order: 5,
      },
      // The exception: 16 March 12:00 CET = 11:00 UTC; 09:00 to 12:00 is left uncovered.
      {
        user: C,
        start: '2026-03-16T11:00:00.000Z',
        end: '2026-03-23T08:00:00.000Z',
        uid: 'a-weekly',
        order: 2,
      },
      // The RDATE: 21 March 20:00 EDT = 22 March 00:00 UTC.
      {
        user: E,
        start: '2026-03-22T00:00:00.000Z',
        end: '2026-03-22T12:00:00.000Z',
        uid: 'e-ny',
        order: 5,
      },
      // Berlin moves to CEST on 29 March: 23 March 09:00 CET = 08:00 UTC to 30 March 09:00
      // CEST = 07:00 UTC, 167 hours that keep the 09:00 hand-off.
      {
        user: B,
        start: '2026-03-23T08:00:00.000Z',
        end: '2026-03-30T07:00:00.000Z',
        uid: 'b-weekly',
        order: 1,
      },
      {
        user: A,
        start: '2026-03-30T07:00:00.000Z',
        end: '2026-04-06T07:00:00.000Z',
        uid: 'a-weekly',
        order: 0,
      },
      // All day 6 and 7 April in Europe/Berlin (the import's zone): 00:00 CEST = 22:00 UTC the
      // day before. Bob's week of 6 April is cancelled, alice's of 13 April is an EXDATE.
      {
        user: D,
        start: '2026-04-05T22:00:00.000Z',
        end: '2026-04-07T22:00:00.000Z',
        uid: 'd-allday',
        order: 4,
      },
      // 20 April 09:00 CEST = 07:00 UTC is the UNTIL itself, so it is included; clipped at the
      // window's end.
      {
        user: B,
        start: '2026-04-20T07:00:00.000Z',
        end: '2026-04-25T00:00:00.000Z',
        uid: 'b-weekly',
        order: 1,
      },
    ]);
  });

  it('tries X-AGILE-OPS-USER, attendees, the organizer and the summary, in that order', () => {
    const calls: PersonCandidate[] = [];
    const event = (...lines: string[]) =>
      ics(
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:x',
        'DTSTART:20260302T080000Z',
        'DTEND:20260303T080000Z',
        ...lines,
        'END:VEVENT',
        'END:VCALENDAR',
      );
    const read = (text: string, known: (c: PersonCandidate) => boolean) =>
      importSchedule(text, {
        from: new Date('2026-03-01T00:00:00Z'),
        to: new Date('2026-04-01T00:00:00Z'),
        resolveUser: candidate => {
          calls.push(candidate);
          return known(candidate)
            ? resolveUser(candidate) ?? candidate.userRef
            : undefined;
        },
      }).entries.map(entry => entry.user);
    const all = event(
      'SUMMARY:Primary on-call: Erin Example',
      'ORGANIZER:mailto:dan@example.com',
      'ATTENDEE:mailto:nobody@example.com',
      'ATTENDEE:mailto:carol@example.com',
      'X-AGILE-OPS-USER:user:default/frank',
    );
    expect(read(all, () => true)).toEqual(['user:default/frank']);
    calls.length = 0;
    // nobody@example.com is no catalog user, so the second attendee is tried.
    expect(read(all, c => !c.userRef)).toEqual([C]);
    expect(calls).toEqual([
      { userRef: 'user:default/frank' },
      { email: 'nobody@example.com' },
      { email: 'carol@example.com' },
    ]);
    calls.length = 0;
    expect(read(all, c => !!c.name)).toEqual([E]);
    expect(calls).toEqual([
      { userRef: 'user:default/frank' },
      { email: 'nobody@example.com' },
      { email: 'carol@example.com' },
      { email: 'dan@example.com' },
      { name: 'Erin Example' },
    ]);
  });

  const single = (...lines: string[]) =>
    ics(
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      `X-AGILE-OPS-USER:${A}`,
      ...lines,
      'END:VEVENT',
      'END:VCALENDAR',
    );
  const spans = (
    text: string,
    more: { timezone?: string; from?: string } = {},
  ) =>
    importSchedule(text, {
      from: new Date(more.from ?? '2026-01-01T00:00:00Z'),
      to: new Date('2027-01-01T00:00:00Z'),
      timezone: more.timezone,
      resolveUser,
    }).entries.map(e => [e.start, e.end]);

  it('reads floating times in the import zone, like the resolver reads hand-offs', () => {
    const week = single(
      'UID:f',
      'DTSTART:20260330T090000',
      'DTEND:20260406T090000',
    );
    expect(spans(week)).toEqual([
      ['2026-03-30T09:00:00.000Z', '2026-04-06T09:00:00.000Z'],
    ]);
    expect(spans(week, { timezone: 'Europe/Berlin' })).toEqual([
      ['2026-03-30T07:00:00.000Z', '2026-04-06T07:00:00.000Z'],
    ]);
    // 02:30 on 25 October happens twice in Berlin: the first, 02:30 CEST = 00:30 UTC. 02:30
    // on 29 March does not exist: read with the offset before the change, +01:00.
    const repeated = single(
      'UID:r',
      'DTSTART:20261025T023000',
      'DURATION:PT1H',
    );
    const skipped = single('UID:s', 'DTSTART:20260329T023000', 'DURATION:PT1H');
    expect(spans(repeated, { timezone: 'Europe/Berlin' })).toEqual([
      ['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z'],
    ]);
    expect(spans(skipped, { timezone: 'Europe/Berlin' })).toEqual([
      ['2026-03-29T01:30:00.000Z', '2026-03-29T02:30:00.000Z'],
    ]);
  });

  it('keeps a daily wall-clock length across a DST change, and DURATION days nominal', () => {
    // P1D from 09:00 CET on 28 March ends 09:00 CEST on 29 March: 23 hours.
    const text = single(
      'UID:d',
      'DTSTART;TZID=Europe/Berlin:20260328T090000',
      'DURATION:P1D',
      'RRULE:FREQ=DAILY;COUNT=2',
    );
    expect(spans(text)).toEqual([
      ['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z'],
      ['2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z'],
    ]);
  });

  it('applies an instance moved into the window from before it', () => {
    const text = ics(
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:m',
      'DTSTART:20260223T080000Z',
      'DURATION:P1W',
      'RRULE:FREQ=WEEKLY;COUNT=3',
      'ATTENDEE:mailto:alice@example.com',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:m',
      'RECURRENCE-ID:20260223T080000Z',
      'DTSTART:20260303T080000Z',
      'DTEND:20260304T080000Z',
      'ATTENDEE:mailto:bob@example.com',
      'END:VEVENT',
      'END:VCALENDAR',
    );
    const { entries } = importSchedule(text, {
      from: new Date('2026-03-03T00:00:00Z'),
      to: new Date('2026-04-01T00:00:00Z'),
      resolveUser,
    });
    expect(entries.map(e => [e.user, e.start, e.end])).toEqual([
      [A, '2026-03-03T00:00:00.000Z', '2026-03-09T08:00:00.000Z'],
      [B, '2026-03-03T08:00:00.000Z', '2026-03-04T08:00:00.000Z'],
      [A, '2026-03-09T08:00:00.000Z', '2026-03-16T08:00:00.000Z'],
    ]);
  });

  it('drops a cancelled series with its instances', () => {
    const text = ics(
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:gone',
      'DTSTART:20260302T080000Z',
      'DURATION:P1W',
      'RRULE:FREQ=WEEKLY;COUNT=3',
      'STATUS:CANCELLED',
      `X-AGILE-OPS-USER:${A}`,
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:gone',
      'RECURRENCE-ID:20260309T080000Z',
      'DTSTART:20260309T080000Z',
      'DURATION:P1W',
      `X-AGILE-OPS-USER:${B}`,
      'END:VEVENT',
      'END:VCALENDAR',
    );
    expect(spans(text)).toEqual([]);
  });
});
