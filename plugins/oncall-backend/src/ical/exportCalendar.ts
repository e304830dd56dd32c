import { Shift } from '@agile-ops/plugin-oncall-common';
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalEventTransparency,
} from 'ical-generator';
import { roleLabel } from './roles';

/** The fields of a rotation the calendar shows. */
export interface CalendarRotation {
  readonly id: string;
  readonly name?: string;
  /** Entity ref of the owning group. */
  readonly owner: string;
  readonly role: string;
  /** IANA zone, announced as the calendar's zone (X-WR-TIMEZONE). */
  readonly timezone: string;
}

/** What the calendar may say about a user: a name to show and an address for ATTENDEE. */
export interface CalendarUser {
  readonly displayName?: string;
  readonly email?: string;
}

/** Options of {@link exportCalendar}. */
export interface ExportCalendarOptions {
  readonly rotation: CalendarRotation;
  /** Shifts as `shiftsInWindow` returns them. */
  readonly shifts: ReadonlyArray<Shift>;
  /** Display names and e-mails by user entity ref. */
  readonly userNames?: Readonly<Record<string, CalendarUser | undefined>>;
  /** PRODID in the form `//company//product//EN`. */
  readonly productId?: string;
  /** Defaults to the rotation's name and role, such as `Team A (PoTW)`. */
  readonly calendarName?: string;
  /** DTSTAMP of every event. */
  readonly now: Date;
  /**
   * Whether people with an e-mail become ATTENDEEs. Off unless asked for: a feed is read
   * without signing in, and the installation decides (`oncall.feeds.includeEmails`).
   */
  readonly includeEmails?: boolean;
}

const PRODUCT_ID = '//Agile Ops//On-call//EN';
// Subscribed calendars poll the feed; an hour keeps overrides visible soon without hammering.
const REFRESH_SECONDS = 3600;
const EMAIL = /^[^\s@<>",;:\\]+@[^\s@<>",;:\\]+$/;

// ical-generator writes UID and the calendar NAME as given: no control character may reach the
// output, or a name with a line break could add lines of its own.
function plain(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

// NAME and X-WR-CALNAME are TEXT values, which ical-generator does not escape there.
function text(value: string): string {
  return plain(value).replace(/[\\;,]/g, match => `\\${match}`);
}

function compactUtc(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/**
 * The UID of a shift's event: the same for the same rotation and start on every export, so a
 * subscribed calendar updates the event instead of adding a copy.
 */
export function shiftUid(rotationId: string, start: string): string {
  return `${plain(rotationId)}-${compactUtc(start)}@agile-ops`;
}

function personName(ref: string, user: CalendarUser | undefined): string {
  return user?.displayName?.trim() || ref.slice(ref.lastIndexOf('/') + 1);
}

/**
 * A rotation's shifts as an RFC 5545 calendar that calendar apps can subscribe to: one VEVENT
 * per shift, in UTC, with the user entity ref in `X-AGILE-OPS-USER` so the feed imports back.
 */
export function exportCalendar(options: ExportCalendarOptions): string {
  const { rotation, shifts, userNames = {}, now, includeEmails } = options;
  const label = roleLabel(rotation.role);
  const title = rotation.name?.trim() || rotation.id;
  const calendar = ical({
    prodId: options.productId ?? PRODUCT_ID,
    name: text(options.calendarName ?? `${title} (${label})`),
    description: text(`${label} shifts of ${title}, ${rotation.owner}`),
    ttl: REFRESH_SECONDS,
  });
  for (const shift of shifts) {
    const user = userNames[shift.user];
    const email = includeEmails ? user?.email?.trim() : undefined;
    const override = shift.source === 'override';
    calendar.createEvent({
      id: shiftUid(rotation.id, shift.start),
      stamp: now,
      start: new Date(shift.start),
      end: new Date(shift.end),
      summary: `${label}: ${personName(shift.user, user)}`,
      description: [
        `${label} of ${title}`,
        `User: ${shift.user}`,
        override ? 'Covering through an override' : 'From the rotation',
      ].join('\n'),
      // A week of PoTW must not mark subscribers busy in free/busy lookups.
      transparency: ICalEventTransparency.TRANSPARENT,
      attendees:
        email && EMAIL.test(email)
          ? [
              {
                email,
                name: personName(shift.user, user),
                role: ICalAttendeeRole.REQ,
                // Accepted, so calendar apps do not ask the subscriber to answer an invitation.
                status: ICalAttendeeStatus.ACCEPTED,
              },
            ]
          : [],
      x: {
        'X-AGILE-OPS-USER': shift.user,
        'X-AGILE-OPS-SOURCE': override ? 'override' : 'rotation',
      },
    });
  }
  return withZone(calendar.toString(), rotation.timezone);
}

/**
 * Adds X-WR-TIMEZONE among the calendar's properties and the final CRLF.
 *
 * @remarks
 * The zone is only a hint for display, as every time is in UTC. It is not given to
 * ical-generator as the calendar's zone, which would write times in the server's local zone,
 * nor as an X- property, which it writes after the events where RFC 5545 allows no calendar
 * property. And ical-generator ends the last line without the CRLF RFC 5545 requires.
 */
function withZone(body: string, timezone: string): string {
  // Property values hold no raw line breaks, so "CRLF BEGIN:" starts the first component.
  const firstComponent = body.indexOf('\r\nBEGIN:');
  const at =
    (firstComponent >= 0
      ? firstComponent
      : body.lastIndexOf('\r\nEND:VCALENDAR')) + 2;
  return `${body.slice(0, at)}X-WR-TIMEZONE:${text(timezone)}\r\n${body.slice(
    at,
  )}\r\n`;
}
