// Runs the parsing and expansion of an import in a worker thread with a hard time limit, so a
// calendar whose rule never matches (ical.js then loops inside one step) cannot hold the event
// loop of the shared backend process.

import { InputError, ServiceUnavailableError } from '@backstage/errors';
import { Worker } from 'node:worker_threads';
import { validated } from '../service/inputErrors';
import { DEFAULT_IMPORT_LIMITS, ImportLimits } from '../service/limits';
import { checkCharacters } from './importCaps';
import type { ExpandedEvent } from './readSchedule';
import {
  ImportedSchedule,
  resolveSchedule,
  ResolveUser,
} from './resolveSchedule';
import { WORKER_BOOTSTRAP, workerLaunch } from './workerLaunch';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

/** Heap a worker may use; a calendar within the caps needs a small part of it in its time. */
const WORKER_HEAP_MB = 256;

/** The window and zone of an import. */
export interface ImportWindow {
  readonly from: Date;
  readonly to: Date;
  readonly timezone?: string;
}

/**
 * Calendar imports of this process: each one in its own worker thread, at most
 * `maxConcurrent` at once.
 */
export class CalendarImports {
  private limits: ImportLimits;
  private readonly workers = new Set<Worker>();
  private running = 0;

  constructor(limits: ImportLimits = DEFAULT_IMPORT_LIMITS) {
    this.limits = limits;
  }

  /** Replaces the caps, for imports started from now on (the plugin reads them from config). */
  configure(limits: ImportLimits): void {
    this.limits = limits;
  }

  /** Worker threads that have not exited yet. */
  get liveWorkers(): number {
    return this.workers.size;
  }

  /**
   * Parses and expands `ics` in a worker; an InputError whose message names the event and
   * the cap when the calendar is bad or over a cap, the time limit included, and a
   * ServiceUnavailableError when `maxConcurrent` imports are already running.
   */
  async read(ics: string, window: ImportWindow): Promise<ExpandedEvent[]> {
    const limits = this.limits;
    validated(() => checkCharacters(ics, limits));
    if (this.running >= limits.maxConcurrent) {
      throw new ServiceUnavailableError(
        `ics: ${this.running} calendar imports are already running, the most at once; try again in a few seconds`,
      );
    }
    this.running += 1;
    try {
      return await this.inWorker(
        {
          ics,
          from: window.from.getTime(),
          to: window.to.getTime(),
          timezone: window.timezone,
          limits,
        },
        limits,
      );
    } finally {
      this.running -= 1;
    }
  }

  private inWorker(
    request: WorkerRequest,
    limits: ImportLimits,
  ): Promise<ExpandedEvent[]> {
    const launch = workerLaunch();
    const worker = new Worker(WORKER_BOOTSTRAP, {
      eval: true,
      workerData: { entry: launch.entry, request },
      execArgv: launch.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: false,
      stderr: false,
    });
    this.workers.add(worker);
    worker.once('exit', () => this.workers.delete(worker));

    return new Promise<ExpandedEvent[]>((resolve, reject) => {
      let uid: string | undefined;
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // Terminating also stops a worker still looping inside ical.js.
        void worker.terminate();
        outcome();
      };
      const refuse = (message: string) =>
        finish(() => reject(new InputError(message)));
      const arm = (ms: number, onTimeout: () => void) => {
        clearTimeout(timer);
        timer = setTimeout(onTimeout, ms);
        timer.unref();
      };
      arm(limits.startLimitMs, () =>
        finish(() =>
          reject(
            new ServiceUnavailableError(
              `ics: the import worker did not start within ${limits.startLimitMs} ms; try again`,
            ),
          ),
        ),
      );
      worker.on('message', (reply: WorkerReply) => {
        switch (reply.type) {
          case 'started':
            arm(limits.timeLimitMs, () =>
              refuse(
                uid
                  ? `ics event ${uid}: expanding its recurrences took longer than the time limit of ${limits.timeLimitMs} ms (a rule that never or too rarely matches, or repeats too often)`
                  : `ics could not be parsed within the time limit of ${limits.timeLimitMs} ms`,
              ),
            );
            break;
          case 'event':
            uid = reply.uid;
            break;
          case 'done':
            finish(() => resolve(reply.events));
            break;
          case 'invalid':
            refuse(reply.message);
            break;
          default:
            finish(() =>
              reject(new Error(`ics import failed: ${reply.message}`)),
            );
        }
      });
      worker.once('error', error => {
        const memory =
          (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        if (memory) {
          refuse(
            `ics${
              uid ? ` event ${uid}` : ''
            }: reading the calendar needs more than the limit of ${WORKER_HEAP_MB} MB of memory`,
          );
        } else {
          finish(() => reject(error));
        }
      });
      worker.once('exit', code =>
        finish(() =>
          reject(new Error(`ics import worker ended early with code ${code}`)),
        ),
      );
      // A worker must never keep the process alive, so a SIGTERM ends the backend promptly;
      // this comes after the listeners, as adding a 'message' listener refs the worker again.
      worker.unref();
    });
  }
}

/** The imports of this process; the plugin configures its caps from `oncall.import`. */
export const calendarImports = new CalendarImports();

/**
 * Reads the stretches of duty of a calendar like `importSchedule`, with the parsing and
 * expansion in a worker thread and `resolveUser` called here, on the main thread.
 */
export async function importScheduleInWorker(
  ics: string,
  options: ImportWindow & { readonly resolveUser: ResolveUser },
  imports: CalendarImports = calendarImports,
): Promise<ImportedSchedule> {
  const events = await imports.read(ics, options);
  return resolveSchedule(events, options.resolveUser);
}
