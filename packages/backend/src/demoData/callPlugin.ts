import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';

/** What a portal-only plugin needs to call another plugin's routes as itself. */
export type PluginCallDeps = { auth: AuthService; discovery: DiscoveryService };

/**
 * Calls a route of another plugin of this backend with this plugin's own service token and
 * resolves to the JSON answer; throws with the status and body when the answer is not a 2xx.
 * Redirects are refused: the token is for that plugin and must not travel anywhere else.
 */
export async function callPlugin(
  deps: PluginCallDeps,
  pluginId: string,
  path: string,
  init: RequestInit = {},
) {
  const { token } = await deps.auth.getPluginRequestToken({
    onBehalfOf: await deps.auth.getOwnServiceCredentials(),
    targetPluginId: pluginId,
  });
  const res = await fetch(
    `${await deps.discovery.getBaseUrl(pluginId)}${path}`,
    {
      ...init,
      headers: {
        ...init.headers,
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      redirect: 'error',
    },
  );
  if (!res.ok) {
    throw new Error(
      `${pluginId}${path} answered ${res.status}: ${await res.text()}`,
    );
  }
  return res.json();
}
