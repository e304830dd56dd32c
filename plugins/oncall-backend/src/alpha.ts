/**
 * Permission conditions of the on-call plugin, for use in a permission policy.
 *
 * @packageDocumentation
 */
export {
  oncallConditions,
  createOncallConditionalDecision,
  oncallGroupRules,
} from './permissions/rules';
