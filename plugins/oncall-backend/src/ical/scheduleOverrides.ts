import { Override } from '@agile-ops/plugin-oncall-common';
import { createHash } from 'node:crypto';

/** An imported stretch of duty, as {@link importSchedule} returns it. */
export interface ScheduleEntryInput {
  readonly user: string;
  readonly start: string;
  readonly end: string;
  readonly uid: string;
  /** Position of its event in the file; defaults to the entry's index in the list. */
  readonly order?: number;
}

/** Options of {@link scheduleOverrides}. */
export interface ScheduleOverridesOptions {
  readonly rotationId: string;
  /** Entity ref of the user who imported the schedule. */
  readonly createdBy: string;
  /**
   * Base of the `createdAt` instants; defaults to the Unix epoch, so that every override a
   * person makes later wins over the imported schedule.
   */
  readonly createdAt?: Date | string;
}

/** The reason every imported override carries. */
export const IMPORT_REASON = 'Imported from iCal';

/**
 * Turns imported entries into overrides of a rotation without versions, so the resolver
 * computes the shifts of an imported schedule exactly like those of any rotation.
 *
 * @remarks
 * The resolver lets the override with the later `createdAt` win where overrides overlap. To
 * make the entry later in the file win, as a calendar app shows the last event on top, the
 * entries are ranked by file order (then start) and entry k of that ranking is created k
 * milliseconds after the base. Ids are derived from rotation, UID and start, so importing the
 * same file again yields the same ids, and two rotations importing one file do not collide.
 */
export function scheduleOverrides(
  entries: ReadonlyArray<ScheduleEntryInput>,
  options: ScheduleOverridesOptions,
): Override[] {
  const base = new Date(options.createdAt ?? 0).getTime();
  if (Number.isNaN(base)) {
    throw new RangeError('createdAt must be a valid instant');
  }
  const order = (index: number) => entries[index].order ?? index;
  const rank: number[] = [];
  entries
    .map((_, index) => index)
    .sort(
      (a, b) =>
        order(a) - order(b) ||
        Date.parse(entries[a].start) - Date.parse(entries[b].start),
    )
    .forEach((index, position) => {
      rank[index] = position;
    });
  const seen = new Map<string, number>();
  return entries.map((entry, index) => {
    const digest = createHash('sha256')
      .update(`${options.rotationId}\n${entry.uid}\n${entry.start}`)
      .digest('hex')
      .slice(0, 32);
    // A file may repeat an event (same UID and start); the copies still need distinct ids.
    const copies = seen.get(digest) ?? 0;
    seen.set(digest, copies + 1);
    return {
      id: copies === 0 ? `ical-${digest}` : `ical-${digest}-${copies}`,
      rotationId: options.rotationId,
      user: entry.user,
      start: entry.start,
      end: entry.end,
      reason: IMPORT_REASON,
      createdBy: options.createdBy,
      createdAt: new Date(base + rank[index]).toISOString(),
    };
  });
}
