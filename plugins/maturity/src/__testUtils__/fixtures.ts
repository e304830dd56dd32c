// Realistic API payloads for the tests, built from the shared rubric constants so that they
// follow the backend's OpenAPI shapes (plugins/maturity-backend/src/schema/openapi.yaml).

import {
  AssessmentRequest,
  AssessmentResult,
  computeEntityLevel,
  MATURITY_LEVELS,
  MATURITY_VECTORS,
  Rollup,
  RUBRIC_VERSION,
  Scorecard,
  ScoreHistory,
  TargetGap,
  VECTOR_IDS,
  VectorId,
  VectorScorecardEntry,
  VectorsResponse,
} from '@agile-ops/plugin-maturity-common';
import { Entity } from '@backstage/catalog-model';

/** The level rules most tests use: the backend's defaults. */
export const DEFAULT_LEVEL_RULES: VectorsResponse['rules']['level'] = {
  rule: 'mean',
  minCoverage: 0.6,
  weights: {},
};

/** `GET /vectors` as the backend serves it with default config. */
export function makeRubric(
  level: Partial<VectorsResponse['rules']['level']> = {},
): VectorsResponse {
  return {
    rubricVersion: RUBRIC_VERSION,
    vectors: MATURITY_VECTORS.map(vector => ({
      ...vector,
      levelHints: [...vector.levelHints],
    })),
    levels: MATURITY_LEVELS.map(l => ({ ...l })),
    rules: {
      level: { ...DEFAULT_LEVEL_RULES, ...level },
      staleAfterDays: 180,
      targets: [
        {
          name: 'production tier-1',
          tiers: ['tier-1'],
          lifecycles: ['production'],
          minimums: { recoverability: 4, stability: 4 },
        },
      ],
    },
  };
}

/** The title of a vector, as the UI prints it. */
export function titleOf(vector: VectorId): string {
  return MATURITY_VECTORS.find(v => v.id === vector)!.title;
}

/** Scores for the first `count` vectors in rubric order, all equal to `score`. */
export function uniformScores(
  count: number,
  score: number,
): Partial<Record<VectorId, number>> {
  return Object.fromEntries(VECTOR_IDS.slice(0, count).map(id => [id, score]));
}

export const ENTITY_REF = 'component:default/payments';

/** A catalog entity as the entity page provides it. */
export function makeEntity(
  overrides: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments', namespace: 'default', ...overrides },
    spec: { type: 'service', lifecycle: 'production', owner: 'group:payments' },
  };
}

/**
 * `GET /entities/{ref}/scorecard`: every vector, scored or not, and the level the backend
 * computes with the same shared rule.
 */
export function makeScorecard(
  scores: Partial<Record<VectorId, number>>,
  options: {
    entityRef?: string;
    stale?: VectorId[];
    rationale?: Partial<Record<VectorId, string>>;
    level?: VectorsResponse['rules']['level'];
    gaps?: TargetGap[];
  } = {},
): Scorecard {
  const rules = options.level ?? DEFAULT_LEVEL_RULES;
  const level = computeEntityLevel(
    VECTOR_IDS.map(vector => ({ vector, score: scores[vector] ?? null })),
    rules,
  );
  const vectors: VectorScorecardEntry[] = VECTOR_IDS.map(vector => {
    const score = scores[vector];
    if (score === undefined) return { vector, score: null, stale: false };
    return {
      vector,
      score,
      stale: options.stale?.includes(vector) ?? false,
      recordedAt: '2026-01-15T09:30:00.000Z',
      recordedBy: 'user:default/alice',
      source: 'assessment',
      rubricVersion: RUBRIC_VERSION,
      ...(options.rationale?.[vector]
        ? { rationale: options.rationale[vector] }
        : {}),
    };
  });
  return {
    entityRef: options.entityRef ?? ENTITY_REF,
    rubricVersion: RUBRIC_VERSION,
    level,
    vectors,
    gaps: options.gaps ?? [],
  };
}

/** One recorded assessment of several vectors at one moment. */
export interface HistoryEvent {
  at: string;
  scores: Partial<Record<VectorId, number>>;
}

/** `GET /entities/{ref}/history`: one series per vector, oldest point first. */
export function makeHistory(
  events: HistoryEvent[],
  entityRef = ENTITY_REF,
): ScoreHistory {
  const byVector = new Map<VectorId, ScoreHistory['series'][number]>();
  for (const event of events) {
    for (const [vector, score] of Object.entries(event.scores) as Array<
      [VectorId, number]
    >) {
      const series = byVector.get(vector) ?? { vector, points: [] };
      series.points.push({
        at: event.at,
        score,
        source: 'assessment',
        recordedBy: 'user:default/alice',
        rubricVersion: RUBRIC_VERSION,
      });
      byVector.set(vector, series);
    }
  }
  return { entityRef, series: [...byVector.values()] };
}

/** What a test says about one roll-up row. */
export interface RollupSpec {
  ref: string;
  title?: string;
  mean?: number | null;
  total?: number;
  assessed?: number;
  stale?: number;
  vectors?: Partial<Record<VectorId, number | null>>;
  pulledDownBy?: Array<{ entityRef: string; level: number }>;
  children?: Rollup[];
}

/** A roll-up as `GET /rollups` and `GET /rollups/{ref}` return it. */
export function makeRollup(spec: RollupSpec): Rollup {
  const kind = spec.ref.slice(0, spec.ref.indexOf(':'));
  const total = spec.total ?? 4;
  const assessed = spec.assessed ?? total;
  return {
    scope: {
      entityRef: spec.ref,
      kind,
      ...(spec.title ? { title: spec.title } : {}),
    },
    entities: { total, assessed, stale: spec.stale ?? 0 },
    level: {
      mean: spec.mean === undefined ? 2 : spec.mean,
      distribution: [0, 0, assessed, 0, 0, 0],
    },
    vectors: VECTOR_IDS.map(vector => {
      const value = spec.vectors?.[vector] ?? null;
      return {
        vector,
        rule: 'mean' as const,
        value,
        min: value === null ? null : Math.floor(value),
        max: value === null ? null : Math.ceil(value),
        assessed: value === null ? 0 : assessed,
        stale: 0,
        distribution: [0, 0, 0, 0, 0, 0],
      };
    }),
    pulledDownBy: spec.pulledDownBy ?? [],
    ...(spec.children ? { children: spec.children } : {}),
  };
}

/** `POST /entities/{ref}/assessments` → 201: the stored assessment and the scorecard after it. */
export function makeAssessmentResult(
  request: AssessmentRequest,
  scorecard: Scorecard = makeScorecard(
    Object.fromEntries(request.scores.map(s => [s.vector, s.score])),
  ),
): AssessmentResult {
  return {
    assessment: {
      id: 'assessment-1',
      entityRef: scorecard.entityRef,
      createdBy: 'user:default/alice',
      createdAt: '2026-06-30T12:00:00.000Z',
      ...(request.comment ? { comment: request.comment } : {}),
      source: request.source ?? 'assessment',
      rubricVersion: RUBRIC_VERSION,
      scores: request.scores,
    },
    scorecard,
  };
}

/** A scaffolder template as the catalog holds it, with the given annotations. */
export function makeTemplate(
  name: string,
  annotations: Record<string, string>,
  metadata: { title?: string; namespace?: string } = {},
): Entity {
  return {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: { name, namespace: 'default', annotations, ...metadata },
    spec: { type: 'operations', parameters: [], steps: [] },
  };
}
