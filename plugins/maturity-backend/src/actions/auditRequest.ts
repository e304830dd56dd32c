import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import type { Request } from 'express';

/**
 * A stand-in for the HTTP request an action has no access to, so that its audit event names
 * the user the action runs for. The auditor takes the actor from a request's credentials only
 * (`createEvent` has no credentials option), and an action handler gets credentials but not
 * the request; this carries an on-behalf-of token of those credentials, which the auditor
 * resolves like any request's.
 */
export async function auditRequestFor(options: {
  auth: AuthService;
  credentials: BackstageCredentials;
  /** The action's name, logged as the request path. */
  action: string;
}): Promise<Request> {
  const { token } = await options.auth.getPluginRequestToken({
    onBehalfOf: options.credentials,
    targetPluginId: 'maturity',
  });
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  return {
    headers,
    method: 'POST',
    originalUrl: `actions-registry:maturity:${options.action}`,
    get: (name: string) => headers[name.toLocaleLowerCase('en-US')],
  } as unknown as Request;
}
