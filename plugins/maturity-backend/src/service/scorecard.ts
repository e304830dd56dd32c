import {
  computeEntityLevel,
  EntityLevel,
  findTargetGaps,
  MATURITY_VECTORS,
  RUBRIC_VERSION,
  Scorecard,
  VectorScorecardEntry,
} from '@agile-ops/plugin-maturity-common';
import { Entity } from '@backstage/catalog-model';
import { CurrentScore } from '../database/MaturityStore';
import { MaturitySettings } from './settings';

/** The annotation that gives an entity's tier, used by target profiles and weighted roll-ups. */
export const TIER_ANNOTATION = 'agile-ops/tier';

/** The settings a scorecard depends on. */
export type ScorecardSettings = Pick<
  MaturitySettings,
  'staleAfterMs' | 'level' | 'targets'
>;

/** True when a score recorded at `recordedAt` is older than the configured stale age. */
export function isStale(
  recordedAt: Date,
  settings: Pick<MaturitySettings, 'staleAfterMs'>,
  now: Date,
): boolean {
  return now.getTime() - recordedAt.getTime() > settings.staleAfterMs;
}

/** Assembles an entity's scorecard from its current scores; pure, so it is easy to test. */
export function buildScorecard(options: {
  entity: Entity;
  entityRef: string;
  scores: CurrentScore[];
  /** The level of these scores when the caller has it already (a write derived it). */
  level?: EntityLevel;
  settings: ScorecardSettings;
  now: Date;
}): Scorecard {
  const { entity, entityRef, scores, settings, now } = options;
  const byVector = new Map(scores.map(s => [s.vector, s]));
  const vectors: VectorScorecardEntry[] = MATURITY_VECTORS.map(({ id }) => {
    const current = byVector.get(id);
    if (!current) {
      return { vector: id, score: null, stale: false };
    }
    return {
      vector: id,
      score: current.score,
      stale: isStale(current.recordedAt, settings, now),
      recordedAt: current.recordedAt.toISOString(),
      recordedBy: current.recordedBy,
      source: current.source,
      rationale: current.rationale,
      rubricVersion: current.rubricVersion,
      ...(current.ratings
        ? {
            ratings: {
              ...current.ratings,
              spread: current.ratings.max - current.ratings.min,
            },
          }
        : {}),
    };
  });
  const level = options.level ?? computeEntityLevel(vectors, settings.level);
  return {
    entityRef,
    rubricVersion: RUBRIC_VERSION,
    level: {
      value: level.value,
      rule: level.rule,
      coverage: level.coverage,
      pulledDownBy: level.pulledDownBy,
    },
    vectors,
    gaps: findTargetGaps(
      settings.targets,
      {
        tier: entity.metadata.annotations?.[TIER_ANNOTATION],
        lifecycle:
          typeof entity.spec?.lifecycle === 'string'
            ? entity.spec.lifecycle
            : undefined,
      },
      vectors,
    ),
  };
}
