import {
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
import { durationToMilliseconds } from '@backstage/types';

/** The maturity settings in force, read once from `maturity.*` config. */
export interface MaturitySettings {
  staleAfterMs: number;
  level: {
    rule: EntityLevelRule;
    minCoverage: number;
    weights: Partial<Record<VectorId, number>>;
  };
  targets: TargetProfile[];
}

const DEFAULT_STALE_AFTER = { days: 90 };

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

  return {
    staleAfterMs: durationToMilliseconds(staleAfter),
    level: { rule, minCoverage, weights },
    targets,
  };
}
