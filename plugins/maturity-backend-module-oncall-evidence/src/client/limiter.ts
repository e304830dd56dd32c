import pLimit from 'p-limit';

/** Runs tasks with at most a fixed number of them in flight. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A limiter that runs at most `concurrency` tasks at a time, the rest in the order they came
 * (p-limit's queue). Once `signal` aborts, waiting tasks are not started but rejected with its
 * reason, so a page whose first request failed stops sending the rest.
 */
export function createLimiter(
  concurrency: number,
  signal: AbortSignal,
): Limiter {
  const limit = pLimit(concurrency);
  return task =>
    limit(() => {
      signal.throwIfAborted();
      return task();
    });
}
