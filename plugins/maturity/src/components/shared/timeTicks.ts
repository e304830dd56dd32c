const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Tick spacings to choose from, smallest first: each comes with the precision its labels need.
const STEPS: Array<{ ms: number; unit: 'hour' | 'day' | 'month' | 'year' }> = [
  { ms: HOUR, unit: 'hour' },
  { ms: 3 * HOUR, unit: 'hour' },
  { ms: 6 * HOUR, unit: 'hour' },
  { ms: 12 * HOUR, unit: 'hour' },
  { ms: DAY, unit: 'day' },
  { ms: 2 * DAY, unit: 'day' },
  { ms: 7 * DAY, unit: 'day' },
  { ms: 14 * DAY, unit: 'day' },
  { ms: 30 * DAY, unit: 'day' },
  { ms: 91 * DAY, unit: 'month' },
  { ms: 182 * DAY, unit: 'month' },
  { ms: 365 * DAY, unit: 'month' },
  { ms: 2 * 365 * DAY, unit: 'year' },
  { ms: 5 * 365 * DAY, unit: 'year' },
  { ms: 10 * 365 * DAY, unit: 'year' },
];

const FORMATS = {
  hour: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  day: { day: 'numeric', month: 'short' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
} as const;

/** Ticks of a time axis and the label of each, from {@link timeTicks}. */
export interface TimeTicks {
  ticks: number[];
  format: (time: number) => string;
}

/**
 * At most `maxTicks` evenly spaced ticks between `min` and `max` (epoch milliseconds), with
 * labels as precise as their spacing needs, so no two ticks read the same: hours when the
 * points lie within a day or two, days within a few months, months within a few years, years
 * beyond.
 */
export function timeTicks(min: number, max: number, maxTicks = 6): TimeTicks {
  // An empty series has no bounds (Math.min of nothing is Infinity).
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    return { ticks: [], format: time => new Date(time).toLocaleDateString() };
  }
  const span = Math.max(max - min, 0);
  const step =
    STEPS.find(s => span / s.ms <= maxTicks - 1) ?? STEPS[STEPS.length - 1];
  const count = Math.max(1, Math.floor(span / step.ms) + 1);
  const ticks = Array.from({ length: count }, (_, i) => min + i * step.ms);
  const formatter = new Intl.DateTimeFormat(undefined, FORMATS[step.unit]);
  return { ticks, format: time => formatter.format(new Date(time)) };
}
