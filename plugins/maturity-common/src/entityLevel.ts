// Turns one entity's vector scores into a single level. Pure and synchronous so the
// backend, the frontend and tests all share exactly this implementation.

import {
  EntityLevel,
  EntityLevelRule,
  VectorId,
} from './schema/openapi.generated';
import { isScore, MAX_SCORE, MaturityLevelValue, MIN_SCORE } from './levels';
import {
  DEFAULT_ENTITY_LEVEL_RULE,
  ENTITY_LEVEL_RULES,
  isEntityLevelRule,
} from './rules';
import { compareVectorIds, isVectorId, VECTOR_IDS } from './vectors';
import { describeValue } from '@agile-ops/common';
import { isRecord } from './validation';

/**
 * The share of the 15 vectors that must be scored before an entity gets a level,
 * when config does not say otherwise.
 *
 * @public
 */
export const DEFAULT_MIN_COVERAGE = 0.6;

// Weights come from config as decimals (0.1, 0.2, 0.7) that binary floating point cannot
// represent exactly, so a weighted mean that is exactly 3 on paper can come out as
// 2.9999999999999996. Anything within this distance below an integer counts as that
// integer. Scores are integers 0..5, so a genuine mean that close to an integer would
// need weights about nine orders of magnitude apart — not a realistic config.
const FLOOR_TOLERANCE = 1e-9;

/**
 * One vector's score as input to {@link computeEntityLevel}; `null` means unscored.
 *
 * @public
 */
export interface VectorScoreInput {
  /** The vector scored. */
  readonly vector: VectorId;
  /** An integer 0–5, or `null` when the vector has no score. */
  readonly score: number | null;
}

/**
 * Options for {@link computeEntityLevel}.
 *
 * @public
 */
export interface EntityLevelOptions {
  /** The rule to apply; `mean` when omitted. */
  readonly rule?: EntityLevelRule;
  /**
   * The share of all 15 vectors (0..1) that must be scored for the entity to be rated;
   * {@link DEFAULT_MIN_COVERAGE} when omitted. Reaching it exactly counts as rated.
   */
  readonly minCoverage?: number;
  /**
   * Per-vector weights (finite, \>= 0) for the `mean` rule; unlisted vectors weigh 1.
   * A weight of 0 leaves the vector out of the level under both rules.
   */
  readonly weights?: Partial<Record<VectorId, number>>;
}

interface CountedScore {
  vector: VectorId;
  score: number;
  weight: number;
}

/**
 * Computes an entity's level from its vector scores.
 *
 * @remarks
 * Vectors missing from `scores` or given `score: null` are unscored. The entity is
 * unrated (`value: null`) when coverage is below `minCoverage` or when no scored vector
 * has a positive weight.
 *
 * - `mean`: the floor of the weighted mean of the counted scores.
 * - `weakest-link`: the lowest counted score.
 *
 * `pulledDownBy` lists counted vectors, lowest score first and ties in canonical vector
 * order: under `mean` those scoring below the level; under `weakest-link` those at the
 * minimum, unless every counted vector has the same score (then nothing is singled out).
 *
 * @throws TypeError for a malformed input, an unknown vector, or a vector given twice.
 * @throws RangeError for a score that is not an integer 0–5, a negative or non-finite
 * weight, or a `minCoverage` outside 0..1.
 * @public
 */
export function computeEntityLevel(
  scores: ReadonlyArray<VectorScoreInput>,
  options: EntityLevelOptions = {},
): EntityLevel {
  if (!isRecord(options)) {
    throw new TypeError(
      `options must be an object, got ${describeValue(options)}`,
    );
  }
  const rule = readRule(options.rule);
  const minCoverage = readMinCoverage(options.minCoverage);
  const weights = readWeights(options.weights);
  const scored = readScores(scores);

  const coverage = scored.length / VECTOR_IDS.length;
  const counted: CountedScore[] = scored
    .map(({ vector, score }) => ({
      vector,
      score,
      weight: weights.get(vector) ?? 1,
    }))
    .filter(entry => entry.weight > 0);

  // Compare counts rather than ratios so that a threshold of exactly 9/15 is met by 9
  // scored vectors even if `0.6 * 15` were to land a hair above 9.
  const required = minCoverage * VECTOR_IDS.length - FLOOR_TOLERANCE;
  if (counted.length === 0 || scored.length < required) {
    return { value: null, rule, coverage, pulledDownBy: [] };
  }

  // Lowest score first, then canonical order, so the result never depends on input order.
  counted.sort(
    (a, b) => a.score - b.score || compareVectorIds(a.vector, b.vector),
  );

  if (rule === 'weakest-link') {
    const lowest = counted[0].score;
    const highest = counted[counted.length - 1].score;
    const pulledDownBy =
      lowest < highest
        ? counted.filter(e => e.score === lowest).map(e => e.vector)
        : [];
    return {
      value: lowest as MaturityLevelValue,
      rule,
      coverage,
      pulledDownBy,
    };
  }

  const value = floorWeightedMean(counted);
  const pulledDownBy = counted.filter(e => e.score < value).map(e => e.vector);
  return { value, rule, coverage, pulledDownBy };
}

function floorWeightedMean(counted: ReadonlyArray<CountedScore>) {
  let weightedSum = 0;
  let totalWeight = 0;
  for (const { score, weight } of counted) {
    weightedSum += score * weight;
    totalWeight += weight;
  }
  const floored = Math.floor(weightedSum / totalWeight + FLOOR_TOLERANCE);
  // The clamp only guards against a pathological float result; a mean of scores in
  // 0..5 is always in 0..5.
  return Math.min(
    MAX_SCORE,
    Math.max(MIN_SCORE, floored),
  ) as MaturityLevelValue;
}

function readRule(rule: unknown): EntityLevelRule {
  if (rule === undefined) {
    return DEFAULT_ENTITY_LEVEL_RULE;
  }
  if (!isEntityLevelRule(rule)) {
    throw new TypeError(
      `rule must be one of ${ENTITY_LEVEL_RULES.join(
        ', ',
      )}, got ${describeValue(rule)}`,
    );
  }
  return rule;
}

function readMinCoverage(minCoverage: unknown): number {
  if (minCoverage === undefined) {
    return DEFAULT_MIN_COVERAGE;
  }
  if (
    typeof minCoverage !== 'number' ||
    !(minCoverage >= 0 && minCoverage <= 1)
  ) {
    throw new RangeError(
      `minCoverage must be a number from 0 to 1, got ${describeValue(
        minCoverage,
      )}`,
    );
  }
  return minCoverage;
}

function readWeights(weights: unknown): ReadonlyMap<VectorId, number> {
  const result = new Map<VectorId, number>();
  if (weights === undefined) {
    return result;
  }
  if (!isRecord(weights)) {
    throw new TypeError(
      `weights must be an object keyed by vector id, got ${describeValue(
        weights,
      )}`,
    );
  }
  for (const [key, weight] of Object.entries(weights)) {
    // A misspelt key in config would otherwise be ignored without a word.
    if (!isVectorId(key)) {
      throw new TypeError(
        `weights.${key} is not a vector id; expected one of ${VECTOR_IDS.join(
          ', ',
        )}`,
      );
    }
    if (weight === undefined) {
      continue;
    }
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new RangeError(
        `weights.${key} must be a finite number >= 0, got ${describeValue(
          weight,
        )}`,
      );
    }
    result.set(key, weight);
  }
  return result;
}

// Validates the whole list before anything is computed, so bad input never yields a
// half-right level; returns only the scored entries.
function readScores(
  scores: unknown,
): Array<{ vector: VectorId; score: number }> {
  if (!Array.isArray(scores)) {
    throw new TypeError(
      `scores must be an array, got ${describeValue(scores)}`,
    );
  }
  const seenAt = new Map<VectorId, number>();
  const scored: Array<{ vector: VectorId; score: number }> = [];
  scores.forEach((entry: unknown, index) => {
    const field = `scores[${index}]`;
    if (!isRecord(entry)) {
      throw new TypeError(
        `${field} must be an object, got ${describeValue(entry)}`,
      );
    }
    const { vector, score } = entry;
    if (!isVectorId(vector)) {
      throw new TypeError(
        `${field}.vector must be a vector id, got ${describeValue(vector)}`,
      );
    }
    const firstIndex = seenAt.get(vector);
    if (firstIndex !== undefined) {
      throw new TypeError(
        `${field}.vector "${vector}" is given more than once (also scores[${firstIndex}])`,
      );
    }
    seenAt.set(vector, index);
    if (score === null) {
      return;
    }
    if (!isScore(score)) {
      const message = `${field}.score for vector "${vector}" must be null or an integer from ${MIN_SCORE} to ${MAX_SCORE}, got ${describeValue(
        score,
      )}`;
      throw typeof score === 'number'
        ? new RangeError(message)
        : new TypeError(message);
    }
    scored.push({ vector, score });
  });
  return scored;
}
