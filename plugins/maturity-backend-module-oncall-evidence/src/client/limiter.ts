/** Runs tasks with at most a fixed number of them in flight. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A limiter that runs at most `concurrency` tasks at a time, the rest in the order they came.
 * Once `signal` aborts, waiting tasks are not started but rejected with its reason, so a
 * page whose first request failed stops sending the rest.
 */
export function createLimiter(
  concurrency: number,
  signal: AbortSignal,
): Limiter {
  let running = 0;
  const waiting: Array<() => void> = [];
  // A finished task hands its slot straight to the next waiting one, so a task that arrives
  // in between cannot take it as well.
  const release = () => {
    const start = waiting.shift();
    if (start) start();
    else running -= 1;
  };
  return async task => {
    if (running < concurrency) running += 1;
    else await new Promise<void>(start => waiting.push(start));
    try {
      signal.throwIfAborted();
      return await task();
    } finally {
      release();
    }
  };
}
