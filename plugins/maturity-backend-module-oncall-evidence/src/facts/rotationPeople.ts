import { RotationResponse, Shift } from '@agile-ops/plugin-oncall-common';
import { MAX_ITEMS } from '../limits';

const distinct = (refs: string[]) =>
  new Set(refs.map(ref => ref.toLocaleLowerCase('en-US'))).size;

/**
 * How many different people take turns on a rotation at `now`: the participants of the
 * version in force (of the first version, while the rotation has not started). An imported
 * schedule has no versions; its people are those with shifts in `shifts`, the coming weeks.
 */
export function rotationPeople(
  rotation: RotationResponse,
  now: Date,
  shifts: readonly Shift[] = [],
): number {
  const versions = rotation.versions.slice(-MAX_ITEMS);
  if (versions.length === 0) {
    return distinct(shifts.slice(0, MAX_ITEMS).map(shift => shift.user));
  }
  const inForce =
    versions.findLast(v => Date.parse(v.effectiveFrom) <= now.getTime()) ??
    versions[0];
  return distinct(inForce.participants);
}
