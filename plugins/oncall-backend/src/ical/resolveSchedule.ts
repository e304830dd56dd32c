// The part of an import that runs on the main thread: it names users, which needs the catalog
// index there, and never touches the iCal parser.

import type { PersonCandidate } from './people';
import type { ExpandedEvent } from './readSchedule';

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

/** What an import read from a calendar. */
export interface ImportedSchedule {
  /** Sorted by start, then by file order. */
  readonly entries: ScheduleEntry[];
  /** Sorted by start. */
  readonly unresolved: UnresolvedOccurrence[];
}

/** Maps a candidate to a user entity ref, or undefined when it names nobody known. */
export type ResolveUser = (candidate: PersonCandidate) => string | undefined;

/**
 * Names the person of each expanded event, the first candidate `resolveUser` knows, and
 * lists its occurrences as entries, or as unresolved when no candidate names a user.
 */
export function resolveSchedule(
  events: ReadonlyArray<ExpandedEvent>,
  resolveUser: ResolveUser,
): ImportedSchedule {
  const entries: ScheduleEntry[] = [];
  const unresolved: UnresolvedOccurrence[] = [];
  for (const event of events) {
    let user: string | undefined;
    for (const candidate of event.candidates) {
      user = resolveUser(candidate);
      if (user) break;
    }
    for (const occurrence of event.occurrences) {
      const start = new Date(occurrence.start).toISOString();
      if (user) {
        const end = new Date(occurrence.end).toISOString();
        entries.push({ user, start, end, uid: event.uid, order: event.order });
      } else {
        unresolved.push({
          uid: event.uid,
          ...(event.summary === undefined ? {} : { summary: event.summary }),
          start,
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
