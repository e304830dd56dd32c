/**
 * Self-service in the portal: an entity card listing the scaffolder templates that apply to the
 * entity (by their `agile-ops/applies-to` annotation), launched with the entity filled in, and
 * how often they ran for it.
 *
 * @packageDocumentation
 */

export { selfServicePlugin, EntitySelfServiceCard } from './plugin';
export { selfServiceApiRef } from './api/SelfServiceApi';
export type { SelfServiceApi } from './api/SelfServiceApi';
export { SelfServiceClient } from './api/SelfServiceClient';
export { createFromTemplateRouteRef } from './routes';
export {
  APPLIES_TO_ANNOTATION,
  parseAppliesTo,
  readAppliesTo,
  templateAppliesTo,
} from './lib/appliesTo';
export type { AppliesToParseResult } from './lib/appliesTo';
export { defaultTemplateRoute, launchLink } from './lib/launchLink';
export type { TemplateRoute } from './lib/launchLink';
