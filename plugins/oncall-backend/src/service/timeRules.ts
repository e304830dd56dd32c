import { InputError } from '@backstage/errors';

/**
 * How far an instant meant as "now" may lag behind the server's clock: forms take times to the
 * minute, people take a while to submit them, and laptops' clocks run a little behind, so
 * "this minute" a few minutes ago still means now, not the past.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Checks that a change takes effect from now at the earliest, because who was on duty in the
 * past is a record, not a plan. An instant within {@link CLOCK_SKEW_MS} before `now` counts as
 * `now`; an earlier one is an InputError naming the field.
 */
export function fromNowOn(at: Date, now: Date, field: string): Date {
  if (at.getTime() >= now.getTime()) return at;
  if (now.getTime() - at.getTime() <= CLOCK_SKEW_MS) return now;
  throw new InputError(
    `${field} ${at.toISOString()} is in the past: changes take effect from now (${now.toISOString()}) on, and the past keeps what was in force then`,
  );
}
