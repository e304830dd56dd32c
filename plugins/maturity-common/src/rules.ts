// The names of the configurable rules. They appear in app-config and in API responses,
// so they live in one place that the backend can validate config against.

/**
 * The rules that turn an entity's vector scores into one level.
 *
 * @public
 */
export const ENTITY_LEVEL_RULES = ['mean', 'weakest-link'] as const;

/**
 * The name of an entity level rule: `mean` or `weakest-link`.
 *
 * @public
 */
export type EntityLevelRule = (typeof ENTITY_LEVEL_RULES)[number];

/**
 * The entity level rule used when config names none.
 *
 * @public
 */
export const DEFAULT_ENTITY_LEVEL_RULE: EntityLevelRule = 'mean';

/**
 * The rules that combine children's values into a parent's value.
 *
 * @public
 */
export const ROLLUP_RULES = ['mean', 'min', 'weighted', 'p25'] as const;

/**
 * The name of a roll-up rule: `mean`, `min`, `weighted` or `p25`.
 *
 * @public
 */
export type RollupRule = (typeof ROLLUP_RULES)[number];

/**
 * The roll-up rule used when config names none for a vector.
 *
 * @public
 */
export const DEFAULT_ROLLUP_RULE: RollupRule = 'mean';

/**
 * Type guard: true when `value` names an entity level rule.
 *
 * @public
 */
export function isEntityLevelRule(value: unknown): value is EntityLevelRule {
  return (ENTITY_LEVEL_RULES as readonly unknown[]).includes(value);
}

/**
 * Type guard: true when `value` names a roll-up rule.
 *
 * @public
 */
export function isRollupRule(value: unknown): value is RollupRule {
  return (ROLLUP_RULES as readonly unknown[]).includes(value);
}
