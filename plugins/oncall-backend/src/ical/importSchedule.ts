import { validateTimezone } from '@agile-ops/plugin-oncall-common';
import { describeEvent, latestInstances } from './events';
import { Budget, expandEvent } from './expandEvent';
import { parseCalendar } from './parseCalendar';
import { PersonCandidate, resolvePerson } from './people';
import { ianaZone } from './zones';

export type { PersonCandidate } from './people';

/** Options of {@link importSchedule}. */
export interface ImportScheduleOptions {
  /** Start of the window recurrences are expanded in. */
  readonly from: Date;
  /** End of the window, exclusive. */
  readonly to: Date;
  /** IANA zone of floating times and of dates without TZID (all-day events); defaults to `UTC`. */
  readonly timezone?: string;
  /** Maps a candidate to a user entity ref, or undefined when it names nobody known. */
  readonly resolveUser: (candidate: PersonCandidate) => string | undefined;
}

/** A stretch of duty read from the calendar, clipped to the window. */
export interface ScheduleEntry {
  readonly user: string;
  readonly start: string;
  readonly end: string;
  /** UID of the event it comes from. */
  readonly uid: string;
  /** Position of its VEVENT in the file, 0-based; where entries overlap, the later one wins. */
  readonly order: number;
}

/** An occurrence whose person could not be resolved to a user. */
export interface UnresolvedOccurrence {
  readonly uid: string;
  readonly summary?: string;
  readonly start: string;
}

/** What {@link importSchedule} read from a calendar. */
export interface ImportedSchedule {
  /** Sorted by start, then by file order. */
  readonly entries: ScheduleEntry[];
  /** Sorted by start. */
  readonly unresolved: UnresolvedOccurrence[];
}

function checkWindow(from: unknown, to: unknown): void {
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
      throw new TypeError(`${field} must be a valid Date`);
    }
  }
  if ((to as Date) <= (from as Date)) {
    throw new RangeError('to must be after from');
  }
}

/**
 * Reads the stretches of duty of an RFC 5545 calendar in the window `[from, to)`.
 *
 * @remarks
 * Every VEVENT yields its occurrences (DTSTART, RRULE, RDATE, less EXDATE); a RECURRENCE-ID
 * instance replaces the occurrence it names, and one with STATUS:CANCELLED removes it, as
 * does STATUS:CANCELLED on the whole series. Each occurrence is clipped to the window and goes
 * to `entries` when `resolveUser` names a user for one of its candidates, otherwise to
 * `unresolved`. Throws a TypeError or RangeError whose message starts with `ics` for a bad
 * calendar, such as one that is not iCal, an event without DTSTART or ending before it starts,
 * or more than 10,000 occurrences in the window.
 */
export function importSchedule(
  ics: string,
  options: ImportScheduleOptions,
): ImportedSchedule {
  checkWindow(options.from, options.to);
  const timezone = options.timezone ?? 'UTC';
  validateTimezone(timezone, 'timezone');
  const floating = ianaZone(timezone);
  const events = parseCalendar(ics)
    .flatMap(calendar => calendar.getAllSubcomponents('vevent'))
    .map((event, order) => describeEvent(event, order, floating));
  const instances = latestInstances(events);
  const cancelledSeries = new Set(
    events.filter(e => e.replaces === undefined && e.cancelled).map(e => e.uid),
  );
  const budget: Budget = { steps: 0, occurrences: 0 };
  const entries: ScheduleEntry[] = [];
  const unresolved: UnresolvedOccurrence[] = [];
  for (const info of events) {
    const own =
      info.replaces === undefined
        ? undefined
        : instances.get(info.uid)?.get(info.replaces);
    if (
      info.cancelled ||
      cancelledSeries.has(info.uid) ||
      (own && own !== info)
    ) {
      continue;
    }
    const occurrences = expandEvent(info.event, info.where, {
      from: options.from.getTime(),
      to: options.to.getTime(),
      floating,
      budget,
      // A master skips the occurrences its instances replace; an instance replaces nothing.
      replaced: new Set(
        info.replaces === undefined ? instances.get(info.uid)?.keys() : [],
      ),
    });
    if (occurrences.length === 0) continue;
    const user = resolvePerson(info.event, options.resolveUser);
    for (const { start, end } of occurrences) {
      const iso = {
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
      };
      if (user) {
        entries.push({ user, ...iso, uid: info.uid, order: info.order });
      } else {
        const summary = info.event.getFirstPropertyValue('summary');
        unresolved.push({
          uid: info.uid,
          ...(typeof summary === 'string' ? { summary } : {}),
          start: iso.start,
        });
      }
    }
  }
  const byStart = (a: { start: string }, b: { start: string }) =>
    Date.parse(a.start) - Date.parse(b.start);
  entries.sort((a, b) => byStart(a, b) || a.order - b.order);
  unresolved.sort(byStart);
  return { entries, unresolved };
}
