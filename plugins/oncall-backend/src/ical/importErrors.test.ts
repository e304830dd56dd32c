import { DEFAULT_IMPORT_LIMITS } from '../service/limits';
import { importSchedule, ImportScheduleOptions } from './importSchedule';

const options: ImportScheduleOptions = {
  from: new Date('2026-03-01T00:00:00Z'),
  to: new Date('2026-04-01T00:00:00Z'),
  resolveUser: candidate =>
    candidate.email === 'alice@example.com' ? 'user:default/alice' : undefined,
};

const ics = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const calendar = (...event: string[]) =>
  ics(
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    ...event,
    'END:VEVENT',
    'END:VCALENDAR',
  );
const read = (text: string, more: Partial<ImportScheduleOptions> = {}) =>
  importSchedule(text, { ...options, ...more });

describe('importSchedule on bad input', () => {
  it('refuses text that is not iCal, naming the line', () => {
    expect(() => read('hello world')).toThrow(
      new TypeError(
        'ics line 1: expected a content line "NAME:value", got "hello world"',
      ),
    );
    expect(() => read('<!DOCTYPE html>\n<html></html>')).toThrow(
      /^ics line 1: /,
    );
    expect(() => read('FOO:bar\r\n')).toThrow(
      'ics line 1: expected BEGIN:VCALENDAR, got "FOO:bar"; this is not an iCalendar file',
    );
    expect(() => read('')).toThrow('ics is empty: it has no BEGIN:VCALENDAR');
    expect(() =>
      read(ics('BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'END:VCALENDAR')),
    ).toThrow(
      'ics line 3: END:VCALENDAR does not close BEGIN:VEVENT of line 2',
    );
    expect(() =>
      read(ics('BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT')),
    ).toThrow('ics line 1: BEGIN:VCALENDAR is never closed');
    expect(() =>
      read(
        ics(
          'BEGIN:VCALENDAR',
          'BEGIN:VEVENT',
          'SUMMARY no colon',
          'END:VEVENT',
          'END:VCALENDAR',
        ),
      ),
    ).toThrow(
      'ics line 3: expected a content line "NAME:value", got "SUMMARY no colon"',
    );
  });

  it('accepts LF line endings, folded lines and a byte order mark', () => {
    const text = `\uFEFF${calendar(
      'UID:lf',
      'DTSTART:20260302T080000Z',
      'DTEND:20260303T080000Z',
      'ATTENDEE;CN="Alice":mailto:alice@exa',
      ' mple.com',
    ).replace(/\r\n/g, '\n')}`;
    expect(read(text).entries).toEqual([
      {
        user: 'user:default/alice',
        start: '2026-03-02T08:00:00.000Z',
        end: '2026-03-03T08:00:00.000Z',
        uid: 'lf',
        order: 0,
      },
    ]);
  });

  it('refuses an event without DTSTART', () => {
    expect(() =>
      read(calendar('UID:no-start', 'DTEND:20260303T080000Z')),
    ).toThrow(new TypeError('ics event no-start has no DTSTART'));
  });

  it('refuses values that are not valid', () => {
    expect(() =>
      read(
        calendar('UID:bad-date', 'DTSTART:2026XX', 'DTEND:20260303T080000Z'),
      ),
    ).toThrow(
      new RangeError(
        'ics event bad-date: DTSTART is not valid: invalid date-time value: "2026-XX-T::"',
      ),
    );
    expect(() =>
      read(
        calendar(
          'UID:bad-rule',
          'DTSTART:20260302T080000Z',
          'DURATION:PT1H',
          'RRULE:FREQ=SOMETIMES',
        ),
      ),
    ).toThrow(/^ics line 7: invalid frequency "SOMETIMES"/);
    expect(() =>
      read(
        calendar(
          'UID:weekly-monthday',
          'DTSTART:20260302T080000Z',
          'DURATION:PT1H',
          'RRULE:FREQ=WEEKLY;BYMONTHDAY=3',
        ),
      ),
    ).toThrow(
      new RangeError(
        'ics event weekly-monthday: RRULE FREQ=WEEKLY;BYMONTHDAY=3 cannot be expanded: For WEEKLY recurrences neither BYMONTHDAY nor BYYEARDAY may appear',
      ),
    );
  });

  it('refuses a TZID it cannot resolve', () => {
    expect(() =>
      read(
        calendar(
          'UID:mars',
          'DTSTART;TZID=Mars/Olympus:20260302T090000',
          'DTEND;TZID=Mars/Olympus:20260303T090000',
        ),
      ),
    ).toThrow(
      new RangeError(
        'ics event mars: TZID "Mars/Olympus" is neither defined by a VTIMEZONE in the file nor an IANA time zone',
      ),
    );
  });

  it('reports an occurrence whose person is unknown as unresolved', () => {
    const result = read(
      calendar(
        'UID:who',
        'DTSTART:20260302T080000Z',
        'DTEND:20260309T080000Z',
        'RRULE:FREQ=WEEKLY;COUNT=2',
        'SUMMARY:PoTW: Somebody Else',
        'ATTENDEE:mailto:somebody@example.com',
      ),
    );
    expect(result).toEqual({
      entries: [],
      unresolved: [
        {
          uid: 'who',
          summary: 'PoTW: Somebody Else',
          start: '2026-03-02T08:00:00.000Z',
        },
        {
          uid: 'who',
          summary: 'PoTW: Somebody Else',
          start: '2026-03-09T08:00:00.000Z',
        },
      ],
    });
  });

  it('refuses an event that ends before or when it starts, naming its UID', () => {
    expect(() =>
      read(
        calendar(
          'UID:backwards',
          'DTSTART:20260303T080000Z',
          'DTEND:20260302T080000Z',
        ),
      ),
    ).toThrow(
      new RangeError(
        'ics event backwards ends (DTEND 2026-03-02T08:00:00Z) before or when it starts (DTSTART 2026-03-03T08:00:00Z)',
      ),
    );
    expect(() =>
      read(
        calendar(
          'UID:empty',
          'DTSTART:20260303T080000Z',
          'DTEND:20260303T080000Z',
        ),
      ),
    ).toThrow(RangeError);
    expect(() =>
      read(
        calendar('UID:negative', 'DTSTART:20260303T080000Z', 'DURATION:-PT1H'),
      ),
    ).toThrow(/^ics event negative ends \(DURATION -PT1H\)/);
    expect(() =>
      read(calendar('UID:instant', 'DTSTART:20260303T080000Z')),
    ).toThrow(
      new RangeError(
        'ics event instant has neither DTEND nor DURATION, so it covers no time',
      ),
    );
  });

  it('refuses more than 2000 occurrences in the window', () => {
    const minutely = calendar(
      'UID:minutely',
      'DTSTART:20260101T000000Z',
      'DURATION:PT1M',
      'RRULE:FREQ=MINUTELY',
      'ATTENDEE:mailto:alice@example.com',
    );
    expect(() =>
      read(minutely, {
        from: new Date('2026-01-01T00:00:00Z'),
        to: new Date('2027-01-01T00:00:00Z'),
      }),
    ).toThrow(
      new RangeError(
        'ics has more than 2000 occurrences in the window (reached in event minutely)',
      ),
    );
  });

  it('refuses more events, or more attendees of one, than the caps allow', () => {
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxEvents: 2, maxAttendees: 2 };
    const event = (uid: string, ...more: string[]) => [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      'DTSTART:20260302T080000Z',
      'DTEND:20260303T080000Z',
      ...more,
      'END:VEVENT',
    ];
    const three = ics(
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      ...event('one'),
      ...event('two'),
      ...event('three'),
      'END:VCALENDAR',
    );
    expect(() => read(three, { limits })).toThrow(
      new RangeError('ics has 3 events (VEVENT), more than the limit of 2'),
    );
    const crowded = calendar(
      'UID:crowded',
      'DTSTART:20260302T080000Z',
      'DTEND:20260303T080000Z',
      'ATTENDEE:mailto:a@example.com',
      'ATTENDEE:mailto:b@example.com',
      'ATTENDEE:mailto:c@example.com',
    );
    expect(() => read(crowded, { limits })).toThrow(
      new RangeError(
        'ics event crowded has 3 attendees, more than the limit of 2',
      ),
    );
    expect(() =>
      read(crowded, { limits: { ...limits, maxCharacters: 50 } }),
    ).toThrow(/^ics has \d+ characters, more than the limit of 50$/);
  });

  it('counts recurrence steps against the cap it is given', () => {
    const daily = calendar(
      'UID:daily',
      'DTSTART:20260101T000000Z',
      'DURATION:PT1H',
      'RRULE:FREQ=DAILY',
    );
    expect(() =>
      read(daily, { limits: { ...DEFAULT_IMPORT_LIMITS, maxSteps: 30 } }),
    ).toThrow(
      'ics needs more than 30 recurrence steps (event daily repeats too often or started too long before the window)',
    );
  });

  it('refuses a rule that needs too many steps to reach the window', () => {
    const old = calendar(
      'UID:since-2000',
      'DTSTART:20000101T000000Z',
      'DURATION:PT1M',
      'RRULE:FREQ=MINUTELY',
    );
    expect(() => read(old)).toThrow(
      'ics needs more than 50000 recurrence steps (event since-2000 repeats too often or started too long before the window)',
    );
  });

  it('refuses RECURRENCE-ID with RANGE=THISANDFUTURE', () => {
    expect(() =>
      read(
        calendar(
          'UID:future',
          'RECURRENCE-ID;RANGE=THISANDFUTURE:20260302T080000Z',
          'DTSTART:20260302T090000Z',
          'DTEND:20260303T090000Z',
        ),
      ),
    ).toThrow(
      'ics event future: RECURRENCE-ID;RANGE=THISANDFUTURE is not supported',
    );
  });

  it('checks its options', () => {
    const ok = calendar(
      'UID:x',
      'DTSTART:20260302T080000Z',
      'DTEND:20260303T080000Z',
    );
    expect(() => read(ok, { to: options.from })).toThrow(
      new RangeError('to must be after from'),
    );
    expect(() => read(ok, { from: new Date('nope') })).toThrow(
      new TypeError('from must be a valid Date'),
    );
    expect(() => read(ok, { timezone: 'Mars/Base' })).toThrow(
      'timezone "Mars/Base" is not an IANA time zone',
    );
  });
});
