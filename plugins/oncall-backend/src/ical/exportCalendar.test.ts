import { Shift } from '@agile-ops/plugin-oncall-common';
import ICAL from 'ical.js';
import {
  exportCalendar,
  ExportCalendarOptions,
  shiftUid,
} from './exportCalendar';

const JANE = 'user:default/jane';
const OMAR = 'user:default/omar';

const shifts: Shift[] = [
  {
    user: JANE,
    start: '2026-03-23T08:00:00.000Z',
    end: '2026-03-25T12:00:00.000Z',
    source: 'rotation',
    rotationVersion: '2026-03-01T00:00:00.000Z',
  },
  {
    user: OMAR,
    start: '2026-03-25T12:00:00.000Z',
    end: '2026-03-27T12:00:00.000Z',
    source: 'override',
    overrideId: 'o1',
  },
  {
    user: JANE,
    start: '2026-03-27T12:00:00.000Z',
    end: '2026-03-30T07:00:00.000Z',
    source: 'rotation',
    rotationVersion: '2026-03-01T00:00:00.000Z',
  },
];

const options: ExportCalendarOptions = {
  rotation: {
    id: 'rot-1',
    name: 'Team A',
    owner: 'group:default/team-a',
    role: 'potw',
    timezone: 'Europe/Berlin',
  },
  shifts,
  userNames: { [JANE]: { displayName: 'Jane Doe', email: 'jane@example.com' } },
  now: new Date('2026-03-20T10:00:00Z'),
};

function events(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

describe('exportCalendar', () => {
  it('writes CRLF lines of at most 75 octets, folding long ones', () => {
    const long =
      'Zoë Ångström-Müller, Chief Incident Wrangler of the Northern Hemisphere';
    const text = exportCalendar({
      ...options,
      userNames: { [JANE]: { displayName: long, email: 'jane@example.com' } },
    });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Calendar properties come before the first component (RFC 5545 3.4).
    expect(text.indexOf('X-WR-TIMEZONE:Europe/Berlin\r\n')).toBeGreaterThan(0);
    expect(text.indexOf('X-WR-TIMEZONE')).toBeLessThan(
      text.indexOf('BEGIN:VEVENT'),
    );
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every(line => Buffer.byteLength(line, 'utf8') <= 75)).toBe(
      true,
    );
    expect(lines.some(line => line.startsWith(' '))).toBe(true);
    // Folding never splits a character, and unfolding restores the text.
    expect(events(text)[0].getFirstPropertyValue('summary')).toBe(
      `PoTW: ${long}`,
    );
  });

  it('writes one event per shift that ical.js reads back', () => {
    const calendar = new ICAL.Component(
      ICAL.parse(exportCalendar({ ...options, includeEmails: true })),
    );
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Team A (PoTW)',
    );
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe(
      'Europe/Berlin',
    );
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT1H');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe(
      'PT1H',
    );
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Agile Ops//On-call//EN',
    );
    const [first, second] = calendar.getAllSubcomponents('vevent');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(3);

    expect(first.getFirstPropertyValue('uid')).toBe(
      'rot-1-20260323T080000Z@agile-ops',
    );
    expect(first.getFirstPropertyValue('dtstart')!.toString()).toBe(
      '2026-03-23T08:00:00Z',
    );
    expect(first.getFirstPropertyValue('dtend')!.toString()).toBe(
      '2026-03-25T12:00:00Z',
    );
    expect(first.getFirstPropertyValue('dtstamp')!.toString()).toBe(
      '2026-03-20T10:00:00Z',
    );
    expect(first.getFirstPropertyValue('summary')).toBe('PoTW: Jane Doe');
    expect(first.getFirstPropertyValue('description')).toBe(
      `PoTW of Team A\nUser: ${JANE}\nFrom the rotation`,
    );
    expect(first.getFirstPropertyValue('x-agile-ops-user')).toBe(JANE);
    expect(first.getFirstPropertyValue('x-agile-ops-source')).toBe('rotation');
    expect(first.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    const attendee = first.getFirstProperty('attendee')!;
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe(
      'mailto:jane@example.com',
    );
    expect(attendee.getParameter('cn')).toBe('Jane Doe');

    // Without a known name or e-mail: the ref's name and no attendee.
    expect(second.getFirstPropertyValue('summary')).toBe('PoTW: omar');
    expect(second.getFirstPropertyValue('x-agile-ops-user')).toBe(OMAR);
    expect(second.getFirstPropertyValue('x-agile-ops-source')).toBe('override');
    expect(second.getFirstPropertyValue('description')).toContain('override');
    expect(second.hasProperty('attendee')).toBe(false);
  });

  it('names people without their e-mail addresses unless asked to include them', () => {
    for (const includeEmails of [undefined, false]) {
      const text = exportCalendar({ ...options, includeEmails });
      expect(text).not.toContain('jane@example.com');
      expect(text).not.toMatch(/ATTENDEE|mailto:/i);
      const [first] = events(text);
      expect(first.getFirstPropertyValue('summary')).toBe('PoTW: Jane Doe');
      expect(first.getFirstPropertyValue('x-agile-ops-user')).toBe(JANE);
    }
    // A malformed address is left out even when e-mails are included.
    const odd = exportCalendar({
      ...options,
      includeEmails: true,
      userNames: { [JANE]: { displayName: 'Jane', email: 'jane@x\r\nX:y' } },
    });
    expect(odd).not.toMatch(/ATTENDEE/);
  });

  it('keeps UIDs stable across exports so subscribed calendars update events', () => {
    const uids = (text: string) =>
      events(text).map(e => e.getFirstPropertyValue('uid'));
    const before = exportCalendar(options);
    const later = exportCalendar({
      ...options,
      shifts: shifts.slice(1),
      now: new Date('2026-03-26T10:00:00Z'),
    });
    expect(uids(later)).toEqual(uids(before).slice(1));
    expect(new Set(uids(before)).size).toBe(3);
    expect(uids(before)[1]).toBe(shiftUid('rot-1', shifts[1].start));
  });

  it('writes a calendar without shifts', () => {
    const text = exportCalendar({ ...options, shifts: [] });
    expect(text).toMatch(
      /\r\nX-WR-TIMEZONE:Europe\/Berlin\r\nEND:VCALENDAR\r\n$/,
    );
    expect(events(text)).toEqual([]);
  });

  it('labels roles', () => {
    const summary = (role: string) =>
      events(
        exportCalendar({ ...options, rotation: { ...options.rotation, role } }),
      )[0].getFirstPropertyValue('summary');
    expect(summary('primary')).toBe('Primary on-call: Jane Doe');
    expect(summary('secondary')).toBe('Secondary on-call: Jane Doe');
    expect(summary('incident-commander')).toBe('incident-commander: Jane Doe');
  });

  it('keeps names with line breaks and separators inside their property', () => {
    const text = exportCalendar({
      ...options,
      calendarName: 'On-call, Team A;\r\nBEGIN:VEVENT',
    });
    expect(text).not.toMatch(/\r\nBEGIN:VEVENT\r\nEND:VCALENDAR/);
    expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(3);
    // NAME and X-WR-CALNAME are TEXT, so the separators are escaped (ical.js knows neither
    // property and leaves them raw, so the text is checked as written).
    expect(text).toContain('\r\nNAME:On-call\\, Team A\\; BEGIN:VEVENT\r\n');
    expect(text).toContain(
      '\r\nX-WR-CALNAME:On-call\\, Team A\\; BEGIN:VEVENT\r\n',
    );
  });
});
