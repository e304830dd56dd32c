import { readSchedule, ReadScheduleOptions } from './readSchedule';
import {
  ImportedSchedule,
  resolveSchedule,
  ResolveUser,
} from './resolveSchedule';

export type { PersonCandidate } from './people';
export type {
  ImportedSchedule,
  ScheduleEntry,
  UnresolvedOccurrence,
} from './resolveSchedule';

/** Options of {@link importSchedule}. */
export interface ImportScheduleOptions extends ReadScheduleOptions {
  /** Maps a candidate to a user entity ref, or undefined when it names nobody known. */
  readonly resolveUser: ResolveUser;
}

/**
 * Reads the stretches of duty of an RFC 5545 calendar in the window `[from, to)`, on the
 * calling thread.
 *
 * @remarks
 * {@link readSchedule} parses and expands, then each occurrence goes to `entries` when
 * `resolveUser` names a user for one of its candidates, otherwise to `unresolved`. Requests
 * use `importScheduleInWorker` instead, which runs the first half in a worker thread with a
 * time limit; this synchronous form serves tests and trusted files.
 */
export function importSchedule(
  ics: string,
  options: ImportScheduleOptions,
): ImportedSchedule {
  return resolveSchedule(readSchedule(ics, options), options.resolveUser);
}
