/**
 * Maturity vectors, levels, rubric version, permissions, API shapes and the pure scoring and
 * roll-up rules shared by the Agile Ops maturity plugins.
 *
 * @packageDocumentation
 */

export * from './vectors';
export * from './levels';
export * from './rubric';
export * from './rules';
export * from './entityLevel';
export * from './rollup';
export * from './tiers';
export * from './ratings';
export * from './targets';
export * from './permissions';
export * from './api';
export * from './schema/openapi.generated';
export * from './schema/zod.generated';
export * from './selfService';
export * from './assessments';
export * from './confidence';
