// Wall-clock arithmetic in an IANA zone, shared by rotation cycles and interrupt iterations.
//
// A wall-clock reading ("Monday 09:00") is held as a luxon DateTime in UTC whose fields are
// read as local time; UTC has no daylight saving, so stepping it by a duration with luxon's
// `plus` moves the local clock by exactly that duration (PT12H: 09:00 -> 21:00 -> 09:00).
// Only turning a reading into an instant consults the zone, in `resolveWall`.

import { DateTime, Duration } from 'luxon';

/**
 * Reads the wall clock of `zone` at an instant.
 *
 * @internal
 */
export function wallAt(ms: number, zone: string): DateTime {
  return DateTime.fromMillis(ms, { zone }).setZone('utc', {
    keepLocalTime: true,
  });
}

/**
 * Turns a wall-clock reading in `zone` into an instant.
 *
 * @remarks
 * - A reading the clock shows twice (the hour repeated when clocks go back) resolves to its
 *   first occurrence, the earlier instant, so 02:30 on a fall-back night is the 02:30 before
 *   the change. luxon alone picks one depending on the current date, so the choice is made
 *   here with `getPossibleOffsets`.
 * - A reading the clock skips (clocks go forward) resolves the way luxon does: it is read with
 *   the offset in force before the change, which lands as far past the change as the reading
 *   was past its start. In Europe/Berlin 02:30 on a spring-forward night becomes 03:30 CEST.
 *   `exists` is false for such a reading.
 *
 * @internal
 */
export function resolveWall(
  wall: DateTime,
  zone: string,
): { ms: number; exists: boolean } {
  const local = wall.setZone(zone, { keepLocalTime: true });
  const ms = Math.min(...local.getPossibleOffsets().map(dt => dt.toMillis()));
  return { ms, exists: wallAt(ms, zone).toMillis() === wall.toMillis() };
}

/**
 * Boundaries `anchor + k × step` on the wall clock of a zone, for every integer k, as instants.
 *
 * @internal
 */
export class WallClockGrid {
  private readonly cache = new Map<number, number>();
  private readonly approxStepMs: number;

  constructor(
    private readonly zone: string,
    private readonly anchor: DateTime,
    private readonly step: Duration,
  ) {
    this.approxStepMs = step.toMillis();
  }

  /**
   * The instant of boundary k; never later than boundary k + 1.
   *
   * @remarks
   * A skipped reading moved forward by luxon could pass the next boundary when the step is
   * shorter than the clock's jump (Antarctica/Troll jumps two hours; Pacific/Apia skipped a
   * whole day in 2011). Such a boundary is pulled back to the next existing one, so boundaries
   * never go backwards and the step between them is empty instead of negative.
   */
  at(k: number): number {
    const cached = this.cache.get(k);
    if (cached !== undefined) {
      return cached;
    }
    const own = resolveWall(this.readingAt(k), this.zone);
    let ms = own.ms;
    if (!own.exists) {
      let next = k + 1;
      let later = resolveWall(this.readingAt(next), this.zone);
      while (!later.exists) {
        next += 1;
        later = resolveWall(this.readingAt(next), this.zone);
      }
      ms = Math.min(ms, later.ms);
    }
    this.cache.set(k, ms);
    return ms;
  }

  /** The largest k whose boundary is at or before the instant. */
  indexAt(ms: number): number {
    const elapsed = wallAt(ms, this.zone).toMillis() - this.anchor.toMillis();
    // A first guess from the average step; months and DST make it off by a little.
    let k = Math.floor(elapsed / this.approxStepMs);
    while (this.at(k) > ms) {
      k -= 1;
    }
    while (this.at(k + 1) <= ms) {
      k += 1;
    }
    return k;
  }

  private readingAt(k: number): DateTime {
    return this.anchor.plus(this.step.mapUnits(amount => amount * k));
  }
}
