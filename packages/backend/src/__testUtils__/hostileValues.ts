import fc from 'fast-check';

/** One MiB of text: the largest body a route should refuse without trouble. */
export const ONE_MIB = 1 << 20;

const SQL = [
  "' OR 1=1 --",
  "'; DROP TABLE oncall_rotations; --",
  '" OR ""="',
  '1; SELECT pg_sleep(10); --',
  "%' UNION SELECT * FROM maturity_assessments --",
  "') ON CONFLICT DO NOTHING; DELETE FROM oncall_interrupts; --",
  '\\x00\\x1a',
];

/** Keys that mean something to JavaScript objects rather than to our data. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__defineGetter__',
  'valueOf',
];

/** Entity refs that no catalog would accept, or that point at nothing. */
export const MALFORMED_REFS = [
  '',
  'component:',
  ':default/x',
  'component:default/',
  'a:b:c/d/e',
  'user:default/../../etc/passwd',
  'group:default/team-payments\u0000',
  ' group:default/team-payments',
  'group:default/team payments',
  'group:default/nobody-owns-this-team',
  'user:default/not-in-the-catalog',
  'group:%2e%2e/%2f',
  'group:default/__proto__',
  `user:default/${'x'.repeat(5000)}`,
];

/** Instants that are not instants, or that lie outside anything sensible. */
export const MALFORMED_INSTANTS = [
  '',
  'yesterday',
  '0',
  'NaN',
  '1e400',
  '2026-13-01T00:00:00Z',
  '2026-02-30T25:61:61Z',
  '2026-01-01T00:00:00',
  '-271821-04-20T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  '2026-01-01T00:00:00Z/2027-01-01T00:00:00Z',
  '２０２６-０１-０１T00:00:00Z',
];

/** Any text at all: unicode, SQL, prototype keys, control characters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SQL) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_REFS) },
  { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_INSTANTS) },
);

/** A path segment that names nothing the plugins hold (they answer 400 or 404). */
export const hostileSegment: fc.Arbitrary<string> = fc
  .oneof(
    hostileText,
    fc.uuid(),
    // A NUL byte: PostgreSQL refuses it in text, so it must be caught before any query.
    fc.constantFrom(
      '..',
      '.',
      '\u0000',
      'a\u0000b',
      '__proto__',
      'constructor',
    ),
  )
  .map(s => `nx-${s}`)
  .map(encodeURIComponent);

/** A malformed or out-of-range instant. */
export const badInstant = fc.oneof(
  fc.constantFrom(...MALFORMED_INSTANTS),
  hostileText.filter(s => Number.isNaN(Date.parse(s))),
);

/** A ref that must be refused: malformed, unknown, or of someone outside the team. */
export const badRef = fc.oneof(
  fc.constantFrom(...MALFORMED_REFS),
  hostileText.map(s => `user:default/${s}`),
  fc.uuid().map(id => `group:default/g-${id}`),
);

/** JSON values of every shape, nested, with prototype keys among the object keys. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec(tie => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.integer(),
    fc.constantFrom(2 ** 53 + 1, -1, 0, 1e308, -1e308, 0.5),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(hostileText, fc.constantFrom(...PROTOTYPE_KEYS)),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

/**
 * A JSON object written as text, so that keys such as `__proto__` arrive as keys (an object
 * literal would turn them into a prototype before JSON.stringify saw them).
 */
export function jsonObjectText(entries: Array<[string, unknown]>): string {
  return `{${entries
    .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
    .join(',')}}`;
}

/**
 * Bodies no route may accept whatever it expects: wrong shape, broken JSON, or too big. (An
 * empty body is not among them: body parsers read it as `{}`, a valid edit of nothing.)
 */
export const structurallyBadBody: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: hostileJson.map(v => JSON.stringify([v])) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '{',
      '{"a":',
      'null',
      '[]',
      '"x"',
      '1',
      'undefined',
      '{"a":1}}',
    ),
  },
  { weight: 4, arbitrary: fc.string({ maxLength: 60 }).map(s => `{${s}`) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('x', '\u00e9', '\u{1F600}')
      .map(ch => JSON.stringify({ text: ch.repeat(ONE_MIB / ch.length) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 50, max: 5000 })
      .map(depth => '['.repeat(depth) + ']'.repeat(depth)),
  },
);

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const RRULE_PARTS = fc.oneof(
  fc.constantFrom(
    'FREQ=SECONDLY',
    'FREQ=MINUTELY',
    'FREQ=HOURLY',
    'FREQ=DAILY',
    'FREQ=WEEKLY',
    'FREQ=MONTHLY',
    'FREQ=YEARLY',
    'FREQ=FORTNIGHTLY',
  ),
  fc
    .oneof(
      fc.integer({ min: 0, max: 2 ** 31 }),
      fc.constantFrom(999_999_999, 2 ** 53, -1),
    )
    .map(n => `COUNT=${n}`),
  fc
    .oneof(fc.integer({ min: -2, max: 2 ** 32 }), fc.constantFrom(0, 1, 2))
    .map(n => `INTERVAL=${n}`),
  fc.constantFrom(
    'UNTIL=99991231T235959Z',
    'UNTIL=19000101T000000Z',
    'UNTIL=garbage',
    // BY-rules that never match.
    'BYMONTH=2;BYMONTHDAY=30',
    'BYMONTH=4;BYMONTHDAY=31',
    'BYMONTH=2;BYYEARDAY=366',
    'BYWEEKNO=53;BYMONTH=1;BYDAY=SU',
    'BYDAY=MO;BYMONTHDAY=13;BYMONTH=2;BYSETPOS=-1',
    'BYSETPOS=366',
    'BYHOUR=25',
    'BYMINUTE=61',
    'BYDAY=+53MO',
    'BYMONTHDAY=0',
    'WKST=XX',
  ),
  hostileText.map(s => `X-${s.replace(/[\r\n]/g, '')}`),
);

/** An RRULE line of random, huge, contradictory or unknown parts. */
export const hostileRrule = fc
  .array(RRULE_PARTS, { minLength: 1, maxLength: 6 })
  .map(parts => `RRULE:${parts.join(';')}`);

/** One VEVENT nobody in the catalog attends, with hostile recurrence and content. */
function hostileEvent(now: Date) {
  return fc
    .record({
      uid: fc.oneof(fc.uuid(), hostileText),
      startOffsetHours: fc.integer({ min: -24 * 400, max: 24 * 400 }),
      lengthHours: fc.oneof(
        fc.integer({ min: -5, max: 24 * 30 }),
        fc.constant(0),
      ),
      rrules: fc.array(hostileRrule, { maxLength: 2 }),
      extra: fc.array(
        fc.oneof(
          fc.constantFrom(
            'EXDATE:19700101T000000Z',
            'RDATE;VALUE=PERIOD:20260101T000000Z/PT1H',
            'DTSTART;TZID=Mars/Olympus_Mons:20260101T000000',
            'ATTENDEE;CN="Robert\'); DROP TABLE--":mailto:robert@example.invalid',
            'X-AGILE-OPS-USER:user:default/',
            'SUMMARY:\u202Eevil\u202C',
            'DURATION:P99999999W',
            ' folded continuation without a property',
          ),
          hostileText.map(s => `DESCRIPTION:${s.replace(/[\r\n]/g, ' ')}`),
        ),
        { maxLength: 4 },
      ),
      nesting: fc.constantFrom(0, 0, 0, 0, 0, 1, 3, 50),
    })
    .map(e => {
      const start = new Date(now.getTime() + e.startOffsetHours * 3_600_000);
      const end = new Date(start.getTime() + e.lengthHours * 3_600_000);
      const open = Array.from(
        { length: e.nesting },
        (_, i) => `BEGIN:${i % 2 ? 'VALARM' : 'VEVENT'}`,
      );
      const close = open.map(line => line.replace('BEGIN', 'END')).reverse();
      return [
        'BEGIN:VEVENT',
        `UID:${e.uid.replace(/[\r\n]/g, ' ')}`,
        `DTSTAMP:${stamp(now)}`,
        `DTSTART:${stamp(start)}`,
        `DTEND:${stamp(end)}`,
        ...e.rrules,
        ...open,
        ...e.extra,
        ...close,
        'ATTENDEE:mailto:intruder@example.invalid',
        'END:VEVENT',
      ];
    });
}

/**
 * A calendar to import that must be refused: hostile events, and always one plain event
 * tomorrow whose only attendee is no catalog user, so that even a calendar the parser likes
 * names someone outside the team.
 */
export function hostileCalendar(now: Date): fc.Arbitrary<string> {
  const tomorrow = new Date(now.getTime() + 86_400_000);
  const anchor = [
    'BEGIN:VEVENT',
    'UID:anchor@hostile',
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(tomorrow)}`,
    `DTEND:${stamp(new Date(tomorrow.getTime() + 3_600_000))}`,
    'SUMMARY:Nobody we know',
    'ATTENDEE:mailto:intruder@example.invalid',
    'END:VEVENT',
  ];
  return fc
    .record({
      events: fc.array(hostileEvent(now), { minLength: 1, maxLength: 5 }),
      timezone: fc.constantFrom(
        [],
        [
          'BEGIN:VTIMEZONE',
          'TZID:Nowhere',
          'BEGIN:STANDARD',
          'RRULE:FREQ=SECONDLY',
          'END:STANDARD',
          'END:VTIMEZONE',
        ],
        ['BEGIN:VTIMEZONE', 'END:VTIMEZONE'],
      ),
      truncate: fc.constantFrom(false, false, false, false, false, true),
      padKiB: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 64, 900),
    })
    .map(c => {
      const lines = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//hostile input//EN',
        ...c.timezone,
        ...c.events.flat(),
        ...anchor,
        ...Array.from(
          { length: c.padKiB },
          (_, i) => `X-PAD-${i}:${'p'.repeat(1000)}`,
        ),
        'END:VCALENDAR',
      ];
      const text = lines.join('\r\n');
      return c.truncate ? text.slice(0, Math.floor(text.length * 0.7)) : text;
    });
}
