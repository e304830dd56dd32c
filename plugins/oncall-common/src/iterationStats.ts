import { parsePositiveDuration } from './durations';
import { InstantInput, parseInstant, parseWindow, toIso } from './instants';
import {
  INTERRUPT_CATEGORIES,
  InterruptCategory,
  isInterruptCategory,
} from './interrupts';
import { Interrupt, IterationStats } from './schema/openapi.generated';
import { validateTimezone } from './rotation';
import { describeValue } from '@agile-ops/common';
import { requireNonNegative, requireRecord } from './validation';
import { WallClockGrid, wallAt } from './wallClock';

/**
 * Iteration length used when none is given: two weeks.
 *
 * @public
 */
export const DEFAULT_ITERATION_LENGTH = 'P2W';

/**
 * How to cut time into iterations and how much planned capacity each has.
 *
 * @public
 */
export interface IterationStatsOptions {
  /** Planned working minutes of the team per iteration; 0 or more. */
  readonly capacityMinutes: number;
  /** ISO 8601 duration of one iteration, at least one hour; default `P2W`. */
  readonly iterationLength?: string;
  /** Start of any one iteration; the others follow and precede it back to back. */
  readonly anchor: InstantInput;
  /** IANA zone whose wall clock the iterations follow; default `UTC`. */
  readonly timezone?: string;
  /** Report the iterations that overlap `[from, to)`. */
  readonly from: InstantInput;
  /** End of the window, after `from`. */
  readonly to: InstantInput;
}

/**
 * The fields of an interrupt that the statistics read.
 *
 * @public
 */
export type InterruptEffort = Pick<
  Interrupt,
  'category' | 'receivedAt' | 'effortMinutes'
>;

interface Tally {
  count: number;
  minutes: number;
  byCategory: Record<InterruptCategory, { count: number; minutes: number }>;
}

function emptyTally(): Tally {
  const byCategory = Object.fromEntries(
    INTERRUPT_CATEGORIES.map(category => [category, { count: 0, minutes: 0 }]),
  ) as Tally['byCategory'];
  return { count: 0, minutes: 0, byCategory };
}

function readInterrupt(interrupt: unknown, index: number) {
  const path = `interrupts[${index}]`;
  requireRecord(interrupt, path);
  const { category, effortMinutes } = interrupt;
  if (!isInterruptCategory(category)) {
    throw new RangeError(
      `${path}.category must be one of ${INTERRUPT_CATEGORIES.join(
        ', ',
      )}, got ${describeValue(category)}`,
    );
  }
  let minutes = 0;
  if (effortMinutes !== undefined && effortMinutes !== null) {
    requireNonNegative(effortMinutes, `${path}.effortMinutes`);
    minutes = effortMinutes;
  }
  return {
    category,
    receivedAt: parseInstant(interrupt.receivedAt, `${path}.receivedAt`),
    minutes,
  };
}

/**
 * Interrupt effort per iteration against planned capacity, for the iterations that overlap
 * `[from, to)`, in order.
 *
 * @remarks
 * Iterations are whole (not clipped to the window) and step on the wall clock of `timezone`
 * like rotation shifts do, so they keep starting at the anchor's local time across daylight
 * saving. An interrupt belongs to the iteration its `receivedAt` falls in; interrupts outside
 * the reported iterations are not counted, so pass at least those received between the first
 * iteration's start and the last one's end.
 *
 * @public
 */
export function iterationStats(
  interrupts: ReadonlyArray<InterruptEffort>,
  options: IterationStatsOptions,
): IterationStats[] {
  const { capacityMinutes, timezone = 'UTC' } = options;
  requireNonNegative(capacityMinutes, 'capacityMinutes');
  validateTimezone(timezone);
  const length = parsePositiveDuration(
    options.iterationLength ?? DEFAULT_ITERATION_LENGTH,
    'iterationLength',
    'PT1H',
  );
  const anchor = parseInstant(options.anchor, 'anchor');
  const window = parseWindow(options.from, options.to);
  const grid = new WallClockGrid(timezone, wallAt(anchor, timezone), length);

  const first = grid.indexAt(window.from);
  const tallies = new Map<number, Tally>();
  for (let i = first; grid.at(i) < window.to; i += 1) {
    tallies.set(i, emptyTally());
  }
  interrupts.forEach((input, index) => {
    const interrupt = readInterrupt(input, index);
    const tally = tallies.get(grid.indexAt(interrupt.receivedAt));
    if (tally) {
      tally.count += 1;
      tally.minutes += interrupt.minutes;
      tally.byCategory[interrupt.category].count += 1;
      tally.byCategory[interrupt.category].minutes += interrupt.minutes;
    }
  });

  return [...tallies].map(([i, tally]) => ({
    start: toIso(grid.at(i)),
    end: toIso(grid.at(i + 1)),
    count: tally.count,
    interruptMinutes: tally.minutes,
    capacityMinutes,
    share: capacityMinutes === 0 ? null : tally.minutes / capacityMinutes,
    byCategory: tally.byCategory,
  }));
}
