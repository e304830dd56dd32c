import {
  computeEntityLevel,
  VECTOR_IDS,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import {
  DEFAULT_LEVEL_RULES,
  makeHistory,
  uniformScores,
} from '../__testUtils__/fixtures';
import { levelTrend } from './levelTrend';

function levelOf(
  scores: Partial<Record<VectorId, number>>,
  rules = DEFAULT_LEVEL_RULES,
) {
  return computeEntityLevel(
    VECTOR_IDS.map(vector => ({ vector, score: scores[vector] ?? null })),
    rules,
  ).value;
}

describe('levelTrend', () => {
  it('is empty for an entity without history', () => {
    expect(levelTrend(makeHistory([]), DEFAULT_LEVEL_RULES)).toEqual([]);
  });

  it('takes one level per assessment, once all its scores are in', () => {
    // Nine of fifteen vectors reach the default 60 % coverage only together: taking a level
    // after each score of the assessment would give eight unrated points first.
    const history = makeHistory([
      { at: '2026-01-01T10:00:00.000Z', scores: uniformScores(9, 3) },
    ]);
    expect(levelTrend(history, DEFAULT_LEVEL_RULES)).toEqual([
      { at: '2026-01-01T10:00:00.000Z', level: 3 },
    ]);
  });

  it('has no level while coverage is below the threshold', () => {
    const history = makeHistory([
      { at: '2026-01-01T00:00:00.000Z', scores: uniformScores(8, 4) },
      { at: '2026-02-01T00:00:00.000Z', scores: { ubiquity: 4 } },
    ]);
    expect(levelTrend(history, DEFAULT_LEVEL_RULES)).toEqual([
      { at: '2026-01-01T00:00:00.000Z', level: null },
      { at: '2026-02-01T00:00:00.000Z', level: 4 },
    ]);
    // A lower threshold rates the first assessment already.
    expect(
      levelTrend(history, { ...DEFAULT_LEVEL_RULES, minCoverage: 0.5 })[0],
    ).toEqual({ at: '2026-01-01T00:00:00.000Z', level: 4 });
  });

  it('replays events in time order across series, a later score replacing an earlier one', () => {
    const history = makeHistory([
      { at: '2026-01-01T00:00:00.000Z', scores: uniformScores(15, 2) },
      { at: '2026-03-01T00:00:00.000Z', scores: { stability: 5 } },
      { at: '2026-02-01T00:00:00.000Z', scores: uniformScores(15, 4) },
    ]);
    // makeHistory keeps the given order inside each series; levelTrend must sort.
    expect(levelTrend(history, DEFAULT_LEVEL_RULES)).toEqual([
      { at: '2026-01-01T00:00:00.000Z', level: 2 },
      { at: '2026-02-01T00:00:00.000Z', level: 4 },
      { at: '2026-03-01T00:00:00.000Z', level: 4 },
    ]);
  });

  it('groups scores with the same instant even when the timestamps are written differently', () => {
    const history = makeHistory([
      { at: '2026-01-01T10:00:00Z', scores: uniformScores(5, 1) },
      {
        at: '2026-01-01T11:00:00.000+01:00',
        scores: { happiness: 1, ubiquity: 1, maturity: 1, community: 1 },
      },
    ]);
    const trend = levelTrend(history, DEFAULT_LEVEL_RULES);
    expect(trend).toHaveLength(1);
    expect(trend[0].level).toBe(1);
  });

  it('applies the weakest-link rule and weights from the rubric', () => {
    const scores = { ...uniformScores(15, 4), documentation: 1 };
    const history = makeHistory([{ at: '2026-01-01T00:00:00.000Z', scores }]);
    expect(
      levelTrend(history, { ...DEFAULT_LEVEL_RULES, rule: 'weakest-link' }),
    ).toEqual([{ at: '2026-01-01T00:00:00.000Z', level: 1 }]);
    // Under the mean, a weight of 0 takes the weak vector out of the level.
    expect(
      levelTrend(history, {
        ...DEFAULT_LEVEL_RULES,
        weights: { documentation: 0 },
      })[0].level,
    ).toBe(4);
  });

  it('ends on the level computeEntityLevel gives for the latest score of each vector', () => {
    const events = [
      { at: '2026-01-01T00:00:00.000Z', scores: uniformScores(10, 1) },
      { at: '2026-01-05T00:00:00.000Z', scores: { happiness: 5, ubiquity: 5 } },
      {
        at: '2026-01-09T00:00:00.000Z',
        scores: { supportability: 4, operability: 0, stability: 5 },
      },
      {
        at: '2026-01-12T00:00:00.000Z',
        scores: { 'ease-of-use': 3, currency: 2 },
      },
    ];
    const rules = {
      ...DEFAULT_LEVEL_RULES,
      weights: { stability: 2, happiness: 0.5 },
    };
    const trend = levelTrend(makeHistory(events), rules);

    let current: Partial<Record<VectorId, number>> = {};
    const expected = events.map(event => {
      current = { ...current, ...event.scores };
      return { at: event.at, level: levelOf(current, rules) };
    });
    expect(trend).toEqual(expected);
    expect(new Set(trend.map(p => p.level)).size).toBeGreaterThan(1);
  });
});
