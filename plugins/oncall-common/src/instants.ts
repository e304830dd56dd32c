import { parseInstant } from '@agile-ops/common';

/**
 * An instant as the functions of this package accept it: a `Date`, or an ISO 8601 string with a
 * time and an explicit offset or `Z` (`2026-03-30T09:00:00+02:00`, `2026-03-30T07:00:00Z`).
 *
 * @remarks
 * A string without an offset is rejected rather than read in the machine's zone, which would
 * give a browser and a server different answers. Instants come back as UTC strings in the
 * `Date.prototype.toISOString()` form, `2026-03-30T07:00:00.000Z`.
 *
 * @public
 */
export type InstantInput = string | Date;

// The suite's one rule for instants (an offset or Z, else refused) lives in @agile-ops/common.
export { parseInstant };

/**
 * Formats epoch milliseconds the one way this package hands instants out.
 *
 * @internal
 */
export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Reads and checks a window `[from, to)`.
 *
 * @internal
 */
export function parseWindow(
  from: unknown,
  to: unknown,
): { from: number; to: number } {
  const window = {
    from: parseInstant(from, 'from'),
    to: parseInstant(to, 'to'),
  };
  if (window.to <= window.from) {
    throw new RangeError('to must be after from');
  }
  return window;
}
