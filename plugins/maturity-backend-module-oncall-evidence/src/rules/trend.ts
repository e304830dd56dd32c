/** Which way a figure has gone over the last iterations. */
export type Trend = 'rising' | 'falling' | 'steady';

/** Iterations a trend needs: the latest and at least two before it to compare with. */
export const TREND_MIN_ITERATIONS = 3;

const EPSILON = 1e-9;

/**
 * The trend of a series, oldest first: the latest value against the mean of the ones before
 * it; `rising` or `falling` when it differs by at least `margin`, else `steady`. Undefined
 * with fewer than {@link TREND_MIN_ITERATIONS} values, where one odd iteration would decide.
 */
export function trendOf(
  values: readonly number[],
  margin: number,
): Trend | undefined {
  if (values.length < TREND_MIN_ITERATIONS) return undefined;
  const latest = values[values.length - 1];
  const earlier = values.slice(0, -1);
  const mean = earlier.reduce((sum, v) => sum + v, 0) / earlier.length;
  // Shares are fractions; without the tolerance 35 % against 30 % would miss a margin of 5.
  if (latest - mean >= margin - EPSILON) return 'rising';
  if (mean - latest >= margin - EPSILON) return 'falling';
  return 'steady';
}

/**
 * A base score moved by the trend of a load (more load is worse): one down when it rises, one
 * up when it falls, kept within `[1, 3]`, the range these facts can support.
 */
export function adjustForTrend(score: number, trend: Trend | undefined) {
  if (trend === 'rising') return Math.max(1, score - 1);
  if (trend === 'falling') return Math.min(3, score + 1);
  return score;
}

/**
 * The reason a rising or falling trend gives, e.g. `the interrupt share is rising (…), which
 * takes one off (not below 1): 1`.
 */
export function trendReason(
  trend: Exclude<Trend, 'steady'>,
  what: string,
  detail: string,
  score: number,
) {
  const effect =
    trend === 'rising'
      ? 'takes one off (not below 1)'
      : 'adds one (not above 3)';
  return `the ${what} is ${trend} (${detail}), which ${effect}: ${score}`;
}
