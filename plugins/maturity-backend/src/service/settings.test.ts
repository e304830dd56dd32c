import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readMaturitySettings } from './settings';

const DAY = 86_400_000;

function read(maturity?: JsonObject) {
  return readMaturitySettings(
    new ConfigReader(maturity === undefined ? {} : { maturity }),
  );
}

describe('readMaturitySettings', () => {
  it('has defaults without any maturity config', () => {
    expect(read()).toEqual({
      staleAfterMs: 90 * DAY,
      level: { rule: 'mean', minCoverage: 0.6, weights: {} },
      targets: [],
      rollups: {
        defaultRule: 'mean',
        rules: {},
        tierWeights: { 'tier-1': 3, 'tier-2': 2, 'tier-3': 1, none: 1 },
        weightByConfidence: false,
      },
      confidence: { halfLifeMs: 180 * DAY, lowBelow: 0.4 },
      schedule: {
        hierarchySync: { minutes: 30 },
        catalogProbe: { minutes: 1 },
        snapshot: { hours: 6 },
        backfill: { minutes: 10 },
        evidence: { minutes: 15 },
        notifications: { hours: 6 },
        confidence: { hours: 1 },
      },
      visibility: { cacheTtlMs: 5_000 },
      selfService: { verifyTasks: true },
      evidence: {
        maxEntitiesPerRun: 2000,
        providerTimeoutMs: 60_000,
        factRules: [],
        factMaxAgeMs: 30 * DAY,
      },
      notifications: { enabled: true, proposalGap: 2 },
    });
    expect(read({})).toEqual(read());
  });

  it('reads the confidence settings and refuses a half-life under a day or a threshold off 0 to 1', () => {
    expect(
      read({
        confidence: { halfLife: 'P30D', lowBelow: 0.5 },
        rollups: { weightByConfidence: true },
      }),
    ).toMatchObject({
      confidence: { halfLifeMs: 30 * DAY, lowBelow: 0.5 },
      rollups: { weightByConfidence: true },
    });
    expect(() => read({ confidence: { halfLife: 'PT1H' } })).toThrow(
      'maturity.confidence.halfLife must be at least one day',
    );
    expect(() => read({ confidence: { lowBelow: 1.5 } })).toThrow(
      'maturity.confidence.lowBelow must be between 0 and 1, got 1.5',
    );
  });

  it('reads the visibility cache time, 0 included, and refuses more than a minute', () => {
    expect(read({ visibility: { cacheTtl: 'PT2S' } }).visibility).toEqual({
      cacheTtlMs: 2_000,
    });
    expect(
      read({ visibility: { cacheTtl: { seconds: 0 } } }).visibility.cacheTtlMs,
    ).toBe(0);
    expect(() => read({ visibility: { cacheTtl: 'PT2M' } })).toThrow(
      /maturity\.visibility\.cacheTtl/,
    );
  });

  it.each([
    ['an ISO 8601 duration', 'P30D'],
    ['a duration object', { days: 30 }],
    ['a human duration', '30d'],
  ])('reads staleAfter as %s', (_label, staleAfter) => {
    expect(read({ staleAfter }).staleAfterMs).toBe(30 * DAY);
  });

  it('reads how often the catalog is probed, as an object or an ISO duration', () => {
    expect(
      read({ schedule: { catalogProbe: { seconds: 20 } } }).schedule,
    ).toMatchObject({ catalogProbe: { seconds: 20 } });
    expect(
      read({ schedule: { catalogProbe: 'PT2M' } }).schedule.catalogProbe,
    ).toEqual({ minutes: 2 });
  });

  it('reads the fact rules and how old a pushed fact may get, and names a bad age', () => {
    const evidence = read({
      evidence: {
        factMaxAge: { days: 7 },
        factRules: [
          {
            fact: 'restore-test-passed',
            vector: 'recoverability',
            levels: [{ score: 3, equals: true }, { score: 1 }],
          },
        ],
      },
    }).evidence;
    expect(evidence.factMaxAgeMs).toBe(7 * DAY);
    expect(evidence.factRules).toEqual([
      {
        fact: 'restore-test-passed',
        vector: 'recoverability',
        levels: [{ score: 3, equals: true }, { score: 1 }],
      },
    ]);
    expect(() => read({ evidence: { factMaxAge: 'PT0S' } })).toThrow(
      'maturity.evidence.factMaxAge must be a positive duration',
    );
    expect(() =>
      read({ evidence: { factRules: [{ fact: 'x', vector: 'nope' }] } }),
    ).toThrow('maturity.evidence.factRules[0].vector must name a vector');
  });

  it('reads the evidence budget and time limit, and names a bad one', () => {
    expect(
      read({ evidence: { maxEntitiesPerRun: 50, providerTimeout: 'PT30S' } })
        .evidence,
    ).toMatchObject({ maxEntitiesPerRun: 50, providerTimeoutMs: 30_000 });
    expect(() => read({ evidence: { maxEntitiesPerRun: 0 } })).toThrow(
      'maturity.evidence.maxEntitiesPerRun must be a whole number >= 1, got 0',
    );
    expect(() => read({ evidence: { providerTimeout: 'PT0S' } })).toThrow(
      'maturity.evidence.providerTimeout must be a positive duration',
    );
  });

  it('reads the notification switch and gap, and names a gap off the scale', () => {
    expect(
      read({ notifications: { enabled: false, proposalGap: 3 } }).notifications,
    ).toEqual({ enabled: false, proposalGap: 3 });
    expect(() => read({ notifications: { proposalGap: 0 } })).toThrow(
      'maturity.notifications.proposalGap must be a whole number from 1 to 5, got 0',
    );
  });

  it('turns the scaffolder task check off only when told to', () => {
    expect(read({ selfService: { verifyTasks: false } }).selfService).toEqual({
      verifyTasks: false,
    });
    expect(read({ selfService: {} }).selfService.verifyTasks).toBe(true);
  });

  it('reads staleAfter in hours too', () => {
    expect(read({ staleAfter: { hours: 36 } }).staleAfterMs).toBe(1.5 * DAY);
  });

  it('fails on a staleAfter that is not a duration, naming the key', () => {
    expect(() => read({ staleAfter: 'soon' })).toThrow(/staleAfter/);
  });

  it('reads the level rule, coverage and weights', () => {
    expect(
      read({
        level: {
          rule: 'weakest-link',
          minCoverage: 0.4,
          weights: { recoverability: 2, happiness: 0 },
        },
      }).level,
    ).toEqual({
      rule: 'weakest-link',
      minCoverage: 0.4,
      weights: { recoverability: 2, happiness: 0 },
    });
  });

  it('accepts the coverage bounds 0 and 1', () => {
    expect(read({ level: { minCoverage: 0 } }).level.minCoverage).toBe(0);
    expect(read({ level: { minCoverage: 1 } }).level.minCoverage).toBe(1);
  });

  it('names an unknown level rule', () => {
    expect(() => read({ level: { rule: 'median' } })).toThrow(
      'maturity.level.rule must be "mean" or "weakest-link", got "median"',
    );
  });

  it.each([-0.1, 1.5])('names a minCoverage of %p', minCoverage => {
    expect(() => read({ level: { minCoverage } })).toThrow(
      `maturity.level.minCoverage must be between 0 and 1, got ${minCoverage}`,
    );
  });

  it('names a weight for an unknown vector', () => {
    expect(() => read({ level: { weights: { speed: 1 } } })).toThrow(
      'maturity.level.weights.speed must name a vector and be a number >= 0',
    );
  });

  it('names a negative weight', () => {
    expect(() => read({ level: { weights: { documentation: -1 } } })).toThrow(
      'maturity.level.weights.documentation must name a vector and be a number >= 0',
    );
  });

  it('names a weight that is not a number', () => {
    expect(() =>
      read({ level: { weights: { documentation: 'heavy' } } }),
    ).toThrow(/level\.weights\.documentation/);
  });

  it('reads target profiles', () => {
    expect(
      read({
        targets: [
          {
            name: 'production tier-1',
            tiers: ['tier-1'],
            lifecycles: ['production'],
            minimums: { recoverability: 4, documentation: 3 },
          },
          { name: 'baseline', minimums: { stability: 1 } },
        ],
      }).targets,
    ).toEqual([
      {
        name: 'production tier-1',
        tiers: ['tier-1'],
        lifecycles: ['production'],
        minimums: { recoverability: 4, documentation: 3 },
      },
      {
        name: 'baseline',
        tiers: undefined,
        lifecycles: undefined,
        minimums: { stability: 1 },
      },
    ]);
  });

  it.each([
    ['an unknown vector', { speed: 3 }, 'speed'],
    ['a score above 5', { documentation: 7 }, 'documentation'],
    ['a fractional score', { documentation: 2.5 }, 'documentation'],
  ])('names a target minimum with %s', (_label, minimums, key) => {
    expect(() =>
      read({
        targets: [
          { name: 'ok', minimums: { stability: 1 } },
          { name: 'bad', minimums },
        ],
      }),
    ).toThrow(
      `maturity.targets[1].minimums.${key} must name a vector and be an integer from 0 to 5`,
    );
  });

  it('names a target without a name or minimums', () => {
    expect(() => read({ targets: [{ minimums: { stability: 1 } }] })).toThrow(
      /targets\[0\]\.name/,
    );
    expect(() => read({ targets: [{ name: 'x' }] })).toThrow(
      /targets\[0\]\.minimums/,
    );
  });
});
