import { LevelConfidence } from './DatabaseConfidenceStore';

/** A scope's confidence in one vector, and its mean weighted by confidence. */
export interface RollupConfidence {
  /** Mean confidence of the scope's scores; null when unknown. */
  confidence: number | null;
  /** Mean score with each score weighted by its confidence; null when unknown. */
  weightedMean: number | null;
}

/**
 * Today's score counts (`distribution`, scores 0 to 5) weighted by the confidence per level
 * the last confidence run found. A level that had no scores then takes the mean of the known
 * levels, so that a score that moved since still counts.
 */
export function rollupConfidence(
  distribution: readonly number[],
  levels: LevelConfidence | undefined,
): RollupConfidence {
  const known = (levels ?? []).filter((c): c is number => c !== null);
  if (known.length === 0) return { confidence: null, weightedMean: null };
  const fallback = known.reduce((s, c) => s + c, 0) / known.length;
  let count = 0;
  let weight = 0;
  let weighted = 0;
  distribution.forEach((n, score) => {
    const c = levels?.[score] ?? fallback;
    count += n;
    weight += n * c;
    weighted += n * c * score;
  });
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    confidence: count === 0 ? null : round(weight / count),
    weightedMean: weight === 0 ? null : weighted / weight,
  };
}
