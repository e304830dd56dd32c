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

/** Parses an optional ISO 8601 instant of a query or body field, naming the field when bad. */
export function optionalInstant(
  value: string | undefined | null,
  field: string,
): Date | undefined {
  if (value === undefined || value === null) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()) || !/\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new InputError(
      `${field} must be an ISO 8601 date-time such as 2026-12-01T09:00:00Z, got "${value}"`,
    );
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

/** A required instant of a body field in the UTC form the store and the resolver use. */
export function isoField(value: string, field: string): string {
  return optionalInstant(value, field)!.toISOString();
}
