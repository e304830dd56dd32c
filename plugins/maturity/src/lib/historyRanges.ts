/** The time windows offered above history charts. */
export const HISTORY_RANGES = [
  { id: '30d', label: '30 days', days: 30 },
  { id: '90d', label: '90 days', days: 90 },
  { id: '1y', label: '1 year', days: 365 },
  { id: 'all', label: 'All', days: undefined },
] as const;

/** The id of one history window. */
export type HistoryRangeId = (typeof HISTORY_RANGES)[number]['id'];

/** The start of a window ending now, or undefined for "all". */
export function rangeStart(
  id: HistoryRangeId,
  now = Date.now(),
): Date | undefined {
  const range = HISTORY_RANGES.find(r => r.id === id);
  return range?.days === undefined
    ? undefined
    : new Date(now - range.days * 24 * 60 * 60 * 1000);
}

/**
 * The points of a step series inside a window. The last point before the window starts is
 * carried to the window's start, so the line begins with the value in force then.
 */
export function clipSteps<T extends { time: number }>(
  points: readonly T[],
  start: Date | undefined,
): T[] {
  if (!start) return [...points];
  const from = start.getTime();
  const before = points.filter(p => p.time < from);
  const inside = points.filter(p => p.time >= from);
  const carried = before[before.length - 1];
  // A point exactly at the start already says what held then.
  if (!carried || inside[0]?.time === from) return inside;
  return [{ ...carried, time: from }, ...inside];
}
