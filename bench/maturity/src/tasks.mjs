// The scheduled tasks, measured by the durations they record in /api/maturity/status: the
// hierarchy sync (as after a fresh start) and the roll-up snapshot of every scope.

import { connect, postgresAutovacuum } from './database.mjs';
import { api, timedApi } from './http.mjs';
import { log } from './log.mjs';
import { row } from './rows.mjs';
import { sequential, summarize } from './stats.mjs';

const HIERARCHY_TASK = 'maturity-hierarchy-sync';
const SNAPSHOT_TASK = 'maturity-rollup-snapshot';
const CONFIDENCE_TASK = 'maturity-confidence';

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function taskRun(ctx, task) {
  const { tasks } = await api(ctx.settings, ctx.token, '/api/maturity/status');
  return tasks.find(t => t.task === task);
}

/** Waits until no maturity task is running (the scheduled first runs after start). */
export async function waitForIdleTasks(ctx) {
  for (;;) {
    const { tasks } = await api(
      ctx.settings,
      ctx.token,
      '/api/maturity/status',
    );
    if (!tasks.some(t => t.status === 'running')) return;
    await sleep(1000);
  }
}

/**
 * Waits until a hierarchy sync has seen at least `entities` catalog entities and changed
 * nothing: the catalog is re-ingested at every start, and syncs during that ingestion mark
 * what is not back yet as gone, so scopes answer 404 until the follow-up syncs catch up.
 */
export async function waitForSyncedCatalog(ctx, entities) {
  for (;;) {
    const run = await taskRun(ctx, HIERARCHY_TASK);
    if (
      run?.status === 'succeeded' &&
      run.summary.entities >= entities &&
      run.summary.changed === 0 &&
      run.summary.removed === 0
    ) {
      return;
    }
    await sleep(1000);
  }
}

/** Starts a task now through the scheduler's own route of the maturity plugin. */
const schedulerTrigger = (ctx, task) => () =>
  api(
    ctx.settings,
    ctx.token,
    `/api/maturity/.backstage/scheduler/v1/tasks/${task}/trigger`,
    { method: 'POST' },
  );

/** Starts a task and waits for the run it started; its own recorded duration is the figure. */
async function runTask(ctx, task, trigger) {
  const before = await taskRun(ctx, task);
  await trigger();
  const started = Date.now();
  for (;;) {
    await sleep(250);
    const run = await taskRun(ctx, task);
    if (
      run &&
      run.startedAt !== before?.startedAt &&
      run.status !== 'running'
    ) {
      if (run.status !== 'succeeded') throw new Error(`${task}: ${run.error}`);
      return run;
    }
    if (Date.now() - started > 15 * 60_000) {
      throw new Error(`${task} did not finish within 15 minutes`);
    }
  }
}

/**
 * The hierarchy sync as after a fresh start: the synced rows are removed first, so each
 * measured run inserts the whole catalog. Then one run over an unchanged catalog.
 */
export async function hierarchySync(ctx) {
  const { settings, db } = ctx;
  const knex = connect(db, settings);
  // Through the scheduler's route: `POST /hierarchy/refresh` is for architects, and the
  // benchmark signs in as an owner.
  const trigger = schedulerTrigger(ctx, HIERARCHY_TASK);
  const durations = [];
  let summary;
  try {
    for (let i = 0; i < ctx.size.taskRuns; i++) {
      await knex('maturity_group_ancestry').delete();
      await knex('maturity_entities').delete();
      const run = await runTask(ctx, HIERARCHY_TASK, trigger);
      durations.push(run.durationMs);
      summary = run.summary;
      log(
        `${db}: hierarchy sync ${i + 1}: ${run.durationMs} ms ${JSON.stringify(
          run.summary,
        )}`,
      );
    }
  } finally {
    await knex.destroy();
  }
  const unchanged = await runTask(ctx, HIERARCHY_TASK, trigger);
  const stats = summarize(durations);
  return [
    row(
      `hierarchy sync, first run (${summary.entities.toLocaleString(
        'en-US',
      )} entities)`,
      db,
      stats,
      {
        throughput: `${Math.round(
          (summary.entities * 1000) / stats.p50,
        ).toLocaleString('en-US')} entities/s`,
        target: '≤ 30 s',
        met: stats.p50 <= 30_000,
      },
    ),
    row(
      'hierarchy sync, nothing changed',
      db,
      summarize([unchanged.durationMs]),
      {
        throughput: '',
        target: '(info)',
        met: null,
      },
    ),
  ];
}

/**
 * The minute's catalog probe at full size (`catalogProbe.ts`): the catalog's entity count and
 * the count of synced rows, read together. The catalog is asked with the owner's token, where
 * the plugin uses its own service token, so the figure includes the owner's permission check.
 */
export async function catalogProbe(ctx) {
  const { settings, db, token } = ctx;
  const knex = connect(db, settings);
  try {
    const stats = await sequential(
      async () => {
        const started = process.hrtime.bigint();
        const [catalog, [synced]] = await Promise.all([
          timedApi(
            settings,
            token,
            '/api/catalog/entities/by-query?limit=1&fields=kind',
          ),
          knex('maturity_entities').where('in_catalog', true).count({ n: '*' }),
        ]);
        if (!(catalog.body.totalItems > 0) || !(Number(synced.n) > 0))
          throw new Error('catalog probe: nothing counted');
        return Number(process.hrtime.bigint() - started) / 1e6;
      },
      { runs: ctx.size.runs },
    );
    return [
      row(
        'catalog probe, every minute (catalog count + synced count)',
        db,
        stats,
        {
          throughput: '',
          target: '(info)',
          met: null,
        },
      ),
    ];
  } finally {
    await knex.destroy();
  }
}

/**
 * After the sync has filled `maturity_entities`, PostgreSQL plans the roll-up joins from its
 * statistics. Autovacuum refreshes them within a minute or so of a bulk change, and clears the
 * dead row versions that earlier runs' writes left (the organisation's count rows are updated
 * by every write); on a server where autovacuum is off (as on some test machines), the
 * benchmark does what it would do.
 */
export async function statistics(ctx) {
  if (ctx.db !== 'postgres') return [];
  const knex = connect(ctx.db, ctx.settings);
  try {
    if (!(await postgresAutovacuum(knex))) {
      log(
        'postgres: autovacuum is off on this server: VACUUM ANALYZE in its place',
      );
      await knex.raw('vacuum analyze');
    } else {
      // Give autovacuum's analyze of the freshly synced table a moment to run.
      await sleep(75_000);
    }
  } finally {
    await knex.destroy();
  }
  return [];
}

/** Runs a task `taskRuns` times through the scheduler's route: its durations, last summary. */
async function repeatedRuns(ctx, task, label) {
  const trigger = schedulerTrigger(ctx, task);
  const durations = [];
  let summary;
  for (let i = 0; i < ctx.size.taskRuns; i++) {
    const run = await runTask(ctx, task, trigger);
    durations.push(run.durationMs);
    summary = run.summary;
    log(
      `${ctx.db}: ${label} ${i + 1}: ${run.durationMs} ms ${JSON.stringify(
        run.summary,
      )}`,
    );
  }
  return { stats: summarize(durations), summary };
}

/** The roll-up snapshot of every scope, started through the scheduler's own route. */
export async function snapshot(ctx) {
  const { db } = ctx;
  const { stats, summary } = await repeatedRuns(ctx, SNAPSHOT_TASK, 'snapshot');
  return [
    row(`snapshot of all scopes (${summary.scopes} scopes)`, db, stats, {
      throughput: `${summary.rows.toLocaleString('en-US')} rows/run`,
      target: '≤ 10 s',
      met: stats.p50 <= 10_000,
    }),
  ];
}

/**
 * The confidence of every current score (`ConfidenceRun`), stored per entity and per scope
 * level, started through the scheduler's route; the roll-ups measured after it read its rows.
 */
export async function confidence(ctx) {
  const { db } = ctx;
  const { stats, summary } = await repeatedRuns(
    ctx,
    CONFIDENCE_TASK,
    'confidence',
  );
  return [
    row(
      `confidence of every score (${summary.entities.toLocaleString(
        'en-US',
      )} entities, ${summary.scopes.toLocaleString('en-US')} scopes)`,
      db,
      stats,
      {
        throughput: `${Math.round(
          (summary.entities * 1000) / stats.p50,
        ).toLocaleString('en-US')} entities/s`,
        target: '≤ 60 s',
        met: stats.p50 <= 60_000,
      },
    ),
  ];
}
