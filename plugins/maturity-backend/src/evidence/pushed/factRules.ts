import {
  isScore,
  isVectorId,
  spec,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import { Config } from '@backstage/config';

/**
 * One level of a fact rule: the score a value proposes when it meets every condition given
 * (`min` and `max` inclusive, for numbers; `equals` for booleans and strings). A level without
 * a condition takes any value, as a last fallback.
 */
export interface FactLevel {
  score: number;
  min?: number;
  max?: number;
  equals?: boolean | string;
}

/** How the latest value of one pushed fact proposes a score for one vector. */
export interface FactRule {
  /** The key of the pushed fact, e.g. `dependency-currency`. */
  fact: string;
  vector: VectorId;
  /** Tried in order; the first the value meets gives the score. */
  levels: FactLevel[];
}

const { key: KEY } = spec.components.schemas.PushedFact.properties;
const KEY_PATTERN = new RegExp(KEY.pattern);
const RULE_KEYS = ['fact', 'vector', 'levels'];
const LEVEL_KEYS = ['score', 'min', 'max', 'equals'];

function onlyKnownKeys(config: Config, known: string[], where: string) {
  const unknown = config.keys().find(key => !known.includes(key));
  if (unknown !== undefined) {
    throw new Error(
      `${where}.${unknown} is not a setting; use ${known.join(', ')}`,
    );
  }
}

function readLevel(level: Config, where: string): FactLevel {
  onlyKnownKeys(level, LEVEL_KEYS, where);
  const score = level.getNumber('score');
  if (!isScore(score)) {
    throw new Error(
      `${where}.score must be an integer from 0 to 5, got ${score}`,
    );
  }
  const min = level.getOptionalNumber('min');
  const max = level.getOptionalNumber('max');
  const equals = level.getOptional('equals');
  if (equals !== undefined && !['boolean', 'string'].includes(typeof equals)) {
    throw new Error(`${where}.equals must be true, false or a text`);
  }
  if (equals !== undefined && (min !== undefined || max !== undefined)) {
    throw new Error(
      `${where} takes either equals or min and max, not both: equals is for booleans and texts, min and max for numbers`,
    );
  }
  if (min !== undefined && max !== undefined && min > max) {
    throw new Error(`${where}.min must not be greater than its max`);
  }
  return {
    score,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(equals !== undefined ? { equals: equals as boolean | string } : {}),
  };
}

/**
 * Reads and checks `maturity.evidence.factRules` (of the `maturity` config given); a mistake
 * fails the start with the key named. One rule per vector, so each vector gets at most one
 * proposal of pushed facts.
 */
export function readFactRules(maturity?: Config): FactRule[] {
  const rules = maturity?.getOptionalConfigArray('evidence.factRules') ?? [];
  const vectors = new Map<string, number>();
  return rules.map((rule, i) => {
    const where = `maturity.evidence.factRules[${i}]`;
    onlyKnownKeys(rule, RULE_KEYS, where);
    const fact = rule.getString('fact');
    if (!KEY_PATTERN.test(fact) || fact.length > KEY.maxLength) {
      throw new Error(
        `${where}.fact must be the kebab-case key of a pushed fact (at most ${KEY.maxLength} characters), got "${fact}"`,
      );
    }
    const vector = rule.getString('vector');
    if (!isVectorId(vector)) {
      throw new Error(`${where}.vector must name a vector, got "${vector}"`);
    }
    const earlier = vectors.get(vector);
    if (earlier !== undefined) {
      throw new Error(
        `${where}.vector ${vector} has a rule already (factRules[${earlier}]); give each vector one rule`,
      );
    }
    vectors.set(vector, i);
    const levels = rule.getConfigArray('levels');
    if (levels.length === 0) {
      throw new Error(`${where}.levels must list at least one level`);
    }
    return {
      fact,
      vector,
      levels: levels.map((level, j) =>
        readLevel(level, `${where}.levels[${j}]`),
      ),
    };
  });
}
