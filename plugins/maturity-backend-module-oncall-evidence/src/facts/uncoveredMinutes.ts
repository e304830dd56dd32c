import { MAX_ITEMS } from '../limits';

/** A stretch of time `[start, end)` as the on-call API writes it. */
export interface TimeSpan {
  start: string;
  end: string;
}

type Span = [number, number];

const MINUTE = 60_000;

/** The spans of a list that overlap `[from, to)`, clipped to it, in order. */
function clipped(spans: readonly TimeSpan[], from: number, to: number): Span[] {
  return spans
    .slice(0, MAX_ITEMS)
    .map(
      (s): Span => [
        Math.max(Date.parse(s.start), from),
        Math.min(Date.parse(s.end), to),
      ],
    )
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
}

/** The time two ordered lists of disjoint spans share, walking both once. */
function intersect(a: Span[], b: Span[]): Span[] {
  const shared: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0]);
    const end = Math.min(a[i][1], b[j][1]);
    if (end > start) shared.push([start, end]);
    if (a[i][1] < b[j][1]) i += 1;
    else j += 1;
  }
  return shared;
}

/**
 * Minutes of `[from, to)` that lie in a gap of every list given, i.e. that none of the
 * rotations whose gaps these are covers. With one list, the minutes of its gaps in the window.
 * Gaps of one rotation do not overlap (the on-call API tiles the window with shifts and gaps).
 */
export function uncoveredMinutes(
  gapLists: ReadonlyArray<readonly TimeSpan[]>,
  from: Date,
  to: Date,
): number {
  const start = from.getTime();
  const end = to.getTime();
  let uncovered: Span[] = end > start ? [[start, end]] : [];
  for (const gaps of gapLists.slice(0, MAX_ITEMS)) {
    uncovered = intersect(uncovered, clipped(gaps, start, end));
  }
  const ms = uncovered.reduce((sum, [s, e]) => sum + (e - s), 0);
  return ms / MINUTE;
}
