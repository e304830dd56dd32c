import { InputError } from '@backstage/errors';
import { MAX_WINDOW_DAYS } from './limits';

/**
 * Runs a validation from `@agile-ops/plugin-oncall-common` and turns its TypeError or RangeError
 * (whose message names the field) into an InputError, which the router answers with a 400.
 */
export function validated<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) {
      throw new InputError(error.message);
    }
    throw error;
  }
}

/**
 * Reads an optional instant of a query or body field as a Date. The router has checked its
 * format (an ISO 8601 date-time with an offset); that check looks at the digits only, so a date
 * no calendar has, such as the 39th of a month, is refused here, naming the field.
 */
export function optionalInstant(
  value: string | undefined | null,
  field: string,
): Date | undefined {
  if (value === undefined || value === null) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new InputError(`${field} is not a real date-time: "${value}"`);
  }
  return date;
}

/**
 * A window `[from, to)` from query fields, with defaults and a cap on its length
 * ({@link MAX_WINDOW_DAYS} unless given), so no query makes the resolver walk years of shifts.
 */
export function queryWindow(
  query: { from?: string; to?: string },
  defaults: { from: Date; to: Date },
  maxDays = MAX_WINDOW_DAYS,
): { from: Date; to: Date } {
  const from = optionalInstant(query.from, 'from') ?? defaults.from;
  const to =
    optionalInstant(query.to, 'to') ??
    (query.from
      ? new Date(
          from.getTime() + (defaults.to.getTime() - defaults.from.getTime()),
        )
      : defaults.to);
  if (to <= from) throw new InputError('to must be after from');
  if (to.getTime() - from.getTime() > maxDays * 86_400_000) {
    throw new InputError(`to must be at most ${maxDays} days after from`);
  }
  return { from, to };
}

/** Reads a required instant of a body field; see {@link optionalInstant}. */
export function instantField(value: string, field: string): Date {
  return optionalInstant(value, field)!;
}
