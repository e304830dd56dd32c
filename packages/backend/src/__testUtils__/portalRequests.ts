import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfidentialEntity } from './demoPortal';
import { PluginId } from './documentedOperations';

/** One HTTP request to a plugin, the path relative to `/api/<plugin>`. */
export type PluginRequest = {
  plugin: PluginId;
  method: string;
  path: string;
  query?: Record<string, string>;
  /** Sent as JSON unless a string (then as it is, still labelled JSON). */
  body?: unknown;
  /** The Authorization header; none when left out. */
  authorization?: string;
};

/** What came back, the body as text so that nothing in it escapes a scan. */
export type PluginResponse = {
  status: number;
  text: string;
  /** The parsed body when it is JSON. */
  json?: any;
  /** Milliseconds from sending to the end of the body. */
  ms: number;
};

/** An Authorization header for a demo user. */
export const asUser = (userEntityRef: string) =>
  mockCredentials.user.header(userEntityRef);

/** An Authorization header for a plain service principal (not acting for anyone). */
export const asService = () => mockCredentials.service.header();

/** The full URL of a request against a backend. */
export function urlOf(baseUrl: string, req: PluginRequest): string {
  const query = req.query ? `?${new URLSearchParams(req.query)}` : '';
  return `${baseUrl}/api/${req.plugin}${req.path}${query}`;
}

function bodyText(body: unknown) {
  return body === undefined ? undefined : JSON.stringify(body);
}

/** Sends a request with fetch (kept-alive connections, cheap enough for thousands). */
export async function send(
  baseUrl: string,
  req: PluginRequest,
  timeoutMs = 30_000,
): Promise<PluginResponse> {
  const started = performance.now();
  const headers: Record<string, string> = {};
  if (req.authorization) headers.Authorization = req.authorization;
  if (req.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(urlOf(baseUrl, req), {
    method: req.method,
    headers,
    body: typeof req.body === 'string' ? req.body : bodyText(req.body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json, ms: performance.now() - started };
}

/**
 * The names and titles of hidden entities that an answer shows, leaving out those the request
 * itself names (an error may repeat what the caller sent; it must add nothing to it).
 */
export function leakedEntities(
  hidden: ConfidentialEntity[],
  req: PluginRequest,
  res: PluginResponse,
): string[] {
  const asked = `${req.path} ${JSON.stringify(req.query ?? {})} ${
    typeof req.body === 'string' ? req.body : JSON.stringify(req.body ?? '')
  }`.toLocaleLowerCase('en-US');
  const answer = res.text.toLocaleLowerCase('en-US');
  return hidden.flatMap(entity =>
    [entity.name, entity.title]
      .map(word => word.toLocaleLowerCase('en-US'))
      .filter(word => !asked.includes(word) && answer.includes(word)),
  );
}
