import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';

/** How long after a sync that changed something the next one runs. */
export const FOLLOW_UP_DELAY_MS = 30_000;

/**
 * Runs the hierarchy sync again shortly after a sync that found changes, until one finds none.
 *
 * The catalog ingests a new location over tens of seconds, so the first sync after a start (or
 * after a big import) sees only part of it; without a follow-up the roll-ups would miss the rest
 * until the next scheduled run, half an hour later by default. A sync of an unchanged catalog
 * writes nothing, so the follow-ups stop by themselves.
 */
export function createFollowUpSync(options: {
  scheduler: SchedulerService;
  taskId: string;
  logger: LoggerService;
  delayMs?: number;
}) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    /** Asks for one more run after the delay; repeated calls before it fires coalesce. */
    schedule() {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        options.scheduler.triggerTask(options.taskId).catch(error => {
          // A run already in progress (here or on another replica) covers what we wanted.
          options.logger.debug(
            `follow-up hierarchy sync not started: ${error}`,
          );
        });
      }, options.delayMs ?? FOLLOW_UP_DELAY_MS);
      timer.unref?.();
    },
    /** Drops a pending follow-up, e.g. on shutdown. */
    cancel() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
