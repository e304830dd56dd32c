import {
  RUBRIC_VERSION,
  VECTOR_IDS,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import { JsonValue } from '@backstage/types';
import { catalogEntity } from '../__testUtils__/catalogEntities';
import { CurrentScore } from '../database/MaturityStore';
import {
  buildScorecard,
  isStale,
  ScorecardSettings,
  TIER_ANNOTATION,
} from './scorecard';

const DAY = 86_400_000;
const now = new Date('2026-06-01T12:00:00.000Z');
const ref = 'component:default/foo';

function settings(
  overrides: Partial<ScorecardSettings> = {},
): ScorecardSettings {
  return {
    staleAfterMs: 90 * DAY,
    level: { rule: 'mean', minCoverage: 0, weights: {} },
    targets: [],
    ...overrides,
  };
}

function entity(options: { tier?: string; lifecycle?: JsonValue } = {}) {
  return catalogEntity('Component', 'foo', {
    ...(options.tier
      ? { annotations: { [TIER_ANNOTATION]: options.tier } }
      : {}),
    spec: {
      type: 'service',
      owner: 'group:default/team-a',
      ...(options.lifecycle !== undefined
        ? { lifecycle: options.lifecycle }
        : {}),
    },
  });
}

function score(
  vector: VectorId,
  value: number,
  extra: Partial<CurrentScore> = {},
): CurrentScore {
  return {
    entityRef: ref,
    vector,
    score: value,
    source: 'assessment',
    recordedBy: 'user:default/jo',
    recordedAt: new Date(now.getTime() - DAY),
    rubricVersion: RUBRIC_VERSION,
    assessmentId: 'a-1',
    ...extra,
  };
}

describe('isStale', () => {
  const s = settings();

  it('is false up to and including the stale age, true one millisecond after', () => {
    expect(isStale(now, s, now)).toBe(false);
    expect(isStale(new Date(now.getTime() - 90 * DAY), s, now)).toBe(false);
    expect(isStale(new Date(now.getTime() - 90 * DAY - 1), s, now)).toBe(true);
  });

  it('follows the configured age', () => {
    const short = settings({ staleAfterMs: DAY });
    const twoDaysAgo = new Date(now.getTime() - 2 * DAY);
    expect(isStale(twoDaysAgo, short, now)).toBe(true);
    expect(isStale(twoDaysAgo, s, now)).toBe(false);
  });
});

describe('buildScorecard', () => {
  it('lists all 15 vectors in canonical order, unscored ones as null', () => {
    const card = buildScorecard({
      entity: entity(),
      entityRef: ref,
      scores: [score('stability', 4)],
      settings: settings(),
      now,
    });
    expect(card.entityRef).toBe(ref);
    expect(card.rubricVersion).toBe(RUBRIC_VERSION);
    expect(card.vectors.map(v => v.vector)).toEqual(VECTOR_IDS);
    expect(card.vectors.find(v => v.vector === 'documentation')).toEqual({
      vector: 'documentation',
      score: null,
      stale: false,
    });
    expect(card.vectors.find(v => v.vector === 'stability')).toEqual({
      vector: 'stability',
      score: 4,
      stale: false,
      recordedAt: new Date(now.getTime() - DAY).toISOString(),
      recordedBy: 'user:default/jo',
      source: 'assessment',
      rationale: undefined,
      rubricVersion: RUBRIC_VERSION,
    });
  });

  it('marks each score stale against the injected now, at the boundary', () => {
    const card = buildScorecard({
      entity: entity(),
      entityRef: ref,
      scores: [
        score('documentation', 3, {
          recordedAt: new Date(now.getTime() - 90 * DAY),
        }),
        score('stability', 3, {
          recordedAt: new Date(now.getTime() - 90 * DAY - 1),
        }),
      ],
      settings: settings(),
      now,
    });
    const staleOf = (v: VectorId) =>
      card.vectors.find(e => e.vector === v)!.stale;
    expect(staleOf('documentation')).toBe(false);
    expect(staleOf('stability')).toBe(true);
  });

  it('computes the level with the mean rule and names what pulls it down', () => {
    const card = buildScorecard({
      entity: entity(),
      entityRef: ref,
      scores: [
        score('documentation', 4),
        score('stability', 4),
        score('recoverability', 1),
      ],
      settings: settings(),
      now,
    });
    // (4 + 4 + 1) / 3 = 3
    expect(card.level).toEqual({
      value: 3,
      rule: 'mean',
      coverage: 3 / 15,
      pulledDownBy: ['recoverability'],
    });
  });

  it('computes the level with the weakest-link rule', () => {
    const card = buildScorecard({
      entity: entity(),
      entityRef: ref,
      scores: [
        score('documentation', 4),
        score('stability', 2),
        score('recoverability', 3),
      ],
      settings: settings({
        level: { rule: 'weakest-link', minCoverage: 0, weights: {} },
      }),
      now,
    });
    expect(card.level.value).toBe(2);
    expect(card.level.rule).toBe('weakest-link');
    expect(card.level.pulledDownBy).toEqual(['stability']);
  });

  it('applies weights and leaves the entity unrated below the minimum coverage', () => {
    const scores = [score('documentation', 5), score('recoverability', 1)];
    const weighted = buildScorecard({
      entity: entity(),
      entityRef: ref,
      scores,
      settings: settings({
        level: { rule: 'mean', minCoverage: 0, weights: { recoverability: 3 } },
      }),
      now,
    });
    // (5 + 3 * 1) / 4 = 2
    expect(weighted.level.value).toBe(2);

    const unrated = buildScorecard({
      entity: entity(),
      entityRef: ref,
      scores,
      settings: settings({
        level: { rule: 'mean', minCoverage: 0.6, weights: {} },
      }),
      now,
    });
    expect(unrated.level.value).toBeNull();
    expect(unrated.level.coverage).toBeCloseTo(2 / 15);
  });

  describe('gaps', () => {
    const targets = [
      {
        name: 'production tier-1',
        tiers: ['tier-1'],
        lifecycles: ['production'],
        minimums: { recoverability: 4, documentation: 3 },
      },
      { name: 'everyone', minimums: { stability: 2 } },
    ];
    const scores = [
      score('recoverability', 2),
      score('documentation', 3),
      score('stability', 1),
    ];
    const gapsOf = (
      scored: CurrentScore[],
      entityOptions: Parameters<typeof entity>[0] = {
        tier: 'tier-1',
        lifecycle: 'production',
      },
    ) =>
      buildScorecard({
        entity: entity(entityOptions),
        entityRef: ref,
        scores: scored,
        settings: settings({ targets }),
        now,
      }).gaps;

    it('lists the gaps of every profile matching the tier annotation and lifecycle', () => {
      expect(gapsOf(scores)).toEqual([
        {
          target: 'production tier-1',
          vector: 'recoverability',
          required: 4,
          actual: 2,
        },
        { target: 'everyone', vector: 'stability', required: 2, actual: 1 },
      ]);
    });

    it('reports an unscored vector as a gap with actual null', () => {
      expect(gapsOf([score('stability', 5)])).toEqual([
        {
          target: 'production tier-1',
          vector: 'recoverability',
          required: 4,
          actual: null,
        },
        {
          target: 'production tier-1',
          vector: 'documentation',
          required: 3,
          actual: null,
        },
      ]);
    });

    it.each([
      ['another tier', { tier: 'tier-2', lifecycle: 'production' }],
      ['no tier annotation', { lifecycle: 'production' }],
      ['another lifecycle', { tier: 'tier-1', lifecycle: 'experimental' }],
      ['a lifecycle that is not a string', { tier: 'tier-1', lifecycle: 7 }],
    ])('skips a tiered profile for %s', (_label, options) => {
      expect(gapsOf(scores, options).map(g => g.target)).toEqual(['everyone']);
    });
  });

  it('shows the ratings spread of a subjective vector', () => {
    const card = buildScorecard({
      entity: entity(),
      entityRef: ref,
      scores: [
        score('happiness', 2, { ratings: { count: 3, min: 1, max: 4 } }),
        score('documentation', 3),
      ],
      settings: settings(),
      now,
    });
    const happiness = card.vectors.find(v => v.vector === 'happiness')!;
    expect(happiness.score).toBe(2);
    expect(happiness.ratings).toEqual({ count: 3, min: 1, max: 4, spread: 3 });
    expect(
      card.vectors.find(v => v.vector === 'documentation'),
    ).not.toHaveProperty('ratings');
  });
});
