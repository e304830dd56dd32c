import {
  Scorecard,
  ScoreHistory,
  VectorsResponse,
} from '@agile-ops/plugin-maturity-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { levelTrend, LevelPoint } from '../lib/levelTrend';
import { loadRubric, useMaturityApi } from './useRubric';

/** Everything the card and the tab show about one entity. */
export interface EntityMaturity {
  rubric: VectorsResponse;
  scorecard: Scorecard;
  history: ScoreHistory;
  levels: LevelPoint[];
}

/**
 * Loads an entity's rubric, scorecard and full history. `retry` reloads them while the previous
 * value stays on screen, so a new assessment shows without a blank moment.
 */
export function useEntityMaturity(entityRef: string) {
  const api = useMaturityApi();
  return useAsyncRetry(async (): Promise<EntityMaturity> => {
    const [rubric, scorecard, history] = await Promise.all([
      loadRubric(api),
      api.getScorecard(entityRef),
      api.getHistory(entityRef),
    ]);
    return {
      rubric,
      scorecard,
      history,
      levels: levelTrend(history, rubric.rules.level),
    };
  }, [api, entityRef]);
}
