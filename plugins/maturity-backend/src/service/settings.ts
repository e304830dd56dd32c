import {
  DEFAULT_ROLLUP_RULE,
  DEFAULT_TIER_WEIGHTS,
  isRollupRule,
  RollupRule,
  DEFAULT_ENTITY_LEVEL_RULE,
  DEFAULT_MIN_COVERAGE,
  EntityLevelRule,
  isEntityLevelRule,
  isScore,
  isVectorId,
  TargetProfile,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { FactRule, readFactRules } from '../evidence/pushed/factRules';

/** The maturity settings in force, read once from `maturity.*` config. */
export interface MaturitySettings {
  staleAfterMs: number;
  level: {
    rule: EntityLevelRule;
    minCoverage: number;
    weights: Partial<Record<VectorId, number>>;
  };
  targets: TargetProfile[];
  rollups: {
    rules: Partial<Record<VectorId, RollupRule>>;
    defaultRule: RollupRule;
    tierWeights: Record<string, number>;
    /** Whether a scope's value weights each score by its confidence. */
    weightByConfidence: boolean;
  };
  confidence: {
    /** After how long, in milliseconds, a score's confidence has halved. */
    halfLifeMs: number;
    /** Below this mean confidence an entity is on its team's "to reassess" list. */
    lowBelow: number;
  };
  schedule: {
    hierarchySync: HumanDuration;
    /** How often the catalog's entity count is compared with the last sync's. */
    catalogProbe: HumanDuration;
    snapshot: HumanDuration;
    /** How often past days without a snapshot are filled from the score history. */
    backfill: HumanDuration;
    /** How often evidence is collected for the entities collected longest ago. */
    evidence: HumanDuration;
    /** How often owners are told about stale scores and far-off proposals. */
    notifications: HumanDuration;
    /** How often the confidence of every score is computed again for roll-ups and lists. */
    confidence: HumanDuration;
    /** Time limit of one run of either task; unset means {@link DEFAULT_TASK_TIMEOUT}. */
    timeout?: HumanDuration;
  };
  visibility: {
    /** How long a caller's read answers are kept, in milliseconds; 0 keeps none. */
    cacheTtlMs: number;
  };
  selfService: {
    /** Whether each recorded run's task is checked with the scaffolder. */
    verifyTasks: boolean;
  };
  evidence: {
    /** Entities one collection covers at most, those never or longest ago collected first. */
    maxEntitiesPerRun: number;
    /** How long one provider may take for one page of entities, in milliseconds. */
    providerTimeoutMs: number;
    /** How the latest values of pushed facts propose scores (`maturity.evidence.factRules`). */
    factRules: FactRule[];
    /** How old a pushed fact may be, in milliseconds, and still propose a score. */
    factMaxAgeMs: number;
  };
  notifications: {
    /** Whether owners get notifications about their entities' maturity. */
    enabled: boolean;
    /** How many levels a proposal must be from the confirmed score to be worth a notice. */
    proposalGap: number;
  };
}

const DEFAULT_STALE_AFTER = { days: 90 };
const DEFAULT_VISIBILITY_CACHE_TTL = { seconds: 5 };

/**
 * Default of `maturity.schedule.timeout`: after this long a run's claim expires and another
 * replica may run the task, so it bounds how long a replica that died mid-run blocks the task.
 */
export const DEFAULT_TASK_TIMEOUT: HumanDuration = { minutes: 10 };

/** Reads and checks `maturity.*`; a mistake fails the start with the key named. */
export function readMaturitySettings(root: Config): MaturitySettings {
  const config = root.getOptionalConfig('maturity');
  const staleAfter = config?.has('staleAfter')
    ? readDurationFromConfig(config, { key: 'staleAfter' })
    : DEFAULT_STALE_AFTER;

  const rule =
    config?.getOptionalString('level.rule') ?? DEFAULT_ENTITY_LEVEL_RULE;
  if (!isEntityLevelRule(rule)) {
    throw new Error(
      `maturity.level.rule must be "mean" or "weakest-link", got "${rule}"`,
    );
  }
  const minCoverage =
    config?.getOptionalNumber('level.minCoverage') ?? DEFAULT_MIN_COVERAGE;
  if (!(minCoverage >= 0 && minCoverage <= 1)) {
    throw new Error(
      `maturity.level.minCoverage must be between 0 and 1, got ${minCoverage}`,
    );
  }
  const weightsConfig = config?.getOptionalConfig('level.weights');
  const weights: Partial<Record<VectorId, number>> = {};
  for (const key of weightsConfig?.keys() ?? []) {
    const weight = weightsConfig!.getNumber(key);
    if (!isVectorId(key) || !(weight >= 0)) {
      throw new Error(
        `maturity.level.weights.${key} must name a vector and be a number >= 0`,
      );
    }
    weights[key] = weight;
  }

  const targets = (config?.getOptionalConfigArray('targets') ?? []).map(
    (target, index) => {
      const minimums: Partial<Record<VectorId, number>> = {};
      const minimumsConfig = target.getConfig('minimums');
      for (const key of minimumsConfig.keys()) {
        const minimum = minimumsConfig.getNumber(key);
        if (!isVectorId(key) || !isScore(minimum)) {
          throw new Error(
            `maturity.targets[${index}].minimums.${key} must name a vector and be an integer from 0 to 5`,
          );
        }
        minimums[key] = minimum;
      }
      return {
        name: target.getString('name'),
        tiers: target.getOptionalStringArray('tiers'),
        lifecycles: target.getOptionalStringArray('lifecycles'),
        minimums,
      };
    },
  );

  const defaultRule =
    config?.getOptionalString('rollups.defaultRule') ?? DEFAULT_ROLLUP_RULE;
  if (!isRollupRule(defaultRule)) {
    throw new Error(
      `maturity.rollups.defaultRule must be mean, min, weighted or p25, got "${defaultRule}"`,
    );
  }
  const rulesConfig = config?.getOptionalConfig('rollups.rules');
  const rules: Partial<Record<VectorId, RollupRule>> = {};
  for (const key of rulesConfig?.keys() ?? []) {
    const value = rulesConfig!.getString(key);
    if (!isVectorId(key) || !isRollupRule(value)) {
      throw new Error(
        `maturity.rollups.rules.${key} must name a vector and be mean, min, weighted or p25`,
      );
    }
    rules[key] = value;
  }
  const tierWeights: Record<string, number> = { ...DEFAULT_TIER_WEIGHTS };
  const tiersConfig = config?.getOptionalConfig('rollups.tierWeights');
  for (const key of tiersConfig?.keys() ?? []) {
    const weight = tiersConfig!.getNumber(key);
    if (!(weight >= 0)) {
      throw new Error(
        `maturity.rollups.tierWeights.${key} must be a number >= 0`,
      );
    }
    tierWeights[key.toLocaleLowerCase('en-US')] = weight;
  }
  const duration = (key: string, fallback: HumanDuration) =>
    config?.has(key) ? readDurationFromConfig(config, { key }) : fallback;
  // Left unset when not configured, so the settings read back equal to the defaults object.
  const timeout = config?.has('schedule.timeout')
    ? readDurationFromConfig(config, { key: 'schedule.timeout' })
    : undefined;
  if (timeout && !(durationToMilliseconds(timeout) > 0)) {
    throw new Error('maturity.schedule.timeout must be a positive duration');
  }

  const cacheTtlMs = durationToMilliseconds(
    duration('visibility.cacheTtl', DEFAULT_VISIBILITY_CACHE_TTL),
  );
  if (!(cacheTtlMs >= 0 && cacheTtlMs <= 60_000)) {
    throw new Error(
      'maturity.visibility.cacheTtl must be between 0 and 1 minute',
    );
  }

  const maxEntitiesPerRun =
    config?.getOptionalNumber('evidence.maxEntitiesPerRun') ?? 2000;
  if (!(Number.isInteger(maxEntitiesPerRun) && maxEntitiesPerRun >= 1)) {
    throw new Error(
      `maturity.evidence.maxEntitiesPerRun must be a whole number >= 1, got ${maxEntitiesPerRun}`,
    );
  }
  const providerTimeoutMs = durationToMilliseconds(
    duration('evidence.providerTimeout', { minutes: 1 }),
  );
  if (!(providerTimeoutMs > 0)) {
    throw new Error(
      'maturity.evidence.providerTimeout must be a positive duration',
    );
  }
  const factMaxAgeMs = durationToMilliseconds(
    duration('evidence.factMaxAge', { days: 30 }),
  );
  if (!(factMaxAgeMs > 0)) {
    throw new Error('maturity.evidence.factMaxAge must be a positive duration');
  }
  const factRules = readFactRules(config);

  const halfLifeMs = durationToMilliseconds(
    duration('confidence.halfLife', { days: 180 }),
  );
  if (!(halfLifeMs >= 86_400_000)) {
    throw new Error('maturity.confidence.halfLife must be at least one day');
  }
  const lowBelow = config?.getOptionalNumber('confidence.lowBelow') ?? 0.4;
  if (!(lowBelow >= 0 && lowBelow <= 1)) {
    throw new Error(
      `maturity.confidence.lowBelow must be between 0 and 1, got ${lowBelow}`,
    );
  }

  const proposalGap =
    config?.getOptionalNumber('notifications.proposalGap') ?? 2;
  if (
    !(Number.isInteger(proposalGap) && proposalGap >= 1 && proposalGap <= 5)
  ) {
    throw new Error(
      `maturity.notifications.proposalGap must be a whole number from 1 to 5, got ${proposalGap}`,
    );
  }

  return {
    staleAfterMs: durationToMilliseconds(staleAfter),
    level: { rule, minCoverage, weights },
    targets,
    rollups: {
      rules,
      defaultRule,
      tierWeights,
      weightByConfidence:
        config?.getOptionalBoolean('rollups.weightByConfidence') ?? false,
    },
    confidence: { halfLifeMs, lowBelow },
    schedule: {
      hierarchySync: duration('schedule.hierarchySync', { minutes: 30 }),
      catalogProbe: duration('schedule.catalogProbe', { minutes: 1 }),
      snapshot: duration('schedule.snapshot', { hours: 6 }),
      backfill: duration('schedule.backfill', { minutes: 10 }),
      evidence: duration('schedule.evidence', { minutes: 15 }),
      notifications: duration('schedule.notifications', { hours: 6 }),
      confidence: duration('schedule.confidence', { hours: 1 }),
      ...(timeout ? { timeout } : {}),
    },
    visibility: { cacheTtlMs },
    selfService: {
      verifyTasks:
        config?.getOptionalBoolean('selfService.verifyTasks') ?? true,
    },
    evidence: { maxEntitiesPerRun, providerTimeoutMs, factRules, factMaxAgeMs },
    notifications: {
      enabled: config?.getOptionalBoolean('notifications.enabled') ?? true,
      proposalGap,
    },
  };
}
