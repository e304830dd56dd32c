import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { failedResponseError } from './failedResponse';

/**
 * Options of one call to another plugin's HTTP API.
 */
export interface PluginApiRequest {
  pluginId: string;
  method: 'GET' | 'POST';
  /** Path below the plugin's base URL, starting with `/`, already encoded. */
  path: string;
  /** Sent as JSON. */
  body?: object;
  /** The credentials the call is made on behalf of: the task's initiator. */
  credentials: BackstageCredentials;
  signal?: AbortSignal;
}

/**
 * Calls other backend plugins' JSON APIs on behalf of a user, so their permission rules and
 * audit see that user rather than the scaffolder.
 */
export class PluginApiClient {
  constructor(
    private readonly deps: { auth: AuthService; discovery: DiscoveryService },
  ) {}

  /**
   * Sends one request and returns the parsed JSON answer. A non-2xx answer throws an error
   * saying `{pluginId} answered {status}: {the plugin's message}`, with the `ResponseError` as
   * its cause (see {@link failedResponseError}).
   */
  async request<T>(req: PluginApiRequest): Promise<T> {
    const { auth, discovery } = this.deps;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: req.credentials,
      targetPluginId: req.pluginId,
    });
    const baseUrl = await discovery.getBaseUrl(req.pluginId);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }
    if (req.body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(`${baseUrl}${req.path}`, {
      method: req.method,
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal: req.signal,
    });
    if (!response.ok) {
      throw await failedResponseError(req.pluginId, response);
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : {}) as T;
  }
}

/**
 * The URL path of an entity in the maturity and on-call APIs: `/entities/{kind}/{namespace}/{name}`.
 */
export function entityPath(ref: {
  kind: string;
  namespace: string;
  name: string;
}): string {
  return `/entities/${[ref.kind, ref.namespace, ref.name]
    .map(encodeURIComponent)
    .join('/')}`;
}
