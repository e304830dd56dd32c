// Entry point of the import worker thread (package export `./ical-worker`); see
// importInWorker.ts for how it is started in Jest, the dev backend and the built backend.

import type { MessagePort } from 'node:worker_threads';
import { readSchedule } from './readSchedule';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

/**
 * Reads the requested calendar and posts each step to `port`; called by the worker's
 * bootstrap, so that loading this module has no effect of its own.
 */
export function runImportWorker(port: MessagePort, request: WorkerRequest) {
  const reply = (message: WorkerReply) => port.postMessage(message);
  reply({ type: 'started' });
  try {
    const events = readSchedule(request.ics, {
      from: new Date(request.from),
      to: new Date(request.to),
      timezone: request.timezone,
      limits: request.limits,
      onEvent: uid => reply({ type: 'event', uid }),
    });
    reply({ type: 'done', events });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply({
      type:
        error instanceof TypeError || error instanceof RangeError
          ? 'invalid'
          : 'failed',
      message,
    });
  }
}
