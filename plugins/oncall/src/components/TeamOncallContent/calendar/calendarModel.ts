import { Gap, Shift } from '@agile-ops/plugin-oncall-common';
import { DateTime } from 'luxon';

// Pure layout of shifts and gaps onto calendar days of the rotation's wall clock. Days are cut
// at local midnight, so a daylight-saving day is 23 or 25 hours long, like the rotation's own
// hand-offs are.

/** The two calendar layouts. */
export type CalendarView = 'week' | 'month';

/** The days a view shows and the window of shifts to load for them. */
export interface CalendarRange {
  /** Local midnight of the first day shown. */
  from: DateTime;
  /** Local midnight after the last day shown. */
  to: DateTime;
  /** Local midnight of every day shown, Monday first. */
  days: DateTime[];
  /** What the view shows, such as "9 – 15 Mar 2026" or "March 2026". */
  title: string;
}

/** A stretch of a day: someone's shift, an override, or a gap nobody covers. */
export interface DaySegment {
  kind: 'rotation' | 'override' | 'gap';
  /** `null` for a gap. */
  user: string | null;
  start: DateTime;
  end: DateTime;
  /** The stretch began on an earlier day (or at this day's midnight). */
  startsBefore: boolean;
  /** The stretch goes on into the next day (or ends at midnight). */
  endsAfter: boolean;
}

interface Tile {
  kind: DaySegment['kind'];
  user: string | null;
  start: number;
  end: number;
}

/** The days to show for `view` around the local date of `anchor` (a DateTime in the zone). */
export function calendarRange(
  view: CalendarView,
  anchor: DateTime,
): CalendarRange {
  const start =
    view === 'week'
      ? anchor.startOf('week')
      : anchor.startOf('month').startOf('week');
  const to =
    view === 'week'
      ? start.plus({ weeks: 1 })
      : anchor.endOf('month').startOf('week').plus({ weeks: 1 });
  const days: DateTime[] = [];
  for (let day = start; day < to; day = day.plus({ days: 1 })) {
    days.push(day);
  }
  const last = to.minus({ days: 1 });
  const title =
    view === 'month' ? anchor.toFormat('LLLL yyyy') : dayRange(start, last);
  return { from: start, to, days, title };
}

/** "9 – 15 Mar 2026", "30 Mar – 5 Apr 2026" or "29 Dec 2025 – 4 Jan 2026". */
export function dayRange(first: DateTime, last: DateTime): string {
  let format = 'd LLL yyyy';
  if (first.hasSame(last, 'month')) format = 'd';
  else if (first.hasSame(last, 'year')) format = 'd LLL';
  return `${first.toFormat(format)} – ${last.toFormat('d LLL yyyy')}`;
}

/** The anchor one week or month before (`-1`) or after (`1`) `anchor`. */
export function stepAnchor(
  view: CalendarView,
  anchor: DateTime,
  direction: 1 | -1,
): DateTime {
  return view === 'week'
    ? anchor.plus({ weeks: direction })
    : anchor.plus({ months: direction });
}

/**
 * Shifts and gaps as one list in start order, with neighbouring pieces of the same person and
 * kind joined (the backend cuts shifts where a rotation version changes; the calendar need not).
 */
export function toTiles(shifts: Shift[], gaps: Gap[]): Tile[] {
  const tiles: Tile[] = [
    ...shifts.map(shift => ({
      kind: shift.source,
      user: shift.user,
      start: Date.parse(shift.start),
      end: Date.parse(shift.end),
    })),
    ...gaps.map(gap => ({
      kind: 'gap' as const,
      user: null,
      start: Date.parse(gap.start),
      end: Date.parse(gap.end),
    })),
  ].sort((a, b) => a.start - b.start);
  const joined: Tile[] = [];
  for (const tile of tiles) {
    const last = joined[joined.length - 1];
    if (
      last &&
      last.end === tile.start &&
      last.user === tile.user &&
      last.kind === tile.kind
    ) {
      last.end = tile.end;
    } else {
      joined.push({ ...tile });
    }
  }
  return joined;
}

/** The stretches of the day starting at local midnight `day`, in order. */
export function segmentsOfDay(tiles: Tile[], day: DateTime): DaySegment[] {
  const dayStart = day.toMillis();
  const dayEnd = day.plus({ days: 1 }).toMillis();
  return tiles
    .filter(tile => tile.start < dayEnd && tile.end > dayStart)
    .map(tile => ({
      kind: tile.kind,
      user: tile.user,
      start: DateTime.fromMillis(Math.max(tile.start, dayStart), {
        zone: day.zone,
      }),
      end: DateTime.fromMillis(Math.min(tile.end, dayEnd), { zone: day.zone }),
      startsBefore: tile.start <= dayStart,
      endsAfter: tile.end >= dayEnd,
    }));
}

/** When in the day a segment runs, in words: "all day", "until 09:00", "10:00–14:00". */
export function describeWhen(segment: DaySegment): string {
  const from = segment.start.toFormat('HH:mm');
  const until = segment.end.toFormat('HH:mm');
  if (segment.startsBefore && segment.endsAfter) return 'all day';
  if (segment.startsBefore) return `until ${until}`;
  if (segment.endsAfter) return `from ${from}`;
  return `${from}–${until}`;
}

/** The share of the day a segment takes, for drawing it to scale. */
export function dayFraction(segment: DaySegment, day: DateTime): number {
  const length = day.plus({ days: 1 }).toMillis() - day.toMillis();
  return (segment.end.toMillis() - segment.start.toMillis()) / length;
}
