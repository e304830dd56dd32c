import { entityRefPath, PluginHttpClient } from '@agile-ops/common';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { SelfServiceApi } from './SelfServiceApi';
import { SelfServiceUsage } from '@agile-ops/plugin-maturity-common';

/**
 * The HTTP client of {@link SelfServiceApi}. Runs are evidence for the maturity automation
 * vector, so they live in the maturity backend, not in a backend of their own.
 *
 * @public
 */
export class SelfServiceClient
  extends PluginHttpClient
  implements SelfServiceApi
{
  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    super('maturity', options);
  }

  async getUsage(entityRef: string): Promise<SelfServiceUsage> {
    return this.json(`/entities/${entityRefPath(entityRef)}/self-service`);
  }
}
