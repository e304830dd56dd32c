import { DateTime } from 'luxon';
import { describeValue } from './describeValue';

// The one rule for instants in every Agile Ops package: a time with an explicit offset or `Z`.
// A string without one would be read in the machine's zone, and a browser and a server would
// then disagree about when it is.
const EXPLICIT_OFFSET = /T.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * Reads an instant, a `Date` or an ISO 8601 string with a time and an offset or `Z`, into epoch
 * milliseconds; throws a TypeError (RangeError for an invalid Date) naming `field` otherwise.
 *
 * @public
 */
export function parseInstant(value: unknown, field: string): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new RangeError(`${field} is an invalid Date`);
    return ms;
  }
  if (typeof value === 'string' && EXPLICIT_OFFSET.test(value)) {
    const parsed = DateTime.fromISO(value, { setZone: true });
    if (parsed.isValid) return parsed.toMillis();
  }
  throw new TypeError(
    `${field} must be an ISO 8601 date-time with an offset or Z, got ${describeValue(
      value,
    )}`,
  );
}
