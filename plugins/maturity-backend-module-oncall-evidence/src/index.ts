/**
 * Evidence for the Agile Ops maturity plugin from the on-call plugin: a team's rotations,
 * PoTW coverage and escalation propose supportability; its interrupt share and failures
 * propose operability and stability.
 *
 * @packageDocumentation
 */

export { maturityModuleOncallEvidence as default } from './module';
