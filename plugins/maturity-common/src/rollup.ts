// Roll-up math for one vector (or the level) over a parent's children. The backend
// computes the same figures in SQL for large scopes; this is the reference that its
// tests compare against, so every definition here must be expressible in SQL.

import { RollupRule } from './schema/openapi.generated';
import { isScore, MAX_SCORE, MIN_SCORE } from './levels';
import { isRollupRule, ROLLUP_RULES } from './rules';
import { describeValue } from '@agile-ops/common';
import { isRecord } from './validation';

/**
 * One child's value in a roll-up, with an optional weight (default 1) used by `weighted`.
 *
 * @public
 */
export interface RollupInput {
  /** The child's value, a number from 0 to 5 (a score, a level, or a child roll-up). */
  readonly value: number;
  /** Finite and \>= 0; only the `weighted` rule reads it. Defaults to 1. */
  readonly weight?: number;
}

/**
 * Counts of scores 0, 1, 2, 3, 4 and 5, index equal to score.
 *
 * @public
 */
export type ScoreDistribution = [
  number,
  number,
  number,
  number,
  number,
  number,
];

/**
 * Combines children's values into one value by the given rule.
 *
 * @remarks
 * - `mean`: arithmetic mean of the values; weights are ignored.
 * - `min`: the smallest value; weights are ignored.
 * - `weighted`: sum(weight × value) / sum(weight); children with weight 0 drop out.
 * - `p25`: the 25th percentile by {@link percentileCont}; weights are ignored.
 *
 * The result is not rounded; presentation is the caller's business.
 *
 * @returns the value, or `null` for no children (or, for `weighted`, all weights 0).
 * @throws TypeError for an unknown rule or a malformed input, RangeError for a value
 * outside 0–5 or a negative or non-finite weight; messages name the field.
 * @public
 */
export function rollUp(
  rule: RollupRule,
  values: ReadonlyArray<RollupInput>,
): number | null {
  if (!isRollupRule(rule)) {
    throw new TypeError(
      `rule must be one of ${ROLLUP_RULES.join(', ')}, got ${describeValue(
        rule,
      )}`,
    );
  }
  const children = readInputs(values);
  if (children.length === 0) {
    return null;
  }
  switch (rule) {
    case 'mean':
      return mean(children.map(c => c.value));
    case 'min':
      return minOf(children.map(c => c.value));
    case 'weighted':
      return weightedMean(children);
    case 'p25':
      return percentileCont(
        children.map(c => c.value),
        0.25,
      );
    default:
      // Unreachable after the guard above; keeps the switch exhaustive for the compiler.
      throw new TypeError(`unknown roll-up rule ${describeValue(rule)}`);
  }
}

/**
 * The continuous percentile of `values` at `fraction` (0..1), defined like
 * PostgreSQL's `percentile_cont`.
 *
 * @remarks
 * Sort ascending; the position is `(n - 1) × fraction`; the result interpolates linearly
 * between the values at the floor and the ceiling of that position. One value is its
 * own percentile. Returns `null` for an empty list.
 *
 * @public
 */
export function percentileCont(
  values: ReadonlyArray<number>,
  fraction: number,
): number | null {
  if (typeof fraction !== 'number' || !(fraction >= 0 && fraction <= 1)) {
    throw new RangeError(
      `fraction must be a number from 0 to 1, got ${describeValue(fraction)}`,
    );
  }
  values.forEach((value, index) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(
        `values[${index}] must be a finite number, got ${describeValue(value)}`,
      );
    }
  });
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  // Same expression as PostgreSQL: lo + (hi - lo) * (pos - floor(pos)).
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/**
 * Counts how many of `scores` are 0, 1, 2, 3, 4 and 5.
 *
 * @throws RangeError naming `scores[i]` when a score is not an integer 0–5.
 * @public
 */
export function distribution(scores: ReadonlyArray<number>): ScoreDistribution {
  if (!Array.isArray(scores)) {
    throw new TypeError(
      `scores must be an array, got ${describeValue(scores)}`,
    );
  }
  const counts: ScoreDistribution = [0, 0, 0, 0, 0, 0];
  scores.forEach((score: unknown, index) => {
    if (!isScore(score)) {
      throw new RangeError(
        `scores[${index}] must be an integer from ${MIN_SCORE} to ${MAX_SCORE}, got ${describeValue(
          score,
        )}`,
      );
    }
    counts[score] += 1;
  });
  return counts;
}

function mean(values: ReadonlyArray<number>): number {
  let sum = 0;
  for (const value of values) {
    sum += value;
  }
  return withinRange(sum / values.length, values);
}

function weightedMean(children: ReadonlyArray<Required<RollupInput>>) {
  let weightedSum = 0;
  let totalWeight = 0;
  const counted: number[] = [];
  for (const { value, weight } of children) {
    if (weight > 0) {
      weightedSum += value * weight;
      totalWeight += weight;
      counted.push(value);
    }
  }
  return totalWeight > 0
    ? withinRange(weightedSum / totalWeight, counted)
    : null;
}

// A (weighted) mean always lies between the smallest and largest value it averages;
// float error in decimal weights can push it a hair outside (all 5s averaging to
// 5.000000000000001), which would then show up as an impossible value.
function withinRange(result: number, values: ReadonlyArray<number>): number {
  return Math.min(Math.max(result, minOf(values)), maxOf(values));
}

// Loops rather than Math.min(...values): spreading a large scope (tens of thousands of
// children) into arguments can overflow the call stack.
function minOf(values: ReadonlyArray<number>): number {
  let result = Infinity;
  for (const value of values) {
    if (value < result) result = value;
  }
  return result;
}

function maxOf(values: ReadonlyArray<number>): number {
  let result = -Infinity;
  for (const value of values) {
    if (value > result) result = value;
  }
  return result;
}

// Validates every child up front so a bad row fails loudly instead of skewing a figure.
function readInputs(values: unknown): Array<Required<RollupInput>> {
  if (!Array.isArray(values)) {
    throw new TypeError(
      `values must be an array, got ${describeValue(values)}`,
    );
  }
  return values.map((entry: unknown, index) => {
    const field = `values[${index}]`;
    if (!isRecord(entry)) {
      throw new TypeError(
        `${field} must be an object, got ${describeValue(entry)}`,
      );
    }
    const { value, weight = 1 } = entry;
    if (typeof value !== 'number') {
      throw new TypeError(
        `${field}.value must be a number, got ${describeValue(value)}`,
      );
    }
    if (!(value >= MIN_SCORE && value <= MAX_SCORE)) {
      throw new RangeError(
        `${field}.value must be from ${MIN_SCORE} to ${MAX_SCORE}, got ${describeValue(
          value,
        )}`,
      );
    }
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new RangeError(
        `${field}.weight must be a finite number >= 0, got ${describeValue(
          weight,
        )}`,
      );
    }
    return { value, weight };
  });
}
