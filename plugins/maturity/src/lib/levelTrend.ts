import {
  computeEntityLevel,
  ScoreHistory,
  VECTOR_IDS,
  VectorId,
  VectorsResponse,
} from '@agile-ops/plugin-maturity-common';

/** The entity level from one moment on. */
export interface LevelPoint {
  at: string;
  level: number | null;
}

/**
 * Replays an entity's score history into its level over time, using the same pure rule as the
 * backend. History rows already hold the summarised score of subjective vectors, so the latest
 * point per vector is the vector's score at that moment.
 */
export function levelTrend(
  history: ScoreHistory,
  rules: VectorsResponse['rules']['level'],
): LevelPoint[] {
  const events = history.series
    .flatMap(series =>
      series.points.map(point => ({
        vector: series.vector,
        at: point.at,
        time: Date.parse(point.at),
        score: point.score,
      })),
    )
    .sort((a, b) => a.time - b.time);

  const current = new Map<VectorId, number>();
  const trend: LevelPoint[] = [];
  events.forEach((event, index) => {
    current.set(event.vector, event.score);
    // The scores of one assessment share a timestamp: take the level once they are all in.
    if (events[index + 1]?.time === event.time) return;
    const { value } = computeEntityLevel(
      VECTOR_IDS.map(vector => ({
        vector,
        score: current.get(vector) ?? null,
      })),
      {
        rule: rules.rule,
        minCoverage: rules.minCoverage,
        weights: rules.weights,
      },
    );
    trend.push({ at: event.at, level: value });
  });
  return trend;
}
