import { TeamCapacity } from '@agile-ops/plugin-oncall-common';

/** The annotation on a group that gives its planned hours per iteration. */
export const CAPACITY_ANNOTATION = 'agile-ops/oncall-capacity-hours';

/**
 * Where the capacity in use comes from, in words: "240 h per iteration (6 people × 40 h), set
 * in the portal", or `undefined` when nobody has set it.
 */
export function describeCapacity(capacity: TeamCapacity): string | undefined {
  if (capacity.hoursPerIteration === null) return undefined;
  const hours = `${capacity.hoursPerIteration} h per iteration`;
  if (capacity.source === 'annotation') {
    return `${hours}, from the group annotation ${CAPACITY_ANNOTATION}`;
  }
  const split =
    capacity.people !== undefined && capacity.hoursPerPerson !== undefined
      ? ` (${capacity.people} people × ${capacity.hoursPerPerson} h)`
      : '';
  return `${hours}${split}, set in the portal`;
}
