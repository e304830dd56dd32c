import {
  AuthService,
  BackstageCredentials,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { JsonValue } from '@backstage/types';
import yaml from 'yaml';
import { failedResponseError, failedStatus } from '../api/failedResponse';
import { PluginApiClient } from '../api/PluginApiClient';
import { ALLOWED_URLS_KEY, requireAllowedUrl } from '../automation/allowList';
import {
  readSigningSecret,
  SIGNING_SECRET_KEY,
  signAutomationRequest,
} from '../automation/signing';
import { checkpointKey, idempotencyKey } from './context';
import { requireEntityRef } from './inputs';

const ID = 'agile-ops:automation:call';
const TIMEOUT_MS = 60_000;

/**
 * Creates the `agile-ops:automation:call` action: POSTs a signed JSON request to an
 * allow-listed automation endpoint, naming the entity and the user who asked.
 */
export function createAutomationCallAction(options: {
  config: RootConfigService;
  auth: AuthService;
  api: PluginApiClient;
}) {
  const { config, auth, api } = options;
  return createTemplateAction({
    id: ID,
    description: `POSTs JSON to an automation endpoint (for example a restart hook) below one of the URL prefixes in ${ALLOWED_URLS_KEY}, signed with ${SIGNING_SECRET_KEY}; the body carries the entity ref, the user who started the task and a request id. Redirects are not followed and no Backstage token is sent.`,
    supportsDryRun: true,
    examples: [
      {
        description: 'Ask the runbook automation to restart the chosen service',
        example: yaml.stringify({
          steps: [
            {
              id: 'restart',
              name: 'Request a restart',
              action: ID,
              input: {
                url: 'https://automation.example.com/hooks/restart',
                entityRef: '${{ parameters.entityRef }}',
                body: {
                  environment: '${{ parameters.environment }}',
                  reason: '${{ parameters.reason }}',
                },
              },
            },
          ],
        }),
      },
    ],
    schema: {
      input: {
        url: z =>
          z.string({
            description: `The http(s) URL to POST to; must be below a prefix listed in ${ALLOWED_URLS_KEY}`,
          }),
        body: z =>
          z
            .record(z.string(), z.any(), {
              description:
                'JSON object to send; entityRef, requestedBy and requestId are added to it and win over same-named fields',
            })
            .optional(),
        entityRef: z =>
          z.string({
            description: 'The entity the call is about, as a full ref',
          }),
      },
      output: {
        status: z =>
          z.number({ description: 'HTTP status of the answer (a 2xx)' }),
        response: z =>
          z
            .any()
            .describe(
              'The answer body: parsed JSON, or text when it is not JSON, null when empty',
            ),
      },
    },
    async handler(ctx) {
      const entity = requireEntityRef(ctx.input.entityRef, 'entityRef');
      const entityRef = stringifyEntityRef(entity);
      const url = requireAllowedUrl(
        ctx.input.url,
        config.getOptionalStringArray(ALLOWED_URLS_KEY) ?? [],
      );
      const extra = ctx.input.body ?? {};
      if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) {
        throw new InputError('body must be a JSON object');
      }
      // The user's own credentials, not a ref from the task spec: the catalog check below and
      // the signed requestedBy must be about the same, authenticated person.
      const credentials = await ctx.getInitiatorCredentials();
      if (!auth.isPrincipal(credentials, 'user')) {
        throw new InputError(
          `${ID} needs a task started by a signed-in user, so the endpoint knows who asked`,
        );
      }
      const requestedBy = credentials.principal.userEntityRef;
      const secret = readSigningSecret(config);
      if (!secret) {
        throw new NotAllowedError(
          `${ID} signs every call and ${SIGNING_SECRET_KEY} is not set in app-config; nothing was sent`,
        );
      }
      await requireReadable(api, entity, credentials, requestedBy);
      const body = {
        ...extra,
        entityRef,
        requestedBy,
        requestId: idempotencyKey(ctx),
      };

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would POST ${JSON.stringify(
            body,
          )} to ${url}, signed; nothing was sent`,
        );
        ctx.output('status', 200);
        ctx.output('response', { dryRun: true });
        return;
      }

      const result = await ctx.checkpoint({
        key: checkpointKey(ctx, ID, `${url}-${entityRef}`),
        fn: () => post(url, JSON.stringify(body), secret, ctx.signal),
      });
      ctx.logger.info(`${url} answered ${result.status}`);
      ctx.output('status', result.status);
      ctx.output('response', result.response);
    },
  });
}

// The initiator must be able to read the entity: otherwise a template could ask the automation
// to act on something the catalog hides from them. The catalog answers 404 for both a missing
// and a hidden entity, so the message cannot tell them apart either.
async function requireReadable(
  api: PluginApiClient,
  entity: CompoundEntityRef,
  credentials: BackstageCredentials,
  requestedBy: string,
): Promise<void> {
  try {
    await api.request({
      pluginId: 'catalog',
      method: 'GET',
      path: `/entities/by-name/${[entity.kind, entity.namespace, entity.name]
        .map(encodeURIComponent)
        .join('/')}`,
      credentials,
    });
  } catch (error) {
    if (failedStatus(error) === 404) {
      throw new NotFoundError(
        `${stringifyEntityRef(
          entity,
        )} is not in the catalog or ${requestedBy} may not read it; nothing was sent`,
      );
    }
    throw error;
  }
}

// A redirect is not followed: its target was never checked against the allow-list, and
// following it would hand the signed body to wherever the endpoint points.
async function post(
  url: string,
  body: string,
  secret: string,
  signal?: AbortSignal,
): Promise<{ status: number; response: JsonValue }> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...signAutomationRequest({ secret, body }),
    },
    body,
    redirect: 'manual',
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  });
  if (response.status >= 300 && response.status < 400) {
    throw new Error(
      `${url} answered ${response.status} with a redirect to ${
        response.headers.get('location') ?? 'nowhere (no Location header)'
      }; redirects are not followed, so allow and call the final URL instead`,
    );
  }
  if (!response.ok) {
    throw await failedResponseError(url, response);
  }
  return {
    status: response.status,
    response: parseBody(await response.text()),
  };
}

function parseBody(text: string): JsonValue {
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
