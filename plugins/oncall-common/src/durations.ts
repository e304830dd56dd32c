import { Duration } from 'luxon';
import { describeValue } from '@agile-ops/common';

/**
 * Reads an ISO 8601 duration (`P1W`, `P1D`, `PT12H`, `P1DT12H`) made of whole, non-negative
 * numbers with at least one of them above zero.
 *
 * @remarks
 * Fractions are refused because a half day or a tenth of a month has no single meaning on a
 * wall clock. `minimum` (an ISO duration) rejects lengths that are positive but too short to be
 * useful; it is compared with luxon's casual conversion (a month is 30 days).
 *
 * @internal
 */
export function parsePositiveDuration(
  value: unknown,
  field: string,
  minimum?: string,
): Duration {
  const duration =
    typeof value === 'string' ? Duration.fromISO(value) : undefined;
  const amounts = duration?.isValid
    ? Object.values(duration.toObject()).filter(
        (amount): amount is number => amount !== undefined,
      )
    : [];
  const wellFormed =
    amounts.length > 0 &&
    amounts.every(amount => Number.isInteger(amount) && amount >= 0) &&
    amounts.some(amount => amount > 0);
  if (!duration || !wellFormed) {
    throw new RangeError(
      `${field} must be a positive ISO 8601 duration in whole units such as "P1W", "P1D" or "PT12H", got ${describeValue(
        value,
      )}`,
    );
  }
  if (minimum && duration.toMillis() < Duration.fromISO(minimum).toMillis()) {
    throw new RangeError(
      `${field} must be at least ${minimum}, got ${describeValue(value)}`,
    );
  }
  return duration;
}
