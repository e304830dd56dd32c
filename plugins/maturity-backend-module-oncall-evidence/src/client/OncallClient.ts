import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { MAX_ERROR_TEXT, REQUEST_TIMEOUT_MS } from '../limits';

/** The plugin id of the on-call backend, whose routes this module reads. */
export const ONCALL_PLUGIN_ID = 'oncall';

/**
 * What an answer is checked with: one of the zod schemas that `@agile-ops/plugin-oncall-common`
 * generates from the on-call plugin's OpenAPI document (only `safeParse` is used).
 */
export interface AnswerSchema<T> {
  safeParse(data: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: { issues: Array<{ path: PropertyKey[]; message: string }> };
      };
}

/** Reads the on-call plugin's HTTP API for one collection page, with one token. */
export interface OncallSession {
  /**
   * GETs `path` below `/api/oncall` (already encoded) and resolves to the answer checked
   * against `schema`; to undefined for a 404 (a team or rotation the on-call plugin does not
   * know). Any other failure, a timeout or an abort of the page rejects.
   */
  get<T>(path: string, schema: AnswerSchema<T>): Promise<T | undefined>;
}

/**
 * Opens sessions on the on-call plugin's API with the maturity plugin's own service
 * credentials, the way the maturity plugin hands them to its providers.
 */
export class OncallClient {
  constructor(
    private readonly deps: {
      auth: AuthService;
      discovery: DiscoveryService;
      timeoutMs?: number;
    },
  ) {}

  /**
   * A session for one page: the token and base URL are fetched once, and every request gives
   * up when `signal` aborts or after the request timeout.
   */
  async session(options: {
    credentials: BackstageCredentials;
    signal: AbortSignal;
  }): Promise<OncallSession> {
    const { auth, discovery } = this.deps;
    const timeoutMs = this.deps.timeoutMs ?? REQUEST_TIMEOUT_MS;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: options.credentials,
      targetPluginId: ONCALL_PLUGIN_ID,
    });
    const baseUrl = await discovery.getBaseUrl(ONCALL_PLUGIN_ID);
    return {
      async get<T>(path: string, schema: AnswerSchema<T>) {
        const res = await fetch(`${baseUrl}${path}`, {
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
          },
          // The token is for the on-call plugin alone; a redirect would carry it elsewhere.
          redirect: 'error',
          signal: AbortSignal.any([
            options.signal,
            AbortSignal.timeout(timeoutMs),
          ]),
        });
        if (res.status === 404) {
          await res.body?.cancel();
          return undefined;
        }
        if (!res.ok) {
          const text = (await res.text()).slice(0, MAX_ERROR_TEXT);
          throw new Error(`oncall ${path} answered ${res.status}: ${text}`);
        }
        const checked = schema.safeParse(await res.json());
        if (!checked.success) {
          const [issue] = checked.error.issues;
          throw new Error(
            `oncall ${path} answered an unexpected shape at ${issue?.path.join(
              '.',
            )}: ${issue?.message}`,
          );
        }
        return checked.data;
      },
    };
  }
}
