import { createApiRef } from '@backstage/core-plugin-api';
import { SelfServiceUsage } from '@agile-ops/plugin-maturity-common';

/**
 * What the self-service frontend needs from the backends: the runs the maturity backend keeps.
 *
 * @public
 */
export interface SelfServiceApi {
  /** How often self-service templates ran for an entity, and the latest runs. */
  getUsage(entityRef: string): Promise<SelfServiceUsage>;
}

/**
 * The API reference of {@link SelfServiceApi}.
 *
 * @public
 */
export const selfServiceApiRef = createApiRef<SelfServiceApi>({
  id: 'plugin.self-service.api',
});
