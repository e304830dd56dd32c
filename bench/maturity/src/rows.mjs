// One row of the results table.

export function row(measurement, db, stats, extra) {
  return {
    measurement,
    db,
    n: stats.n,
    p50: stats.p50,
    p95: stats.p95,
    ...extra,
  };
}
