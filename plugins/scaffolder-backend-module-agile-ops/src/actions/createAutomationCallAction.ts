import { AuthService, RootConfigService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { JsonValue } from '@backstage/types';
import yaml from 'yaml';
import { upstreamMessage } from '../api/PluginApiClient';
import { checkpointKey, initiatorRef } from './context';
import { requireEntityRef } from './inputs';

const ID = 'agile-ops:automation:call';
const CONFIG_KEY = 'agileOps.automation.allowedUrls';
const TIMEOUT_MS = 60_000;

/**
 * Creates the `agile-ops:automation:call` action: POSTs a JSON request to an allow-listed
 * automation endpoint, naming the entity and the user who asked.
 */
export function createAutomationCallAction(options: {
  config: RootConfigService;
  auth: AuthService;
}) {
  const { config, auth } = options;
  return createTemplateAction({
    id: ID,
    description: `POSTs JSON to an automation endpoint (for example a restart hook) whose URL starts with one of the prefixes in ${CONFIG_KEY}; the body carries the entity ref and the user who started the task. No Backstage token is sent.`,
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
            description: `The http(s) URL to POST to; must start with a prefix listed in ${CONFIG_KEY}`,
          }),
        body: z =>
          z
            .record(z.string(), z.any(), {
              description:
                'JSON object to send; entityRef and requestedBy are added to it and win over same-named fields',
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
      const entityRef = stringifyEntityRef(
        requireEntityRef(ctx.input.entityRef, 'entityRef'),
      );
      const url = allowedUrl(
        ctx.input.url,
        config.getOptionalStringArray(CONFIG_KEY) ?? [],
      );
      const extra = ctx.input.body ?? {};
      if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) {
        throw new InputError('body must be a JSON object');
      }
      const requestedBy = await initiatorRef(ctx, auth);
      if (!requestedBy) {
        throw new InputError(
          `${ID} needs a task started by a signed-in user, so the endpoint knows who asked`,
        );
      }
      const body = { ...extra, entityRef, requestedBy };

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would POST ${JSON.stringify(
            body,
          )} to ${url}; nothing was sent`,
        );
        ctx.output('status', 200);
        ctx.output('response', { dryRun: true });
        return;
      }

      const result = await ctx.checkpoint({
        key: checkpointKey(ctx, ID, `${url}-${entityRef}`),
        fn: () => post(url, body, ctx.signal),
      });
      ctx.logger.info(`${url} answered ${result.status}`);
      ctx.output('status', result.status);
      ctx.output('response', result.response);
    },
  });
}

// Prefixes are compared on normalised URLs with the same origin, so neither `..` segments nor
// `https://allowed.example.com@elsewhere` nor `https://allowed.example.com.evil` slip through.
function allowedUrl(value: unknown, prefixes: string[]): string {
  if (prefixes.length === 0) {
    throw new NotAllowedError(
      `${ID} is switched off: no URL is allowed until ${CONFIG_KEY} lists URL prefixes in app-config`,
    );
  }
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new InputError(`url must be an absolute http(s) URL, got "${value}"`);
  }
  if (
    !['http:', 'https:'].includes(url.protocol) ||
    url.username ||
    url.password
  ) {
    throw new InputError(
      `url must be an http(s) URL without credentials, got "${value}"`,
    );
  }
  const allowed = prefixes.some(prefix => {
    try {
      const base = new URL(prefix);
      return base.origin === url.origin && url.href.startsWith(base.href);
    } catch {
      return false;
    }
  });
  if (!allowed) {
    throw new NotAllowedError(
      `${url.href} is not allowed: it starts with none of the prefixes in ${CONFIG_KEY}`,
    );
  }
  return url.href;
}

async function post(
  url: string,
  body: object,
  signal?: AbortSignal,
): Promise<{ status: number; response: JsonValue }> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(
      `${url} answered ${response.status}: ${upstreamMessage(
        text,
        response.statusText,
      )}`,
    );
  }
  return { status: response.status, response: parseBody(text) };
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
