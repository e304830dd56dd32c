import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express from 'express';
import { randomUUID } from 'node:crypto';

/** One restart request as the demo automation received it. */
export interface RestartRequest {
  id: string;
  receivedAt: string;
  entityRef: string;
  requestedBy?: string;
  reason?: string;
}

// Keep the demo's memory bounded however often the template runs.
const KEPT = 100;

/**
 * A stand-in for a team's own automation (a runbook runner, a deploy tool's webhook): it
 * accepts restart requests at `/api/demo-automation/restarts` and lists the latest ones, so the
 * "Request a service restart" template has something real to call in the demo portal.
 */
export const demoAutomationPlugin = createBackendPlugin({
  pluginId: 'demo-automation',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
      },
      async init({ httpRouter, logger }) {
        const received: RestartRequest[] = [];
        const router = express.Router();
        router.use(express.json({ limit: '16kb' }));
        router.post('/restarts', (req, res) => {
          // The agile-ops:automation:call action adds entityRef and requestedBy to the
          // template's body, which carries the reason.
          const { entityRef, requestedBy, reason } = req.body ?? {};
          if (typeof entityRef !== 'string' || !entityRef) {
            throw new InputError('entityRef must be an entity ref');
          }
          const restart: RestartRequest = {
            id: randomUUID(),
            receivedAt: new Date().toISOString(),
            entityRef,
            requestedBy:
              typeof requestedBy === 'string' ? requestedBy : undefined,
            reason: typeof reason === 'string' ? reason : undefined,
          };
          received.unshift(restart);
          received.splice(KEPT);
          logger.info(
            `restart of ${entityRef} requested by ${
              restart.requestedBy ?? 'someone'
            }`,
          );
          res.status(202).json(restart);
        });
        router.get('/restarts', (_req, res) => {
          res.json({ restarts: received });
        });
        httpRouter.use(router);
        // External automation is called without a Backstage token.
        httpRouter.addAuthPolicy({
          path: '/restarts',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
