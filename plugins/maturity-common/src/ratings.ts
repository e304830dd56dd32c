// Subjective vectors (happiness, ease of use, usability) collect one rating per person; the
// vector's score summarises them. Kept here so the backend and any importer agree on it.

import { isScore, MaturityLevelValue } from './levels';
import { describeValue } from '@agile-ops/common';

/**
 * The score of a subjective vector and how much its raters disagree.
 *
 * @public
 */
export interface RatingSummary {
  /** The median rating; with an even number of ratings the lower of the two middle ones. */
  readonly score: MaturityLevelValue;
  /** How many people rated. */
  readonly count: number;
  /** The lowest rating. */
  readonly min: MaturityLevelValue;
  /** The highest rating. */
  readonly max: MaturityLevelValue;
  /** `max - min`: 0 when everyone agrees, 5 at the most. */
  readonly spread: number;
}

/**
 * Summarises the ratings of one subjective vector into its score and spread.
 *
 * The lower median is used for an even number of ratings so that the score stays an integer
 * someone actually gave, and leans to the cautious side when opinions split evenly.
 *
 * @public
 */
export function summarizeRatings(
  ratings: ReadonlyArray<number>,
): RatingSummary | null {
  ratings.forEach((rating, index) => {
    if (!isScore(rating)) {
      throw new RangeError(
        `ratings[${index}] must be an integer from 0 to 5, got ${describeValue(
          rating,
        )}`,
      );
    }
  });
  if (ratings.length === 0) {
    return null;
  }
  const sorted = [...ratings].sort((a, b) => a - b) as MaturityLevelValue[];
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  return {
    score: sorted[Math.floor((sorted.length - 1) / 2)],
    count: sorted.length,
    min,
    max,
    spread: max - min,
  };
}
