/**
 * Permission conditions of the maturity plugin, for use in a permission policy.
 *
 * @packageDocumentation
 */
export {
  maturityConditions,
  createMaturityConditionalDecision,
  maturityEntityRules,
} from './permissions/rules';
