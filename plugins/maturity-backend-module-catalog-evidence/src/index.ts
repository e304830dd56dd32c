/**
 * The `catalog` evidence provider of the Agile Ops maturity plugin, as a backend module.
 *
 * @packageDocumentation
 */

export { maturityModuleCatalogEvidence as default } from './module';
export { CREATED_AT_ANNOTATION } from './mapping/createdAt';
