import {
  INTERRUPT_CATEGORIES,
  InterruptCategory,
  IterationStats,
} from '@agile-ops/plugin-oncall-common';
import { DateTime } from 'luxon';
import { dayRange } from '../calendar/calendarModel';

/** One bar of the chart: an iteration with a value per category. */
export type ShareRow = { label: string } & Record<InterruptCategory, number>;

/** What the bars measure: share of capacity when there is one, otherwise hours. */
export type ShareUnit = '%' | 'h';

/** "2 – 15 Mar 2026": the days of an iteration `[start, end)` in `zone`. */
export function iterationLabel(
  iteration: Pick<IterationStats, 'start' | 'end'>,
  zone: string,
): string {
  const start = DateTime.fromISO(iteration.start, { zone });
  const last = DateTime.fromISO(iteration.end, { zone }).minus({
    milliseconds: 1,
  });
  return dayRange(start, last);
}

/**
 * Bars stacked by category: each category's minutes as a percentage of the iteration's
 * capacity, or in hours while the team has no capacity to compare with.
 */
export function shareRows(
  iterations: IterationStats[],
  zone: string,
): { rows: ShareRow[]; unit: ShareUnit } {
  const unit: ShareUnit = iterations.some(i => i.capacityMinutes > 0)
    ? '%'
    : 'h';
  const rows = iterations.map(iteration => {
    const row = { label: iterationLabel(iteration, zone) } as ShareRow;
    for (const category of INTERRUPT_CATEGORIES) {
      const minutes = iteration.byCategory[category]?.minutes ?? 0;
      if (unit === 'h') row[category] = minutes / 60;
      else if (iteration.capacityMinutes > 0) {
        row[category] = (minutes / iteration.capacityMinutes) * 100;
      } else row[category] = 0;
    }
    return row;
  });
  return { rows, unit };
}

/** The mean share of the iterations that have a capacity, or `undefined` without any. */
export function averageShare(iterations: IterationStats[]): number | undefined {
  const shares = iterations
    .map(i => i.share)
    .filter((share): share is number => share !== null);
  if (shares.length === 0) return undefined;
  return shares.reduce((sum, share) => sum + share, 0) / shares.length;
}
