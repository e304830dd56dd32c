// `./portal fault`: the owner's mixed traffic against the portal backend on PostgreSQL, with
// PostgreSQL stopped (fast shutdown) after 15 s and started again 15 s later. Prints how
// requests failed while it was down, how soon the portal served again, whether the process
// stayed up, and checks every write answered 2xx row by row in the database.
//
// The database is a PostgreSQL cluster of its own (`agile-ops-fault` on port 5433, created on
// the first run with Debian's pg_createcluster), so stopping it disturbs nothing else here.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { connect } from './database.mjs';
import { log } from './log.mjs';
import { settings } from './settings.mjs';
import { mixedTraffic, startOwnerPortal } from './traffic.mjs';

const BEFORE_MS = 15_000;
const DOWN_MS = 15_000;
const SECONDS = 60;
const RATE = 100;
const RECOVERY_TARGET_MS = 5_000;

const sleep = ms => new Promise(r => setTimeout(r, ms));

const CLUSTER = 'agile-ops-fault';
// The installed PostgreSQL version is the folder name in /etc/postgresql.
const [VERSION] = fs.readdirSync('/etc/postgresql');

/** `pg_ctlcluster` on the fault run's own cluster. */
function cluster(action) {
  const args = ['--skip-systemctl-redirect', VERSION, CLUSTER, action];
  if (action === 'stop') args.push('-m', 'fast');
  execFileSync('pg_ctlcluster', args, { stdio: 'inherit' });
}

/** Creates the cluster on the first run (trusting loopback, as the test cluster does) and starts it. */
function ensureCluster() {
  const listed = execFileSync('pg_lsclusters', ['--no-header'], {
    encoding: 'utf8',
  });
  const line = listed.split('\n').find(l => l.split(/\s+/)[1] === CLUSTER);
  if (!line) {
    log(
      `fault: creating PostgreSQL cluster ${CLUSTER} on port ${settings.postgres.port}`,
    );
    execFileSync(
      'pg_createcluster',
      [
        VERSION,
        CLUSTER,
        '-p',
        String(settings.postgres.port),
        '--',
        '--auth=trust',
      ],
      { stdio: 'inherit' },
    );
  }
  if (!line?.includes('online')) cluster('start');
}

/** The acknowledged writes that are not in the database: by idempotency key or interrupt id. */
async function lostWrites(writes) {
  const acknowledged = writes.filter(w => w.status >= 200 && w.status < 300);
  const maturity = connect('postgres', settings);
  const oncall = connect('postgres', settings, 'oncall');
  try {
    const keys = acknowledged
      .filter(w => w.kind === 'assessment')
      .map(w => w.key);
    const ids = acknowledged
      .filter(w => w.kind === 'interrupt')
      .map(w => JSON.parse(w.body).id);
    const storedKeys = new Set(
      await maturity('maturity_assessments')
        .whereIn('idempotency_key', keys)
        .pluck('idempotency_key'),
    );
    const storedIds = new Set(
      await oncall('oncall_interrupts').whereIn('id', ids).pluck('id'),
    );
    return {
      acknowledged: acknowledged.length,
      lost: [
        ...keys.filter(k => !storedKeys.has(k)),
        ...ids.filter(id => !storedIds.has(id)),
      ],
    };
  } finally {
    await Promise.all([maturity.destroy(), oncall.destroy()]);
  }
}

function statusCounts(answers) {
  const counts = new Map();
  for (const a of answers)
    counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status || 'no answer'}×${n}`)
    .join(', ');
}

async function main() {
  ensureCluster();
  const portal = await startOwnerPortal(settings);
  let stoppedAt;
  let backAt;
  let restarted = false;
  try {
    const { answers, writes } = await mixedTraffic(settings, portal, {
      seconds: SECONDS,
      rate: RATE,
      during: async () => {
        await sleep(BEFORE_MS);
        try {
          log('fault: stopping PostgreSQL');
          stoppedAt = Date.now();
          cluster('stop');
          await sleep(DOWN_MS);
        } finally {
          cluster('start');
          restarted = true;
          backAt = Date.now();
          log('fault: PostgreSQL is back');
        }
      },
    });
    const started = a => a.at - a.ms;
    // What an outage causes: no answer or a 5xx (a 404 for a ref is an answer, outage or not).
    const failed = a => a.status === 0 || a.status >= 500;
    const during = answers.filter(
      a => started(a) >= stoppedAt && a.at <= backAt,
    );
    const after = answers.filter(a => started(a) >= backAt);
    const lastFailure = Math.max(
      backAt,
      ...after.filter(failed).map(a => a.at),
    );
    const recoveryMs = lastFailure - backAt;
    const slowest = Math.max(0, ...during.map(a => a.ms));
    const alive = (() => {
      try {
        process.kill(portal.backend.child.pid, 0);
        return true;
      } catch {
        return false;
      }
    })();
    const { acknowledged, lost } = await lostWrites(writes);
    const lines = [
      `before the stop: ${statusCounts(answers.filter(a => a.at < stoppedAt))}`,
      `while PostgreSQL was down (${((backAt - stoppedAt) / 1000).toFixed(
        1,
      )} s): ${statusCounts(during)}; slowest answer ${slowest.toFixed(0)} ms`,
      `after it was back: ${statusCounts(after)}; serving again ${(
        recoveryMs / 1000
      ).toFixed(1)} s after it was back (target ≤ 5 s: ${
        recoveryMs <= RECOVERY_TARGET_MS ? 'met' : 'MISSED'
      })`,
      `backend process: ${alive ? 'still up' : 'GONE'}`,
      `writes answered 2xx: ${acknowledged}, missing from the database: ${
        lost.length
      } (target 0: ${lost.length === 0 ? 'met' : 'MISSED'})${
        lost.length ? ` ${lost.slice(0, 10).join(', ')}` : ''
      }`,
    ];
    process.stdout.write(`\n${lines.join('\n')}\n`);
    if (
      !alive ||
      lost.length > 0 ||
      recoveryMs > RECOVERY_TARGET_MS ||
      during.some(a => a.status === 500)
    ) {
      process.exitCode = 1;
    }
  } finally {
    if (!restarted) cluster('start');
    await portal.backend.stop();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
