// Turning iCal wall-clock readings into instants and back.
//
// A "wall" value is a local reading (year … second) stored as the epoch milliseconds the same
// reading would have in UTC, so that wall-clock arithmetic is plain addition.

import ICAL from 'ical.js';
import { IANAZone } from 'luxon';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The zone a date-time is read in: UTC (`Z`), a VTIMEZONE defined in the file, or an IANA zone
 * (a TZID that the file does not define, or the import's zone for floating times and dates).
 */
export type ZoneRef =
  | { readonly kind: 'utc'; readonly key: string }
  | {
      readonly kind: 'iana';
      readonly key: string;
      /** Offset from UTC in milliseconds at an instant. */
      readonly offset: (at: number) => number;
    }
  | {
      readonly kind: 'vtimezone';
      readonly key: string;
      readonly zone: ICAL.Timezone;
    };

/** The UTC zone. */
export const UTC: ZoneRef = { kind: 'utc', key: 'utc' };

const QUARTER_HOUR = 15 * MINUTE;
const CACHED_QUARTERS = 100_000;

/**
 * An IANA zone by name (the name must be valid), with its offsets cached per quarter hour.
 *
 * @remarks
 * luxon asks Intl for every offset, which under Jest costs tens of microseconds; a
 * `FREQ=MINUTELY` rule asks for hundreds of thousands. Offsets change at most once in a
 * quarter hour and on quarter-hour boundaries in every zone since the 1970s, so a quarter
 * whose first and last millisecond share an offset has it throughout; other quarters (an old
 * local-mean-time change at an odd second) are asked for instant by instant.
 */
export function ianaZone(name: string): ZoneRef {
  const zone = IANAZone.create(name);
  const cache = new Map<number, number>();
  const offset = (at: number) => {
    const quarter = Math.floor(at / QUARTER_HOUR);
    let known = cache.get(quarter);
    if (known === undefined) {
      const first = zone.offset(quarter * QUARTER_HOUR);
      const last = zone.offset((quarter + 1) * QUARTER_HOUR - 1);
      known = first === last ? first * MINUTE : NaN;
      if (cache.size >= CACHED_QUARTERS) cache.clear();
      cache.set(quarter, known);
    }
    return Number.isNaN(known) ? zone.offset(at) * MINUTE : known;
  };
  return { kind: 'iana', key: `iana:${name}`, offset };
}

/**
 * The zone of a date-time property value, or a RangeError naming the event when its TZID is
 * neither defined in the file nor an IANA zone.
 */
export function zoneOf(
  property: ICAL.Property,
  time: ICAL.Time,
  floating: ZoneRef,
  where: string,
): ZoneRef {
  const tzid = property.getParameter('tzid');
  if (time.zone === ICAL.Timezone.utcTimezone) {
    return UTC;
  }
  if (typeof tzid !== 'string') {
    // Floating times and dates are the same wall reading in every zone (RFC 5545 3.3.12), so
    // they are read in the zone the schedule is imported for.
    return floating;
  }
  // RFC 5545 makes the file's VTIMEZONE authoritative over anything known by the same name.
  // It is looked up here rather than taken from the value, as ical.js attaches none to a DATE
  // (which should have no TZID, but some tools write one).
  const defined = property.parent?.getTimeZoneByID(tzid);
  if (defined) {
    return { kind: 'vtimezone', key: `vtimezone:${tzid}`, zone: defined };
  }
  if (IANAZone.isValidZone(tzid)) {
    return ianaZone(tzid);
  }
  throw new RangeError(
    `ics ${where}: TZID "${tzid}" is neither defined by a VTIMEZONE in the file nor an IANA time zone`,
  );
}

/** The wall reading of an ical.js time, or NaN when the value was not a valid date. */
export function wallOfTime(time: ICAL.Time): number {
  const { year, month, day, hour, minute, second } = time;
  if (year >= 100) {
    return Date.UTC(year, month - 1, day, hour, minute, second);
  }
  // Date.UTC reads years 0 to 99 as 1900 to 1999; setUTCFullYear keeps them.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.setUTCHours(hour, minute, second, 0);
}

/**
 * The parsed values of a property; ical.js parses values only when asked and then throws
 * errors that name neither the event nor the property.
 */
export function valuesOf(property: ICAL.Property, where: string): unknown[] {
  try {
    return property.getValues();
  } catch (error) {
    throw new RangeError(
      `ics ${where}: ${property.name.toUpperCase()} is not valid: ${
        (error as Error).message
      }`,
    );
  }
}

/**
 * A date-time property value checked to be a real date, or a RangeError quoting the property;
 * ical.js parses values lazily and turns a malformed one into NaN fields instead of failing.
 */
export function readTime(
  property: ICAL.Property,
  value: unknown,
  where: string,
): ICAL.Time {
  const time = value as ICAL.Time;
  if (!(time instanceof ICAL.Time) || Number.isNaN(wallOfTime(time))) {
    throw new RangeError(
      `ics ${where}: ${property.toICALString()} is not a valid date or date-time`,
    );
  }
  return time;
}

function timeOfWall(wall: number, zone: ICAL.Timezone): ICAL.Time {
  const date = new Date(wall);
  return new ICAL.Time(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
      isDate: false,
    },
    zone,
  );
}

/**
 * The instant of a wall reading in a zone.
 *
 * @remarks
 * For IANA zones this follows the rules of oncall-common, so imported times and rotation
 * hand-offs agree: a repeated reading (clocks go back) is its first occurrence, a skipped one
 * (clocks go forward) is read with the offset in force before the change.
 */
export function instantOf(wall: number, zone: ZoneRef): number {
  if (zone.kind === 'utc') {
    return wall;
  }
  if (zone.kind === 'vtimezone') {
    return timeOfWall(wall, zone.zone).toUnixTime() * 1000;
  }
  const { offset } = zone;
  // The offsets a day either side are the candidates; a reading is valid with an offset when
  // that offset is the one in force at the resulting instant.
  const before = wall - offset(wall - DAY);
  const after = wall - offset(wall + DAY);
  const valid = [before, after].filter(at => at + offset(at) === wall);
  return valid.length > 0 ? Math.min(...valid) : before;
}

/** The wall reading of an instant in a zone. */
export function wallOf(instant: number, zone: ZoneRef): number {
  if (zone.kind === 'utc') {
    return instant;
  }
  if (zone.kind === 'vtimezone') {
    const utc = ICAL.Time.fromJSDate(new Date(instant), true);
    return wallOfTime(utc.convertToZone(zone.zone));
  }
  return instant + zone.offset(instant);
}
