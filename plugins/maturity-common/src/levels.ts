import { MaturityLevel } from './schema/openapi.generated';
// The aggregate 0–5 scale. A vector score and an entity level use the same scale, so
// one set of names and descriptions serves both. Wording is ours, after the
// framework's aggregate analysis.

/**
 * A value on the 0–5 maturity scale: a vector score or an entity level.
 *
 * @public
 */
export type MaturityLevelValue = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * The lowest value on the maturity scale.
 *
 * @public
 */
export const MIN_SCORE = 0;

/**
 * The highest value on the maturity scale.
 *
 * @public
 */
export const MAX_SCORE = 5;

/**
 * The six maturity levels, index equal to value.
 *
 * @public
 */
export const MATURITY_LEVELS: readonly MaturityLevel[] = Object.freeze(
  [
    {
      value: 0,
      name: 'Unknown',
      description:
        'Hardly anyone knows it and nobody really looks after it: abandoned, shelved, or a brand-new experiment with a single champion. Expect no recovery, backups or documentation to speak of.',
    },
    {
      value: 1,
      name: 'Fragile',
      description:
        'Past the experiment, but one or two people hold all the knowledge and keep getting interrupted by it. Recovery is manual and shaky, and patches and docs lag behind.',
    },
    {
      value: 2,
      name: 'Manual',
      description:
        'Broadly adopted with a handful of experts, yet run mostly by hand with little automation or self-service. Error-prone, a regular on-call burden, with known security gaps.',
    },
    {
      value: 3,
      name: 'Serviceable',
      description:
        'Where most production technology sits: recoverable, reasonably fault tolerant, largely under configuration management, with service levels usually met. Upgrades and unusual cases remain risky and laborious.',
    },
    {
      value: 4,
      name: 'Trusted',
      description:
        'Long established, stable and kept current, with many experts and automated pipelines. Most failures are absorbed without customer impact, and it has a settled place in the architecture plans.',
    },
    {
      value: 5,
      name: 'Effortless',
      description:
        'Most people can use, upgrade and recover it, and nearly everything is automated or self-service. Secure, scalable and quiet enough that nobody has to think about it.',
    },
  ].map(level => Object.freeze(level as MaturityLevel)),
);

/**
 * Type guard: true when `value` is an integer from 0 to 5, i.e. a valid vector score.
 *
 * @public
 */
export function isScore(value: unknown): value is MaturityLevelValue {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MIN_SCORE &&
    value <= MAX_SCORE
  );
}

/**
 * Returns the level description for a value from 0 to 5.
 *
 * @public
 */
export function getLevel(value: MaturityLevelValue): MaturityLevel {
  if (!isScore(value)) {
    // A bad index would otherwise return undefined and fail far from the cause.
    throw new RangeError(
      `level must be an integer from ${MIN_SCORE} to ${MAX_SCORE}, got ${value}`,
    );
  }
  return MATURITY_LEVELS[value];
}
