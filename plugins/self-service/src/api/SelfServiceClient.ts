import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { SelfServiceApi } from './SelfServiceApi';
import { SelfServiceUsage } from '@agile-ops/plugin-maturity-common';

/** `kind/namespace/name` of an entity ref, each part URL-encoded, as the routes expect. */
function refPath(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return [kind, namespace, name].map(encodeURIComponent).join('/');
}

/**
 * The HTTP client of {@link SelfServiceApi}. Runs are evidence for the maturity automation
 * vector, so they live in the maturity backend, not in a backend of their own.
 *
 * @public
 */
export class SelfServiceClient implements SelfServiceApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getUsage(entityRef: string): Promise<SelfServiceUsage> {
    const baseUrl = await this.discoveryApi.getBaseUrl('maturity');
    const response = await this.fetchApi.fetch(
      `${baseUrl}/entities/${refPath(entityRef)}/self-service`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as SelfServiceUsage;
  }
}
