// The part of an import that parses and expands the calendar; it runs in a worker thread
// (see importWorker.ts), so it returns plain data and names people only by their candidates.

import { IANAZone } from 'luxon';
import { DEFAULT_IMPORT_LIMITS, ImportLimits } from '../service/limits';
import { describeEvent, latestInstances } from './events';
import { Budget, expandEvent } from './expandEvent';
import { checkCharacters } from './importCaps';
import { parseCalendar } from './parseCalendar';
import { candidatesOf, PersonCandidate } from './people';
import { ianaZone } from './zones';

/** Options of {@link readSchedule}. */
export interface ReadScheduleOptions {
  /** Start of the window recurrences are expanded in. */
  readonly from: Date;
  /** End of the window, exclusive. */
  readonly to: Date;
  /** IANA zone of floating times and of dates without TZID (all-day events); defaults to `UTC`. */
  readonly timezone?: string;
  /** Caps of the import; defaults to {@link DEFAULT_IMPORT_LIMITS}. */
  readonly limits?: ImportLimits;
  /** Told the UID of each event before it is expanded, so a time-out can name it. */
  readonly onEvent?: (uid: string) => void;
}

/** One VEVENT that counts, with its occurrences (epoch milliseconds, clipped to the window). */
export interface ExpandedEvent {
  readonly uid: string;
  /** Position of its VEVENT in the file, 0-based. */
  readonly order: number;
  readonly summary?: string;
  /** The ways it names its person, in the order they are tried. */
  readonly candidates: PersonCandidate[];
  readonly occurrences: Array<{ readonly start: number; readonly end: number }>;
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
 * Parses a calendar and expands the occurrences of its events in the window `[from, to)`.
 *
 * @remarks
 * Every VEVENT yields its occurrences (DTSTART, RRULE, RDATE, less EXDATE); a RECURRENCE-ID
 * instance replaces the occurrence it names, and one with STATUS:CANCELLED removes it, as
 * does STATUS:CANCELLED on the whole series. Throws a TypeError or RangeError whose message
 * starts with `ics` for a bad calendar, and for one over a cap of `limits` (characters,
 * events, attendees of an event, recurrence steps, occurrences); the messages of the caps
 * reached while expanding name the event's UID.
 */
export function readSchedule(
  ics: string,
  options: ReadScheduleOptions,
): ExpandedEvent[] {
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  checkWindow(options.from, options.to);
  checkCharacters(ics, limits);
  const timezone = options.timezone ?? 'UTC';
  // Checked with luxon rather than oncall-common, so the worker loads only what it needs.
  if (!IANAZone.isValidZone(timezone)) {
    throw new RangeError(
      `timezone ${JSON.stringify(timezone)} is not an IANA time zone`,
    );
  }
  const floating = ianaZone(timezone);
  const components = parseCalendar(ics).flatMap(calendar =>
    calendar.getAllSubcomponents('vevent'),
  );
  if (components.length > limits.maxEvents) {
    throw new RangeError(
      `ics has ${components.length} events (VEVENT), more than the limit of ${limits.maxEvents}`,
    );
  }
  const events = components.map((event, order) =>
    describeEvent(event, order, floating),
  );
  const instances = latestInstances(events);
  const cancelledSeries = new Set(
    events.filter(e => e.replaces === undefined && e.cancelled).map(e => e.uid),
  );
  const budget: Budget = {
    steps: 0,
    occurrences: 0,
    maxSteps: limits.maxSteps,
    maxOccurrences: limits.maxOccurrences,
  };
  const expanded: ExpandedEvent[] = [];
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
    options.onEvent?.(info.uid);
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
    const summary = info.event.getFirstPropertyValue('summary');
    expanded.push({
      uid: info.uid,
      order: info.order,
      ...(typeof summary === 'string' ? { summary } : {}),
      candidates: candidatesOf(info.event, info.where, limits.maxAttendees),
      occurrences,
    });
  }
  return expanded;
}
