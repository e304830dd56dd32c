import ICAL from 'ical.js';
import {
  instantOf,
  readTime,
  valuesOf,
  wallOf,
  wallOfTime,
  ZoneRef,
  zoneOf,
} from './zones';

const DAY = 86_400_000;

/** A start of an occurrence. */
export interface Start {
  /** The instant. */
  readonly at: number;
  /** The same as a wall reading in the event's zone, for adding a nominal duration. */
  readonly wall: number;
  /** Its own end, for an RDATE given as a period. */
  readonly end?: number;
}

/** Length of each occurrence: `wall` ms added on the wall clock, then `exact` ms of real time. */
export interface Length {
  readonly wall: number;
  readonly exact: number;
}

/**
 * Reads the dates of one VEVENT in its zone; errors name the event and the property.
 */
export class EventReader {
  readonly zone: ZoneRef;
  readonly start: ICAL.Time;
  readonly at: number;

  constructor(
    readonly event: ICAL.Component,
    readonly where: string,
    readonly floating: ZoneRef,
  ) {
    const dtstart = event.getFirstProperty('dtstart');
    if (!dtstart) {
      throw new TypeError(`ics ${where} has no DTSTART`);
    }
    this.start = readTime(dtstart, valuesOf(dtstart, where)[0], where);
    this.zone = zoneOf(dtstart, this.start, floating, where);
    this.at = instantOf(wallOfTime(this.start), this.zone);
  }

  /** Every value of a date property, with the instant and the wall reading in the event's zone. */
  times(name: string): Array<Start & { time: ICAL.Time }> {
    return this.event.getAllProperties(name).flatMap(property =>
      valuesOf(property, this.where).map(value => {
        const period = value instanceof ICAL.Period ? value : undefined;
        const time = readTime(
          property,
          period ? period.start : value,
          this.where,
        );
        const zone = zoneOf(property, time, this.floating, this.where);
        const at = instantOf(wallOfTime(time), zone);
        const end = period
          ? instantOf(wallOfTime(period.getEnd()), zone)
          : undefined;
        return { time, at, wall: wallOf(at, this.zone), end };
      }),
    );
  }

  /**
   * How long each occurrence lasts: DTEND minus DTSTART, DURATION, or a day for an all-day
   * event; a RangeError names the event when that is not positive or not given.
   */
  length(): Length {
    const dtend = this.event.getFirstProperty('dtend');
    const durationProperty = this.event.getFirstProperty('duration');
    const duration =
      durationProperty && valuesOf(durationProperty, this.where)[0];
    if (dtend) {
      const end = readTime(dtend, valuesOf(dtend, this.where)[0], this.where);
      const zone = zoneOf(dtend, end, this.floating, this.where);
      const exact = instantOf(wallOfTime(end), zone) - this.at;
      this.requirePositive(exact, `DTEND ${end.toString()}`);
      // In the same zone the length is kept on the wall clock, so a weekly 09:00-to-09:00
      // shift still ends at 09:00 in a week with a daylight-saving change.
      return zone.key === this.zone.key
        ? { wall: wallOfTime(end) - wallOfTime(this.start), exact: 0 }
        : { wall: 0, exact };
    }
    if (duration instanceof ICAL.Duration) {
      // RFC 5545 3.3.6: weeks and days are nominal (wall clock), the rest is exact time.
      const sign = duration.isNegative ? -1 : 1;
      const wall = sign * (duration.weeks * 7 + duration.days) * DAY;
      const exact =
        sign *
        ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) *
        1000;
      this.requirePositive(wall + exact, `DURATION ${duration.toString()}`);
      return { wall, exact };
    }
    if (this.start.isDate) {
      return { wall: DAY, exact: 0 }; // RFC 5545 3.6.1: an all-day event lasts the day.
    }
    throw new RangeError(
      `ics ${this.where} has neither DTEND nor DURATION, so it covers no time`,
    );
  }

  private requirePositive(length: number, what: string): void {
    if (length <= 0) {
      throw new RangeError(
        `ics ${
          this.where
        } ends (${what}) before or when it starts (DTSTART ${this.start.toString()})`,
      );
    }
  }
}
