// The names of the configurable rules. They appear in app-config and in API responses, so
// they are read from the OpenAPI document, which the backend also validates config against.

import { EntityLevelRule, RollupRule, spec } from './schema/openapi.generated';

/**
 * The rules that turn an entity's vector scores into one level.
 *
 * @public
 */
export const ENTITY_LEVEL_RULES = spec.components.schemas.EntityLevelRule.enum;

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
export const ROLLUP_RULES = spec.components.schemas.RollupRule.enum;

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
