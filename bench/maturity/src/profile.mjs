// `node bench/maturity/src/profile.mjs`: a CPU profile of the portal backend on PostgreSQL while
// an owner calls one route for PROFILE_SECONDS (20 by default), summarised as where the
// backend's busy time goes, by package. PROFILE_TARGET picks the route: `writes` (assessments
// of owned leaves, 16 clients; the default), `scorecard` (one owned scorecard, 32 clients),
// `bulk` (scorecards of 500 entities, 1 client) or `rollup` (the overview's roll-up, 1 client).
// The raw `.cpuprofile` stays in the work folder for Chrome's DevTools. Reuses the generated
// data with BENCH_REUSE_DATA=1.

import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import common from '@agile-ops/plugin-maturity-common';
import { log } from './log.mjs';
import { settings } from './settings.mjs';
import { startOwnerPortal } from './traffic.mjs';

const SECONDS = Number(process.env.PROFILE_SECONDS || 20);
const TARGET = process.env.PROFILE_TARGET || 'writes';
const profileDir = path.join(settings.workDir, 'profile');

const pathOf = leaf => `${leaf.kind}/default/${leaf.name}`;

/**
 * Samples what the maturity database's PostgreSQL sessions do while `run` runs: on CPU, waiting
 * (by wait event), or idle in a transaction (waiting on the backend). Counts per state.
 */
async function sampleSessions(run) {
  const client = new pg.Client({
    ...settings.postgres,
    database: `${settings.postgres.prefix}maturity`,
  });
  await client.connect();
  const seen = new Map();
  let samples = 0;
  let running = true;
  const sampling = (async () => {
    while (running) {
      const { rows } = await client.query(
        `select state, wait_event_type, wait_event from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`,
      );
      samples += 1;
      for (const row of rows) {
        const what =
          row.state === 'active'
            ? row.wait_event
              ? `waiting: ${row.wait_event_type} ${row.wait_event}`
              : 'running'
            : row.state;
        seen.set(what, (seen.get(what) ?? 0) + 1);
      }
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  })();
  try {
    return { result: await run(), seen, samples };
  } finally {
    running = false;
    await sampling;
    await client.end();
  }
}

/** The autocannon options of each target, for the portal started and signed in. */
const TARGETS = {
  writes: portal => {
    const run = randomUUID().slice(0, 8);
    let next = 0;
    return {
      connections: 16,
      requests: [
        {
          method: 'POST',
          setupRequest: request => {
            const n = next++;
            const leaf = portal.ownedLeaves[n % portal.ownedLeaves.length];
            return {
              ...request,
              path: `/api/maturity/entities/${pathOf(leaf)}/assessments`,
              body: JSON.stringify({
                scores: common.VECTOR_IDS.map((vector, v) => ({
                  vector,
                  score: (n + v) % 6,
                })),
                idempotencyKey: `profile-${run}-${n}`,
              }),
            };
          },
        },
      ],
    };
  },
  scorecard: portal => ({
    connections: 32,
    requests: [
      {
        path: `/api/maturity/entities/${pathOf(
          portal.ownedLeaves[0],
        )}/scorecard`,
      },
    ],
  }),
  bulk: portal => {
    let next = 0;
    return {
      connections: 1,
      requests: [
        {
          method: 'POST',
          setupRequest: request => {
            const start = (next++ * 500) % portal.org.leaves.length;
            const refs = Array.from({ length: 500 }, (_, k) => {
              const leaf =
                portal.org.leaves[(start + k) % portal.org.leaves.length];
              return `${leaf.kind}:default/${leaf.name}`;
            });
            return {
              ...request,
              path: '/api/maturity/scorecards',
              body: JSON.stringify({ entityRefs: refs, limit: 500 }),
            };
          },
        },
      ],
    };
  },
  rollup: () => ({
    connections: 1,
    requests: [{ path: '/api/maturity/rollups/organization/default/all' }],
  }),
};

/** The bucket a profile frame's time is counted in: a package, Node itself, or ours. */
function bucketOf(frame) {
  const { url, functionName } = frame.callFrame;
  // V8 names its own pseudo-frames "(idle)", "(program)", "(garbage collector)".
  if (!url)
    return functionName.startsWith('(')
      ? functionName
      : `(${functionName || 'native'})`;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const modules = url.split('node_modules/');
  if (modules.length > 1) {
    const rest = modules[modules.length - 1].split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.includes('/plugins/'))
    return `ours: ${url.split('/plugins/')[1].split('/')[0]}`;
  return path.relative(process.cwd(), url.replace('file://', ''));
}

/** Self time per bucket over the samples taken while the target's requests ran. */
function summarise(profile, fromUs, toUs) {
  const nodes = new Map(profile.nodes.map(n => [n.id, n]));
  const totals = new Map();
  let at = profile.startTime;
  let busy = 0;
  let all = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    if (at < fromUs || at > toUs) return;
    all += 1;
    const bucket = bucketOf(nodes.get(id));
    if (bucket === '(idle)' || bucket === '(program)') return;
    busy += 1;
    totals.set(bucket, (totals.get(bucket) ?? 0) + 1);
  });
  const shares = [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(
      ([bucket, n]) =>
        `  ${((100 * n) / busy).toFixed(1).padStart(5)} %  ${bucket}`,
    );
  // An idle share well above zero means the requests wait on something else (the database).
  return [
    `  the backend's thread was busy in ${((100 * busy) / all).toFixed(
      0,
    )} % of the samples`,
    ...shares,
  ];
}

async function main() {
  fs.rmSync(profileDir, { recursive: true, force: true });
  // Only the backend (started after this line) profiles itself; this process does not.
  process.env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${profileDir}`;
  const portal = await startOwnerPortal(settings);
  delete process.env.NODE_OPTIONS;
  let answered = 0;
  let sessions = [];
  let fromUs;
  let toUs;
  try {
    const target = TARGETS[TARGET];
    if (!target) {
      throw new Error(
        `PROFILE_TARGET must be one of ${Object.keys(TARGETS).join(', ')}`,
      );
    }
    const options = {
      url: settings.baseUrl,
      headers: {
        authorization: `Bearer ${portal.token}`,
        'content-type': 'application/json',
      },
      ...target(portal),
    };
    await autocannon({ ...options, amount: 64 });
    // The profile's clock is the monotonic one, in microseconds.
    fromUs = Number(process.hrtime.bigint() / 1000n);
    const { result, seen, samples } = await sampleSessions(() =>
      autocannon({ ...options, duration: SECONDS }),
    );
    toUs = Number(process.hrtime.bigint() / 1000n);
    sessions = [...seen]
      .sort((a, b) => b[1] - a[1])
      .map(([what, n]) => `  ${(n / samples).toFixed(2).padStart(6)}  ${what}`);
    answered = result['2xx'];
    log(
      `profile: ${TARGET}: ${answered} answered 2xx in ${SECONDS} s, ${result.non2xx} not`,
    );
  } finally {
    await portal.backend.stop();
  }
  const [file] = fs
    .readdirSync(profileDir)
    .filter(f => f.endsWith('.cpuprofile'));
  const profile = JSON.parse(
    fs.readFileSync(path.join(profileDir, file), 'utf8'),
  );
  process.stdout.write(
    [
      `\nbackend CPU profile during ${SECONDS} s of an owner's ${TARGET} (${(
        answered / SECONDS
      ).toFixed(0)} answers/s), busy time by package:`,
      ...summarise(profile, fromUs, toUs),
      `PostgreSQL sessions of the maturity database that were not idle, on average per sample (every 50 ms):`,
      ...sessions,
      `raw profile: ${path.join(profileDir, file)}\n`,
    ].join('\n'),
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
