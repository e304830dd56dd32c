import { DateTime, DurationLike } from 'luxon';
import { TimeWindow } from '../../../api/OncallApi';

// Every time shown or entered in the tab goes through here, so tests can pin luxon's
// `Settings.now` and `Settings.defaultZone` and get the same answers on any machine.

/** The format of a `datetime-local` input's value. */
export const LOCAL_INPUT_FORMAT = "yyyy-MM-dd'T'HH:mm";

/** The IANA zone of the person looking at the page. */
export function viewerZone(): string {
  return DateTime.local().zoneName ?? 'UTC';
}

/** Now, as the UTC ISO string the API expects. */
export function nowIso(): string {
  return DateTime.now().toUTC().toISO()!;
}

/** The API's time window from one instant to another. */
export function timeWindow(from: DateTime, to: DateTime): TimeWindow {
  return { from: from.toUTC().toISO()!, to: to.toUTC().toISO()! };
}

/** The time window from now until `duration` ahead, such as the coming four weeks. */
export function windowAhead(duration: DurationLike): TimeWindow {
  const now = DateTime.utc();
  return timeWindow(now, now.plus(duration));
}

/** The time window from `duration` ago until now, such as the last twelve weeks. */
export function windowBack(duration: DurationLike): TimeWindow {
  const now = DateTime.utc();
  return timeWindow(now.minus(duration), now);
}

/** An instant of the API on the wall clock of `zone`. */
export function inZone(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
}

/** Formats an instant on the wall clock of `zone`, such as "Mon 9 Mar, 09:00". */
export function formatInstant(
  iso: string,
  zone: string,
  format = 'ccc d LLL, HH:mm',
): string {
  return inZone(iso, zone).toFormat(format);
}

/** The value of a `datetime-local` input showing `time` on its own zone's wall clock. */
export function toLocalInput(time: DateTime): string {
  return time.toFormat(LOCAL_INPUT_FORMAT);
}

/**
 * Reads a `datetime-local` value as wall-clock time in `zone` and returns the UTC instant, or
 * `undefined` when it is empty or not a valid time.
 */
export function fromLocalInput(
  value: string,
  zone: string,
): string | undefined {
  if (!value) return undefined;
  const time = DateTime.fromISO(value, { zone });
  return time.isValid ? time.toUTC().toISO()! : undefined;
}
