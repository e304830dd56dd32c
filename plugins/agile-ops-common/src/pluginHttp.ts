import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';

/**
 * What the frontend clients need of Backstage's discovery and fetch APIs (structural, so this
 * package needs no frontend dependency).
 *
 * @public
 */
export interface PluginHttpApis {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi: { fetch(input: string, init?: RequestInit): Promise<Response> };
}

/**
 * The base of the suite's frontend HTTP clients: requests go to one backend plugin through
 * Backstage's fetch (which adds the user's token), and a non-2xx answer becomes a
 * `ResponseError` carrying the backend's own error body.
 *
 * @public
 */
export class PluginHttpClient {
  constructor(
    private readonly pluginId: string,
    private readonly apis: PluginHttpApis,
  ) {}

  /** Sends a request and reads its JSON answer. */
  protected async json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await this.request(path, init);
    return (await response.json()) as T;
  }

  /** Sends a request and reads its answer as text (an export, a calendar). */
  protected async text(path: string, init?: RequestInit): Promise<string> {
    const response = await this.request(path, init);
    return response.text();
  }

  /** Sends a request whose answer has no body to read, such as a DELETE. */
  protected async send(path: string, init: RequestInit): Promise<void> {
    await this.request(path, init);
  }

  private async request(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.apis.discoveryApi.getBaseUrl(this.pluginId);
    const response = await this.apis.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}

/**
 * `kind/namespace/name` of an entity ref, each part URL-encoded, as the plugins' routes take it.
 *
 * @public
 */
export function entityRefPath(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return [kind, namespace, name].map(encodeURIComponent).join('/');
}

/**
 * A query string of the parameters that are set (with its `?`), or nothing.
 *
 * @public
 */
export function queryString(
  params: Record<string, string | number | boolean | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Request options that send `body` as JSON.
 *
 * @public
 */
export function jsonRequest(method: string, body: unknown): RequestInit {
  return {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}
