// `node bench/maturity/src/profile.mjs`: a CPU profile of the portal backend on PostgreSQL while
// an owner's assessment writes run (16 clients, PROFILE_SECONDS, 20 by default), summarised as
// where the backend's busy time goes, by package. The raw `.cpuprofile` stays in the work
// folder for Chrome's DevTools. Reuses the generated data with BENCH_REUSE_DATA=1.

import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import common from '@agile-ops/plugin-maturity-common';
import { log } from './log.mjs';
import { settings } from './settings.mjs';
import { startOwnerPortal } from './traffic.mjs';

const SECONDS = Number(process.env.PROFILE_SECONDS || 20);
const profileDir = path.join(settings.workDir, 'profile');

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

/** Self time per bucket over the samples taken while the writes ran. */
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
  // An idle share well above zero means the writes wait on something else (the database).
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
  let writes = 0;
  let fromUs;
  let toUs;
  try {
    const run = randomUUID().slice(0, 8);
    let next = 0;
    const leaves = portal.ownedLeaves;
    const options = {
      url: settings.baseUrl,
      connections: 16,
      method: 'POST',
      headers: {
        authorization: `Bearer ${portal.token}`,
        'content-type': 'application/json',
      },
      requests: [
        {
          setupRequest: request => {
            const n = next++;
            const leaf = leaves[n % leaves.length];
            return {
              ...request,
              path: `/api/maturity/entities/${leaf.kind}/default/${leaf.name}/assessments`,
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
    await autocannon({ ...options, amount: 64 });
    // The profile's clock is the monotonic one, in microseconds.
    fromUs = Number(process.hrtime.bigint() / 1000n);
    const result = await autocannon({ ...options, duration: SECONDS });
    toUs = Number(process.hrtime.bigint() / 1000n);
    writes = result['2xx'];
    log(
      `profile: ${writes} writes answered 2xx in ${SECONDS} s, ${result.non2xx} not`,
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
      `\nbackend CPU profile during ${SECONDS} s of an owner's writes (${(
        writes / SECONDS
      ).toFixed(0)} writes/s), busy time by package:`,
      ...summarise(profile, fromUs, toUs),
      `raw profile: ${path.join(profileDir, file)}\n`,
    ].join('\n'),
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
