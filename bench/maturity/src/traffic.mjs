// Mixed traffic of an owner against the portal backend on PostgreSQL, for `./portal load` and
// `./portal fault`: the portal started on the generated organisation with the guest signed in
// as an ordinary team member, and one autocannon run cycling through the routes the pages call.

import path from 'node:path';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import common from '@agile-ops/plugin-maturity-common';
import { startBackend, waitForCatalog } from './backend.mjs';
import { generate } from './generate.mjs';
import { api, guestToken, timedApi } from './http.mjs';
import { log } from './log.mjs';
import {
  buildOrganisation,
  catalogCounts,
  OWNER_TEAM,
  OWNER_USER,
} from './organisation.mjs';
import { summarize } from './stats.mjs';
import {
  statistics,
  waitForIdleTasks,
  waitForSyncedCatalog,
} from './tasks.mjs';

const pathOf = leaf => `${leaf.kind}/default/${leaf.name}`;
const sleep = ms => new Promise(r => setTimeout(r, ms));

/**
 * Generates the organisation (unless BENCH_REUSE_DATA=1), starts the backend on PostgreSQL (its
 * guest is OWNER_USER, a member of OWNER_TEAM), waits for the catalog and the first hierarchy
 * sync, vacuums where autovacuum is off, and creates the team's rotation the on-call routes read.
 */
export async function startOwnerPortal(settings) {
  const org = settings.reuseData
    ? buildOrganisation(settings.size)
    : (await generate(settings)).org;
  const ownedLeaves = org.leaves.filter(l => l.owner === OWNER_TEAM);
  const backend = await startBackend(
    'postgres',
    settings,
    path.join(settings.catalogDir, 'all.yaml'),
  );
  try {
    await waitForCatalog(settings, catalogCounts(org), backend);
    const token = await guestToken(settings);
    // The first scheduled sync starts 10 s after start-up; the roll-ups need it.
    await sleep(Math.max(0, 15_000 - (Date.now() - backend.startedAt)));
    await waitForIdleTasks({ settings, token });
    await waitForSyncedCatalog(
      { settings, token },
      Object.values(catalogCounts(org)).reduce((a, b) => a + b, 0),
    );
    // Earlier runs on reused data left dead rows; production's autovacuum would have cleared them.
    await statistics({ db: 'postgres', settings });
    const rotation = await api(settings, token, '/api/oncall/rotations', {
      method: 'POST',
      body: {
        owner: `group:default/${OWNER_TEAM}`,
        name: `load ${randomUUID().slice(0, 8)}`,
        version: {
          timezone: 'UTC',
          role: 'potw',
          participants: org.users
            .filter(u => u.memberOf === OWNER_TEAM)
            .map(u => `user:default/${u.name}`),
          handoff: { weekday: 1, time: '09:00' },
          shiftLength: 'P1W',
          startDate: '2026-01-05',
        },
      },
    });
    log(
      `signed in as ${OWNER_USER} of ${OWNER_TEAM} (${ownedLeaves.length} leaves owned), rotation ${rotation.id}`,
    );
    return { org, ownedLeaves, backend, token, rotationId: rotation.id };
  } catch (error) {
    await backend.stop();
    throw error;
  }
}

/**
 * The routes of one cycle, as the pages call them: scorecards, history, the overview's roll-up
 * and a domain drill-down, on-call now and shifts, and two writes (an assessment of an owned
 * leaf, an interrupt of the team). A write's body carries a key the run can find it by.
 */
function routes(portal, run) {
  const { org, ownedLeaves, rotationId } = portal;
  let n = 0;
  const owned = () => ownedLeaves[n++ % ownedLeaves.length];
  const anyLeaf = () => org.leaves[(n++ * 7919) % org.leaves.length];
  const domain = () => org.domains[n++ % org.domains.length];
  const window = new URLSearchParams({
    from: '2026-12-01T00:00:00Z',
    to: '2027-01-01T00:00:00Z',
  });
  return [
    {
      name: 'scorecard (owned)',
      path: () => `/api/maturity/entities/${pathOf(owned())}/scorecard`,
    },
    {
      name: 'history',
      path: () => `/api/maturity/entities/${pathOf(owned())}/history?limit=50`,
    },
    {
      name: 'all-domain roll-up',
      path: () => '/api/maturity/rollups/organization/default/all',
    },
    {
      name: 'scorecard (another team)',
      path: () => `/api/maturity/entities/${pathOf(anyLeaf())}/scorecard`,
    },
    {
      name: 'domain drill-down',
      path: () => `/api/maturity/rollups/domain/default/${domain().name}`,
    },
    {
      name: 'on-call now',
      path: () => `/api/oncall/teams/default/${OWNER_TEAM}/now`,
    },
    {
      name: 'shifts',
      path: () => `/api/oncall/rotations/${rotationId}/shifts?${window}`,
    },
    {
      name: 'assessment',
      write: 'assessment',
      path: () => `/api/maturity/entities/${pathOf(owned())}/assessments`,
      body: key => ({
        scores: common.VECTOR_IDS.map((vector, v) => ({
          vector,
          score: (key.length + v) % 6,
        })),
        comment: 'load run',
        idempotencyKey: key,
      }),
    },
    {
      name: 'interrupt',
      write: 'interrupt',
      path: () => '/api/oncall/interrupts',
      body: key => ({
        team: `group:default/${OWNER_TEAM}`,
        title: key,
        category: 'question',
        effortMinutes: 5,
      }),
    },
  ].map(route => ({
    ...route,
    nextKey: () => `${run}-${route.write}-${n++}`,
  }));
}

/** The cycle as autocannon requests; each answered write is pushed to `writes`. */
function cycle(portal, run, writes) {
  return routes(portal, run).map(route =>
    route.write
      ? {
          method: 'POST',
          setupRequest: (request, context) => {
            context.key = route.nextKey();
            return {
              ...request,
              path: route.path(),
              body: JSON.stringify(route.body(context.key)),
            };
          },
          onResponse: (status, body, context) => {
            writes.push({ kind: route.write, key: context.key, status, body });
          },
        }
      : {
          method: 'GET',
          setupRequest: request => ({ ...request, path: route.path() }),
        },
  );
}

/**
 * Each route of the cycle on its own, one client, `runs` times: where the time of the mixed
 * traffic goes.
 */
export async function routeLatencies(settings, portal, { runs = 20 } = {}) {
  const lines = [];
  for (const route of routes(portal, `probe-${randomUUID().slice(0, 8)}`)) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const key = route.nextKey();
      const { ms } = await timedApi(settings, portal.token, route.path(), {
        method: route.write ? 'POST' : 'GET',
        body: route.body?.(key),
      });
      samples.push(ms);
    }
    const { p50, p95 } = summarize(samples);
    lines.push(
      `  ${route.name}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    );
  }
  return lines;
}

/**
 * Runs the mixed traffic at a fixed overall rate and keeps every answer: its time, status and
 * latency (errors without a status count as status 0), and every write with its key and body.
 * `during` runs beside the traffic (the fault run stops and starts PostgreSQL in it).
 */
export async function mixedTraffic(
  settings,
  portal,
  { seconds, rate, during = async () => {} },
) {
  const run = `load-${randomUUID().slice(0, 8)}`;
  const writes = [];
  const answers = [];
  const instance = autocannon({
    url: settings.baseUrl,
    connections: 32,
    overallRate: rate,
    duration: seconds,
    // A request still unanswered after 10 s counts as an error, not a hang.
    timeout: 10,
    headers: {
      authorization: `Bearer ${portal.token}`,
      'content-type': 'application/json',
    },
    requests: cycle(portal, run, writes),
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    answers.push({ at: Date.now(), status, ms });
  });
  instance.on('reqError', () => {
    answers.push({ at: Date.now(), status: 0, ms: 10_000 });
  });
  const finished = new Promise((resolve, reject) =>
    instance.on('done', resolve).on('error', reject),
  );
  await during();
  await finished;
  return { run, answers, writes };
}
