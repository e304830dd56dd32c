// The occurrences of one VEVENT: DTSTART, RRULE and RDATE, less EXDATE and replaced instances.

import ICAL from 'ical.js';
import { EventReader, Start } from './eventReader';
import { instantOf, valuesOf, wallOfTime, ZoneRef } from './zones';

const DAY = 86_400_000;

// A skipped local hour (or day, Pacific/Apia 2011) can put a later reading at an earlier instant,
// so iteration runs a little past the window before it stops.
const OVERRUN = 2 * DAY;

/**
 * Shared across the events of a file so the caps hold for the whole import; the caps are
 * `ImportLimits.maxSteps` and `maxOccurrences`.
 */
export interface Budget {
  steps: number;
  occurrences: number;
  readonly maxSteps: number;
  readonly maxOccurrences: number;
}

/** Where and how to expand. */
export interface ExpandContext {
  readonly from: number;
  readonly to: number;
  /** Zone of floating times and of dates without TZID. */
  readonly floating: ZoneRef;
  readonly budget: Budget;
  /** Instants of occurrences replaced or cancelled by RECURRENCE-ID instances. */
  readonly replaced: ReadonlySet<number>;
}

/** One stretch of an event, clipped to the window. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
}

function spend(budget: Budget, where: string): void {
  budget.steps += 1;
  if (budget.steps > budget.maxSteps) {
    throw new RangeError(
      `ics needs more than ${budget.maxSteps} recurrence steps (${where} repeats too often or started too long before the window)`,
    );
  }
}

/** Calls `add` with each start of the RRULEs until UNTIL, COUNT or the end of the window. */
function ruleStarts(
  reader: EventReader,
  context: ExpandContext,
  add: (start: Start) => void,
): void {
  for (const property of reader.event.getAllProperties('rrule')) {
    const rule = (valuesOf(property, reader.where)[0] as ICAL.Recur).clone();
    // UNTIL is compared here rather than by ical.js, which compares a time in a zone it does
    // not know (an IANA TZID without VTIMEZONE) as if it were UTC.
    const written = rule.toString();
    const until = rule.until;
    rule.until = null;
    const limit = until ? wallOfTime(until) : NaN;
    // ical.js checks a rule's parts only when it expands it, with plain Errors.
    const expand = <T>(step: () => T): T => {
      try {
        return step();
      } catch (error) {
        throw new RangeError(
          `ics ${reader.where}: RRULE ${written} cannot be expanded: ${
            (error as Error).message
          }`,
        );
      }
    };
    const iterator = expand(() => rule.iterator(reader.start));
    for (
      let next = expand(() => iterator.next());
      next;
      next = expand(() => iterator.next())
    ) {
      spend(context.budget, reader.where);
      const wall = wallOfTime(next);
      const at = instantOf(wall, reader.zone);
      // A DATE UNTIL includes its whole day; a UTC one is an instant; a floating one (which
      // RFC 5545 allows with a floating DTSTART) is a reading on the event's wall clock.
      let past = false;
      if (until?.isDate) {
        past = wall >= limit + DAY;
      } else if (until) {
        past =
          until.zone === ICAL.Timezone.utcTimezone ? at > limit : wall > limit;
      }
      if (past || at >= context.to + OVERRUN) {
        break;
      }
      add({ at, wall });
    }
  }
}

/**
 * The occurrences of an event that overlap `[from, to)`, clipped to it.
 *
 * @remarks
 * Times with a TZID follow the file's VTIMEZONE or, without one, the IANA zone of that name;
 * floating times and dates without TZID follow `context.floating`. An EXDATE given as a date
 * removes every occurrence on that local date. Throws a RangeError naming the event when it
 * ends before it starts, and when the file exceeds the budget's occurrences or steps; ical.js
 * may loop inside one step (a rule that never matches), which only the worker's time limit
 * bounds.
 */
export function expandEvent(
  event: ICAL.Component,
  where: string,
  context: ExpandContext,
): Occurrence[] {
  const reader = new EventReader(event, where, context.floating);
  const length = reader.length();
  const excluded = reader.times('exdate');
  const exInstants = new Set(
    excluded.filter(x => !x.time.isDate).map(x => x.at),
  );
  const exDays = new Set(
    excluded
      .filter(x => x.time.isDate)
      .map(x => Math.floor(wallOfTime(x.time) / DAY)),
  );
  const seen = new Set<number>();
  const occurrences: Occurrence[] = [];
  // Occurrences are counted as they come, so a rule that floods the window stops early.
  const add = (start: Start) => {
    // DTSTART is always an occurrence (RFC 5545 3.8.5.3); RRULE and RDATE may repeat it.
    if (seen.has(start.at)) return;
    seen.add(start.at);
    if (
      context.replaced.has(start.at) ||
      exInstants.has(start.at) ||
      exDays.has(Math.floor(start.wall / DAY))
    ) {
      return;
    }
    const end =
      start.end ??
      instantOf(start.wall + length.wall, reader.zone) + length.exact;
    const clipped = {
      start: Math.max(start.at, context.from),
      end: Math.min(end, context.to),
    };
    // An occurrence squeezed to nothing by a skipped local hour covers no time.
    if (clipped.start >= clipped.end) return;
    context.budget.occurrences += 1;
    if (context.budget.occurrences > context.budget.maxOccurrences) {
      throw new RangeError(
        `ics has more than ${context.budget.maxOccurrences} occurrences in the window (reached in ${reader.where})`,
      );
    }
    occurrences.push(clipped);
  };
  add({ at: reader.at, wall: wallOfTime(reader.start) });
  reader.times('rdate').forEach(add);
  ruleStarts(reader, context, add);
  return occurrences;
}
