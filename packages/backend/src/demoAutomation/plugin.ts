import {
  createAutomationRequestVerifier,
  readSigningSecret,
  SIGNING_SECRET_KEY,
} from '@agile-ops/plugin-scaffolder-backend-module-agile-ops';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import express from 'express';
import { randomUUID } from 'node:crypto';

/** One restart request as the demo automation received it. */
export interface RestartRequest {
  id: string;
  receivedAt: string;
  entityRef: string;
  requestedBy?: string;
  requestId?: string;
  reason?: string;
}

// Keep the demo's memory bounded however often the template runs.
const KEPT = 100;
const BODY_LIMIT = '16kb';

/**
 * A stand-in for a team's own automation (a runbook runner, a deploy tool's webhook): it
 * accepts restart requests signed by `agile-ops:automation:call` at
 * `/api/demo-automation/restarts` and lists the latest ones to signed-in users, so the
 * "Request a service restart" template has something real to call in the demo portal.
 */
export const demoAutomationPlugin = createBackendPlugin({
  pluginId: 'demo-automation',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
      },
      async init({ httpRouter, httpAuth, logger, config }) {
        // The portal is both caller and callee here, so both read the one shared secret.
        const secret = readSigningSecret(config);
        const verifier = secret
          ? createAutomationRequestVerifier({ secret })
          : undefined;
        if (!verifier) {
          logger.warn(
            `${SIGNING_SECRET_KEY} is not set: every restart request will be refused`,
          );
        }
        const received: RestartRequest[] = [];
        const router = express.Router();

        // The raw bytes, not parsed JSON: the signature is over exactly what was sent.
        router.post(
          '/restarts',
          express.raw({ type: () => true, limit: BODY_LIMIT }),
          (req, res) => {
            if (!verifier) {
              throw new ServiceUnavailableError(
                `the demo automation has no ${SIGNING_SECRET_KEY} to check signatures with`,
              );
            }
            const raw: Buffer = Buffer.isBuffer(req.body)
              ? req.body
              : Buffer.alloc(0);
            verifier.verify({ headers: req.headers, body: raw });
            const restart = readRestart(raw);
            received.unshift(restart);
            received.splice(KEPT);
            logger.info(
              `restart of ${restart.entityRef} requested by ${
                restart.requestedBy ?? 'someone'
              }`,
            );
            res.status(202).json(restart);
          },
        );
        // Express 4 does not pass a rejected promise on, so the refusal goes to next().
        router.get('/restarts', (req, res, next) => {
          httpAuth
            .credentials(req, { allow: ['user'] })
            .then(() => res.json({ restarts: received }), next);
        });
        httpRouter.use(router);
        // The action calls without a Backstage token; its signature authenticates a POST, and
        // the GET asks for a user itself. An auth policy names a path, not a method.
        httpRouter.addAuthPolicy({
          path: '/restarts',
          allow: 'unauthenticated',
        });
      },
    });
  },
});

// The agile-ops:automation:call action adds entityRef, requestedBy and requestId to the
// template's body, which carries the reason.
function readRestart(raw: Buffer): RestartRequest {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new InputError('the body must be a JSON object');
  }
  const { entityRef, requestedBy, requestId, reason } = (
    body && typeof body === 'object' ? body : {}
  ) as Record<string, unknown>;
  if (typeof entityRef !== 'string' || !entityRef) {
    throw new InputError('entityRef must be an entity ref');
  }
  const text = (value: unknown) =>
    typeof value === 'string' ? value : undefined;
  return {
    id: randomUUID(),
    receivedAt: new Date().toISOString(),
    entityRef,
    requestedBy: text(requestedBy),
    requestId: text(requestId),
    reason: text(reason),
  };
}
