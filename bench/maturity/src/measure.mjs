// The measurements through the HTTP API of the running backend (the SQL baseline of the
// roll-up aside), in order, each returning rows for the results table.

import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import common from '@agile-ops/plugin-maturity-common';
import { connect } from './database.mjs';
import { browserOverview } from './browser.mjs';
import { api, guestToken, timedApi } from './http.mjs';
import { log } from './log.mjs';
import { OWNER_TEAM } from './organisation.mjs';
import { row } from './rows.mjs';
import { sequential, summarize, timed } from './stats.mjs';
import {
  catalogProbe,
  confidence,
  hierarchySync,
  snapshot,
  statistics,
} from './tasks.mjs';

const VECTORS = common.VECTOR_IDS;

const refOf = leaf => `${leaf.kind}:default/${leaf.name}`;
const pathOf = leaf => `${leaf.kind}/default/${leaf.name}`;

/** Runs autocannon and keeps every response time, for exact percentiles. */
function load(options) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const statuses = new Map();
    const instance = autocannon(options, (error, result) =>
      error ? reject(error) : resolve({ result, latencies, statuses }),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      latencies.push(ms);
    });
  });
}

function checkStatuses(name, statuses, ok) {
  const bad = [...statuses].filter(([s]) => s !== ok);
  if (bad.length > 0) {
    throw new Error(
      `${name}: unexpected statuses ${bad
        .map(([s, n]) => `${s}×${n}`)
        .join(', ')}`,
    );
  }
}

/** Bulk scorecards for 500 entities in one request; the 500 move through the organisation. */
async function bulkScorecards(ctx) {
  const { settings, db, token, org } = ctx;
  const leaves = org.leaves;
  let bytes = 0;
  const stats = await sequential(
    async i => {
      const start = (Math.abs(i) * 500) % leaves.length;
      const refs = Array.from({ length: 500 }, (_, k) =>
        refOf(leaves[(start + k) % leaves.length]),
      );
      const res = await timedApi(settings, token, '/api/maturity/scorecards', {
        method: 'POST',
        body: { entityRefs: refs, limit: 500 },
      });
      if (res.body.items.length !== Math.min(500, leaves.length)) {
        throw new Error(
          `scorecards: ${res.body.items.length} items, ${res.body.notFound.length} not found`,
        );
      }
      bytes = res.bytes;
      return res.ms;
    },
    { runs: ctx.size.runs },
  );
  return [
    row(
      `bulk scorecards, 500 entities (${(bytes / 1e6).toFixed(1)} MB of JSON)`,
      db,
      stats,
      {
        throughput: `${stats.perSecond.toFixed(1)} req/s (1 client)`,
        target: 'p50 ≤ 50 ms',
        met: stats.p50 <= 50,
      },
    ),
  ];
}

const LEAF_KINDS = ['component', 'resource'];
const DAY_MS = 86_400_000;

/**
 * By hand, what the overview's roll-up answers, aggregated from the current scores as the route
 * did before it kept stored counts: for the organisation and each domain, every vector's score
 * distribution (which gives mean, min, max and coverage) and its stale scores, the entities
 * counted and rated, and the five weakest entities.
 */
function rollupByAggregating(knex) {
  const staleBefore = new Date(Date.now() - 90 * DAY_MS);
  const leaves = () =>
    knex('maturity_entities as e')
      .where('e.in_catalog', true)
      .whereIn('e.kind', LEAF_KINDS)
      .whereNotNull('e.domain_ref');
  const stale = knex.raw(
    'sum(case when c.recorded_at < ? then 1 else 0 end) as stale',
    [staleBefore],
  );
  const distribution = group =>
    leaves()
      .join('maturity_current_scores as c', 'c.entity_ref', 'e.entity_ref')
      .groupBy(...group, 'c.vector', 'c.score')
      .select(
        ...group,
        'c.vector',
        'c.score',
        knex.raw('count(*) as n'),
        stale,
      );
  const counts = group =>
    leaves()
      .leftJoin('maturity_entity_levels as l', 'l.entity_ref', 'e.entity_ref')
      .modify(q => (group.length > 0 ? q.groupBy(...group) : q))
      .select(
        ...group,
        knex.raw('count(*) as entities'),
        knex.raw('count(l.level) as rated'),
      );
  const ranked = knex
    .from(
      leaves()
        .join('maturity_entity_levels as l', 'l.entity_ref', 'e.entity_ref')
        .whereNotNull('l.level')
        .select(
          'e.domain_ref',
          'e.entity_ref',
          'l.level',
          knex.raw(
            'row_number() over (partition by e.domain_ref order by l.level, e.entity_ref) as n',
          ),
        )
        .as('r'),
    )
    .where('r.n', '<=', 5)
    .select('r.domain_ref', 'r.entity_ref', 'r.level');
  const weakestOverall = leaves()
    .join('maturity_entity_levels as l', 'l.entity_ref', 'e.entity_ref')
    .whereNotNull('l.level')
    .orderBy([{ column: 'l.level' }, { column: 'e.entity_ref' }])
    .limit(5)
    .select('e.entity_ref', 'l.level');
  return Promise.all([
    distribution([]),
    distribution(['e.domain_ref']),
    counts([]),
    counts(['e.domain_ref']),
    ranked,
    weakestOverall,
  ]);
}

/**
 * By hand, the same answer the way the route now finds it: the stored counts of the
 * organisation and of every domain (per vector and tier: levels, stale, counted), the domains
 * in the catalog, and the five weakest entities of each domain and overall, each domain's read
 * through its own index range.
 */
async function rollupFromStoredCounts(knex) {
  const leaves = () =>
    knex('maturity_entities as e')
      .where('e.in_catalog', true)
      .whereIn('e.kind', LEAF_KINDS)
      .join('maturity_entity_levels as l', 'l.entity_ref', 'e.entity_ref')
      .whereNotNull('l.level')
      .orderBy([{ column: 'l.level' }, { column: 'e.entity_ref' }])
      .limit(5)
      .select('e.domain_ref', 'e.entity_ref', 'l.level');
  const domains = await knex('maturity_entities')
    .where({ kind: 'domain', in_catalog: true })
    .select('entity_ref', 'title');
  const [first, ...rest] = domains.map((d, i) =>
    knex
      .select(`w${i}.*`)
      .from(leaves().where('e.domain_ref', d.entity_ref).as(`w${i}`)),
  );
  return Promise.all([
    knex('maturity_scope_counts')
      .whereIn('scope_kind', ['organization', 'domain'])
      .select(),
    domains,
    rest.length > 0 ? first.unionAll(rest) : first,
    leaves(),
    // The stored confidence per level of the organisation and its domains, as the route reads.
    knex('maturity_scope_confidence')
      .whereIn('scope_ref', [
        'organization:default/all',
        ...domains.map(d => d.entity_ref),
      ])
      .select('scope_ref', 'vector', 'levels'),
  ]);
}

/**
 * The overview's roll-up (`GET /rollups/organization/default/all`: the organisation with its
 * domains as children), alternating with {@link rollupFromStoredCounts} (the same work) and
 * {@link rollupByAggregating} (the work before stored counts) straight through knex, so all
 * three see the same conditions.
 */
async function domainRollups(ctx) {
  const { settings, db, token, org } = ctx;
  const knex = connect(db, settings);
  try {
    const sql = () => rollupFromStoredCounts(knex);
    const aggregating = () => rollupByAggregating(knex);
    const apiCall = async () => {
      const res = await timedApi(
        settings,
        token,
        '/api/maturity/rollups/organization/default/all',
      );
      if (res.body.children.length !== org.domains.length) {
        throw new Error(`roll-up: ${res.body.children.length} domains`);
      }
      // The confidence run went first: the route pays for reading it.
      if (typeof res.body.vectors[0].confidence !== 'number') {
        throw new Error('roll-up: no confidence');
      }
      return res.ms;
    };
    const apiSamples = [];
    const sqlSamples = [];
    const aggregatingSamples = [];
    for (let i = -3; i < ctx.size.runs; i++) {
      const a = { ms: await apiCall() };
      const s = await timed(sql);
      const g = await timed(aggregating);
      const [, domains, weakest] = s.value;
      const [, , , domainCounts] = g.value;
      if (
        domains.length !== org.domains.length ||
        domainCounts.length !== org.domains.length ||
        new Set(weakest.map(w => w.domain_ref)).size !== org.domains.length
      ) {
        throw new Error(
          `SQL roll-up: ${domains.length} / ${domainCounts.length} domains`,
        );
      }
      if (i >= 0) {
        apiSamples.push(a.ms);
        sqlSamples.push(s.ms);
        aggregatingSamples.push(g.ms);
      }
    }
    const apiStats = summarize(apiSamples);
    const sqlStats = summarize(sqlSamples);
    const ratio = apiStats.p50 / sqlStats.p50;
    const perSecond = s => (1000 * s.length) / s.reduce((x, y) => x + y, 0);
    return [
      row(
        `all-domain roll-up, GET /rollups/organization/default/all (${org.domains.length} × 15)`,
        db,
        apiStats,
        {
          throughput: `${perSecond(apiSamples).toFixed(1)} req/s (1 client)`,
          target: 'p50 ≤ 100 ms',
          met: apiStats.p50 <= 100,
        },
      ),
      row(
        'hand-written SQL, same answer from the stored counts',
        db,
        sqlStats,
        {
          throughput: `${perSecond(sqlSamples).toFixed(1)} queries/s`,
          target: '(baseline)',
          met: null,
        },
      ),
      {
        measurement: 'roll-up ÷ SQL, p50',
        db,
        ratio,
        target: '≤ 2',
        met: ratio <= 2,
      },
      row(
        'hand-written SQL aggregating all current scores (no stored counts)',
        db,
        summarize(aggregatingSamples),
        {
          throughput: `${perSecond(aggregatingSamples).toFixed(1)} queries/s`,
          target: '(info)',
          met: null,
        },
      ),
    ];
  } finally {
    await knex.destroy();
  }
}

/** One domain with its systems as children; the domain changes each run. */
async function drillDown(ctx) {
  const { settings, db, token, org } = ctx;
  const stats = await sequential(
    async i => {
      const domain = org.domains[Math.abs(i) % org.domains.length];
      const res = await timedApi(
        settings,
        token,
        `/api/maturity/rollups/domain/default/${domain.name}`,
      );
      if (!res.body.children?.length)
        throw new Error('drill-down: no children');
      return res.ms;
    },
    { runs: ctx.size.runs },
  );
  return [
    row('one domain drill-down', db, stats, {
      throughput: `${stats.perSecond.toFixed(1)} req/s (1 client)`,
      target: 'p50 ≤ 30 ms',
      met: stats.p50 <= 30,
    }),
  ];
}

/**
 * What the home page's maturity card asks for the signed-in owner's team, both at once as the
 * card does: the team's roll-up and its entities to reassess next.
 */
async function homeTeamCard(ctx) {
  const { settings, db, token } = ctx;
  const team = `/api/maturity/rollups/group/default/${OWNER_TEAM}`;
  const stats = await sequential(
    async () => {
      const started = process.hrtime.bigint();
      const [rollup, reassess] = await Promise.all([
        timedApi(settings, token, team),
        timedApi(settings, token, `${team}/reassess?limit=3`),
      ]);
      if (!rollup.body.entities.total || !Array.isArray(reassess.body.items))
        throw new Error('home card: no roll-up or reassess list');
      return Number(process.hrtime.bigint() - started) / 1e6;
    },
    { runs: ctx.size.runs },
  );
  return [
    row("home page: my team's maturity (roll-up + reassess)", db, stats, {
      throughput: `${stats.perSecond.toFixed(1)} req/s (1 client)`,
      target: 'p50 ≤ 30 ms',
      met: stats.p50 <= 30,
    }),
  ];
}

/** One entity's scorecard, 32 clients on keep-alive connections for a fixed time. */
async function concurrentScorecard(ctx) {
  const { settings, db, token, org } = ctx;
  const leaf = org.leaves[Math.floor(org.leaves.length / 2)];
  const options = {
    url: `${settings.baseUrl}/api/maturity/entities/${pathOf(leaf)}/scorecard`,
    connections: 32,
    headers: { authorization: `Bearer ${token}` },
  };
  await load({ ...options, duration: 3 });
  const cpu = ctx.backend.cpuSeconds();
  const { result, latencies, statuses } = await load({
    ...options,
    duration: ctx.size.loadSeconds,
  });
  const seconds = result.duration || ctx.size.loadSeconds;
  const backendCpu = (100 * (ctx.backend.cpuSeconds() - cpu)) / seconds;
  checkStatuses('scorecard load', statuses, 200);
  const stats = summarize(latencies);
  const perSecond = latencies.length / seconds;
  return [
    row('one scorecard, 32 concurrent clients', db, stats, {
      backendCpu,
      throughput: `${perSecond.toFixed(0)} req/s`,
      target: 'p50 ≤ 5 ms, ≥ 1,500 req/s',
      met: stats.p50 <= 5 && perSecond >= 1500,
    }),
  ];
}

/**
 * Two floors under the same 32-client load, to show where a scorecard's time goes: a route
 * that touches neither database nor catalog, and the catalog lookup each scorecard makes.
 */
async function loadFloors(ctx) {
  const { settings, db, token, org } = ctx;
  const leaf = org.leaves[Math.floor(org.leaves.length / 2)];
  const rows = [];
  for (const [name, route] of [
    ['floor: GET /api/maturity/vectors, 32 clients', '/api/maturity/vectors'],
    [
      'floor: catalog entity by name, 32 clients',
      `/api/catalog/entities/by-name/${pathOf(leaf)}`,
    ],
  ]) {
    const options = {
      url: `${settings.baseUrl}${route}`,
      connections: 32,
      headers: { authorization: `Bearer ${token}` },
    };
    await load({ ...options, duration: 2 });
    const cpu = ctx.backend.cpuSeconds();
    const { result, latencies, statuses } = await load({
      ...options,
      duration: Math.min(10, ctx.size.loadSeconds),
    });
    checkStatuses(name, statuses, 200);
    const stats = summarize(latencies);
    const seconds = result.duration || Math.min(10, ctx.size.loadSeconds);
    rows.push(
      row(name, db, stats, {
        throughput: `${(latencies.length / seconds).toFixed(0)} req/s`,
        target: '(info)',
        met: null,
        backendCpu: (100 * (ctx.backend.cpuSeconds() - cpu)) / seconds,
      }),
    );
  }
  return rows;
}

/**
 * Assessments of all 15 vectors, 16 clients at once, each of another entity the signed-in
 * owner's team owns (the owner may assess nothing else).
 */
async function assessmentWrites(ctx) {
  const { settings, db, token, org } = ctx;
  const owned = org.leaves.filter(leaf => leaf.owner === OWNER_TEAM);
  const run = randomUUID().slice(0, 8);
  let next = 0;
  const setupRequest = request => {
    const n = next++;
    const leaf = owned[n % owned.length];
    return {
      ...request,
      path: `/api/maturity/entities/${pathOf(leaf)}/assessments`,
      body: JSON.stringify({
        scores: VECTORS.map((vector, v) => ({ vector, score: (n + v) % 6 })),
        comment: 'benchmark write',
        idempotencyKey: `bench-${run}-${n}`,
      }),
    };
  };
  const options = {
    url: settings.baseUrl,
    connections: 16,
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    },
    requests: [{ setupRequest }],
  };
  await load({ ...options, amount: 64 });
  const cpu = ctx.backend.cpuSeconds();
  const started = Date.now();
  const { latencies, statuses } = await load({
    ...options,
    amount: ctx.size.writes,
  });
  const seconds = (Date.now() - started) / 1000;
  const backendCpu = (100 * (ctx.backend.cpuSeconds() - cpu)) / seconds;
  checkStatuses('assessment writes', statuses, 201);
  const stats = summarize(latencies);
  const perSecond = latencies.length / seconds;
  const targeted = db === 'postgres';
  return [
    row('assessment writes as an owner, 15 vectors, 16 clients', db, stats, {
      backendCpu,
      throughput: `${perSecond.toFixed(0)} writes/s`,
      target: targeted ? '≥ 300 writes/s' : '(PostgreSQL only)',
      met: targeted ? perSecond >= 300 : null,
    }),
  ];
}

/** Every measurement in order; writes come last because they change the data. */
export async function measureAll(base) {
  const steps = [
    ['hierarchy sync', hierarchySync],
    ['planner statistics', statistics],
    ['snapshot', snapshot],
    ['confidence', confidence],
    ['bulk scorecards', bulkScorecards],
    ['domain roll-ups and SQL baseline', domainRollups],
    ['drill-down', drillDown],
    ['home page team card', homeTeamCard],
    ['catalog probe', catalogProbe],
    // Before the load tests and the writes, on the data the API measurements saw.
    ...(base.settings.browser
      ? [['overview in the browser', browserOverview]]
      : []),
    ['scorecard under 32 clients', concurrentScorecard],
    ['floors under 32 clients', loadFloors],
    ['assessment writes', assessmentWrites],
  ];
  const rows = [];
  for (const [name, step] of steps) {
    // A fresh token per step: the guest token lasts an hour.
    const ctx = { ...base, token: await guestToken(base.settings) };
    log(`${base.db}: ${name}`);
    const cpu = base.backend.cpuSeconds();
    const started = Date.now();
    const stepRows = await step(ctx);
    // How busy the backend's one Node thread was over the step (100 % = one core).
    const backendCpu =
      (100 * (base.backend.cpuSeconds() - cpu)) /
      ((Date.now() - started) / 1000);
    for (const r of stepRows) r.backendCpu ??= backendCpu;
    for (const r of stepRows) log(`${base.db}:   ${JSON.stringify(r)}`);
    rows.push(...stepRows);
  }
  return rows;
}
