// Timing and percentiles. Durations are wall-clock milliseconds seen by the client.

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

export function summarize(samples) {
  return {
    n: samples.length,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    p99: percentile(samples, 0.99),
  };
}

/** Milliseconds one call of `fn` takes. */
export async function timed(fn) {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/**
 * Calls `fn` one after another: `warmup` times unrecorded, then `runs` times recorded. `fn`
 * returns the milliseconds that count (e.g. a request without parsing its answer). One client,
 * so the throughput is 1000 / mean latency.
 */
export async function sequential(fn, { runs, warmup = 3 }) {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await fn(i));
  const total = samples.reduce((a, b) => a + b, 0);
  return { ...summarize(samples), samples, perSecond: (1000 * runs) / total };
}
