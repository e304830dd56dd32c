// `./portal load`: 60 s of an owner's mixed traffic at 200 requests per second against the
// portal backend on PostgreSQL with the generated organisation. Prints p99, errors and the
// growth of the backend's resident memory, each against its target; exits 1 when one is missed.

import { log } from './log.mjs';
import { settings } from './settings.mjs';
import { summarize } from './stats.mjs';
import { mixedTraffic, routeLatencies, startOwnerPortal } from './traffic.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS || 60);
const RATE = Number(process.env.LOAD_RATE || 200);

async function main() {
  const portal = await startOwnerPortal(settings);
  try {
    // Warm-up: the first requests compile code paths and fill caches; memory is counted after.
    await mixedTraffic(settings, portal, { seconds: 10, rate: RATE });
    const rssBefore = portal.backend.rssBytes();
    log(`load: ${SECONDS} s at ${RATE} req/s`);
    const { answers, writes } = await mixedTraffic(settings, portal, {
      seconds: SECONDS,
      rate: RATE,
    });
    const rssAfter = portal.backend.rssBytes();
    const stats = summarize(answers.map(a => a.ms));
    const errors = answers.filter(a => a.status < 200 || a.status >= 300);
    const byStatus = Object.entries(
      Object.groupBy(errors, a => String(a.status)),
    )
      .map(([status, list]) => `${status}×${list.length}`)
      .join(', ');
    const growth = (100 * (rssAfter - rssBefore)) / rssBefore;
    const lines = [
      `requests: ${answers.length} in ${SECONDS} s (${(
        answers.length / SECONDS
      ).toFixed(0)} req/s), ${writes.length} of them writes`,
      `latency: p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(
        1,
      )} ms, p99 ${stats.p99.toFixed(1)} ms (target p99 ≤ 50 ms: ${
        stats.p99 <= 50 ? 'met' : 'MISSED'
      })`,
      `errors: ${errors.length}${byStatus ? ` (${byStatus})` : ''} (target 0: ${
        errors.length === 0 ? 'met' : 'MISSED'
      })`,
      `resident memory: ${(rssBefore / 2 ** 20).toFixed(0)} MiB → ${(
        rssAfter /
        2 ** 20
      ).toFixed(0)} MiB, ${growth.toFixed(1)} % (target ≤ 10 %: ${
        growth <= 10 ? 'met' : 'MISSED'
      })`,
    ];
    lines.push(
      'each route alone, one client, after the run:',
      ...(await routeLatencies(settings, portal)),
    );
    process.stdout.write(`\n${lines.join('\n')}\n`);
    if (stats.p99 > 50 || errors.length > 0 || growth > 10) {
      process.exitCode = 1;
    }
  } finally {
    await portal.backend.stop();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
