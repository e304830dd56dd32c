import { DateTime } from 'luxon';
import { describeValue } from './validation';

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

const EXPLICIT_OFFSET = /T.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * Reads an instant into epoch milliseconds, naming `field` when it cannot.
 *
 * @internal
 */
export function parseInstant(value: unknown, field: string): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) {
      throw new RangeError(`${field} is an invalid Date`);
    }
    return ms;
  }
  if (typeof value === 'string' && EXPLICIT_OFFSET.test(value)) {
    const parsed = DateTime.fromISO(value, { setZone: true });
    if (parsed.isValid) {
      return parsed.toMillis();
    }
  }
  throw new TypeError(
    `${field} must be an ISO 8601 date-time with an offset or Z, got ${describeValue(
      value,
    )}`,
  );
}

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
