import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';

/**
 * A non-2xx answer from another plugin; the message names the plugin, the status and the
 * plugin's own error message, so the failed step tells the user what went wrong.

 */
export class PluginApiError extends Error {
  readonly name = 'PluginApiError';

  constructor(
    readonly pluginId: string,
    readonly status: number,
    message: string,
  ) {
    super(`${pluginId} answered ${status}: ${message}`);
  }
}

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

  /** Sends one request and returns the parsed JSON answer; throws {@link PluginApiError}. */
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
    const text = await response.text();
    if (!response.ok) {
      throw new PluginApiError(
        req.pluginId,
        response.status,
        upstreamMessage(text, response.statusText),
      );
    }
    return (text ? JSON.parse(text) : {}) as T;
  }
}

/**
 * The message of an error answer: Backstage's `{ error: { name, message } }`, else the body cut
 * short (a proxy's HTML page should not flood the task log), else the status text.
 */
export function upstreamMessage(text: string, statusText: string): string {
  try {
    const message = JSON.parse(text)?.error?.message;
    if (typeof message === 'string' && message) {
      return message;
    }
  } catch {
    // not JSON
  }
  const trimmed = text.trim();
  if (trimmed) {
    return trimmed.length > 300 ? `${trimmed.slice(0, 300)}…` : trimmed;
  }
  return statusText || 'no error message';
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
