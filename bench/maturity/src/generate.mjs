// The generate step: the organisation as catalog YAML, and its score history written straight
// into the maturity plugin's tables on SQLite and PostgreSQL. `maturity_entities` stays empty:
// the backend's hierarchy sync fills it from the catalog, and that sync is itself measured.

import { createHash, randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import common from '@agile-ops/plugin-maturity-common';
import {
  MIGRATIONS_DIR,
  connect,
  resetPostgres,
  resetSqlite,
  sqliteFile,
} from './database.mjs';
import { buildOrganisation, random, writeCatalog } from './organisation.mjs';
import { settings as defaultSettings } from './settings.mjs';
import { log, progress } from './log.mjs';

const { computeEntityLevel, MATURITY_VECTORS, RUBRIC_VERSION, VECTOR_IDS } =
  common;
const SUBJECTIVE = new Set(
  MATURITY_VECTORS.filter(v => v.subjective).map(v => v.id),
);
const DAY_MS = 86_400_000;
// The level rule of app-config.yaml; the backend re-derives every level at start when the
// rule it reads differs from this fingerprint (see DatabaseMaturityStore.refreshAllLevels).
const LEVEL_OPTIONS = { rule: 'mean', minCoverage: 0.6, weights: {} };
// Entities written per transaction.
const ENTITY_BATCH = 250;

const clampScore = x => Math.min(5, Math.max(0, Math.round(x)));

/**
 * The rows of one entity: `assessments` scorings of all 15 vectors, a month apart, the latest
 * 0 to 150 days ago (so a good share is stale under the default 90 days).
 */
function entityRows(leaf, count, now, nextHistoryId) {
  const rand = random(hashSeed(leaf.name));
  const entityRef = `${leaf.kind}:default/${leaf.name}`;
  const recordedBy = `user:default/${leaf.assessor}`;
  const base = 0.5 + rand() * 4;
  const trend = (rand() - 0.3) * 1.5;
  const offsets = VECTOR_IDS.map(() => (rand() - 0.5) * 2);
  const latest = now - rand() * 150 * DAY_MS;

  const assessments = [];
  const history = [];
  let last;
  for (let k = 0; k < count; k++) {
    const at = new Date(latest - (count - 1 - k) * 30 * DAY_MS);
    const progress = count > 1 ? k / (count - 1) : 1;
    const scores = VECTOR_IDS.map((vector, v) => ({
      vector,
      score: clampScore(
        base + offsets[v] + trend * progress + (rand() - 0.5) * 0.8,
      ),
    }));
    const id = randomUUID();
    const json = JSON.stringify(scores);
    assessments.push({
      id,
      entity_ref: entityRef,
      created_by: recordedBy,
      created_at: at,
      comment: null,
      source: 'assessment',
      rubric_version: RUBRIC_VERSION,
      scores: json,
      idempotency_key: null,
      request_hash: createHash('sha256')
        .update(entityRef + json)
        .digest('hex'),
    });
    last = scores.map(({ vector, score }) => {
      const row = {
        id: nextHistoryId(),
        assessment_id: id,
        entity_ref: entityRef,
        vector,
        score,
        rationale: null,
        source: 'assessment',
        recorded_by: recordedBy,
        recorded_at: at,
        rubric_version: RUBRIC_VERSION,
      };
      history.push(row);
      return row;
    });
  }

  // One assessor per entity, so each subjective vector has one rating: the latest.
  const current = last.map(({ id, ...row }) => ({
    ...row,
    history_id: id,
    rating_count: SUBJECTIVE.has(row.vector) ? 1 : null,
    rating_min: SUBJECTIVE.has(row.vector) ? row.score : null,
    rating_max: SUBJECTIVE.has(row.vector) ? row.score : null,
  }));
  const ratings = last
    .filter(row => SUBJECTIVE.has(row.vector))
    .map(row => ({
      entity_ref: entityRef,
      vector: row.vector,
      rater: recordedBy,
      score: row.score,
      rationale: null,
      rated_at: row.recorded_at,
      assessment_id: row.assessment_id,
    }));
  const level = computeEntityLevel(
    last.map(({ vector, score }) => ({ vector, score })),
    LEVEL_OPTIONS,
  );
  const levels = [
    {
      entity_ref: entityRef,
      level: level.value,
      coverage: level.coverage,
      scored: last.length,
      // All current scores of an entity come from its latest assessment.
      oldest_recorded_at: last[0].recorded_at,
    },
  ];
  return { assessments, history, current, ratings, levels };
}

function hashSeed(text) {
  return createHash('sha1').update(text).digest().readUInt32LE(0);
}

const TABLES = {
  assessments: 'maturity_assessments',
  history: 'maturity_score_history',
  current: 'maturity_current_scores',
  ratings: 'maturity_ratings',
  levels: 'maturity_entity_levels',
};

/**
 * SQLite: prepared statements in large transactions on a direct better-sqlite3 connection,
 * an order of magnitude faster than knex building one statement per batch. Timestamps are
 * written as epoch milliseconds, as knex writes them for the plugin.
 */
function sqliteWriter(file) {
  const db = new Database(file);
  db.pragma('synchronous = OFF');
  const statements = new Map();
  const statementFor = (table, row) => {
    if (!statements.has(table)) {
      const columns = Object.keys(row);
      statements.set(
        table,
        db.prepare(
          `insert into ${table} (${columns.join(', ')}) values (${columns
            .map(c => `@${c}`)
            .join(', ')})`,
        ),
      );
    }
    return statements.get(table);
  };
  const toSqlite = row => {
    const out = {};
    for (const [k, v] of Object.entries(row)) {
      out[k] = v instanceof Date ? v.getTime() : v;
    }
    return out;
  };
  const writeBatch = db.transaction(batch => {
    for (const [key, table] of Object.entries(TABLES)) {
      for (const row of batch[key]) {
        statementFor(table, row).run(toSqlite(row));
      }
    }
  });
  return {
    write: async batch => writeBatch(batch),
    meta: async (key, value) =>
      db
        .prepare(
          'insert into maturity_meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value',
        )
        .run(key, value),
    finish: async () => db.close(),
  };
}

/** PostgreSQL: knex multi-row inserts of about a thousand rows, one transaction per batch. */
function postgresWriter(knex) {
  return {
    write: batch =>
      knex.transaction(async tx => {
        for (const [key, table] of Object.entries(TABLES)) {
          const rows = batch[key];
          for (let i = 0; i < rows.length; i += 1000) {
            await tx(table).insert(rows.slice(i, i + 1000));
          }
        }
      }),
    meta: (key, value) =>
      knex('maturity_meta').insert({ key, value }).onConflict('key').merge(),
    finish: async () => {
      // History ids were given explicitly: move the sequence past them for the plugin's inserts.
      await knex.raw(
        "select setval(pg_get_serial_sequence('maturity_score_history', 'id'), (select max(id) from maturity_score_history))",
      );
      // What autovacuum would soon do on its own after a bulk load.
      log('postgres: analyze');
      await knex.raw('analyze');
    },
  };
}

/** Creates the maturity database afresh, runs the plugin's migrations and fills its tables. */
export async function fillDatabase(db, org, settings) {
  if (db === 'sqlite') await resetSqlite(settings, { keepMaturity: false });
  else await resetPostgres(settings, { keepMaturity: false });

  const knex = connect(db, settings);
  let writer;
  try {
    await knex.migrate.latest({ directory: MIGRATIONS_DIR });
    writer =
      db === 'sqlite'
        ? sqliteWriter(sqliteFile(settings))
        : postgresWriter(knex);
    const now = Date.now();
    let historyId = 0;
    const nextHistoryId = () => ++historyId;
    const { leaves } = org;
    const started = Date.now();
    for (let i = 0; i < leaves.length; i += ENTITY_BATCH) {
      const batch = Object.fromEntries(Object.keys(TABLES).map(k => [k, []]));
      for (const leaf of leaves.slice(i, i + ENTITY_BATCH)) {
        const rows = entityRows(
          leaf,
          settings.size.assessments,
          now,
          nextHistoryId,
        );
        for (const key of Object.keys(TABLES)) batch[key].push(...rows[key]);
      }
      await writer.write(batch);
      const done = Math.min(i + ENTITY_BATCH, leaves.length);
      progress(
        `${db}: ${done.toLocaleString(
          'en-US',
        )} / ${leaves.length.toLocaleString(
          'en-US',
        )} entities, ${historyId.toLocaleString('en-US')} history rows, ${(
          (Date.now() - started) /
          1000
        ).toFixed(0)} s`,
        done === leaves.length,
      );
    }
    await writer.meta('level-options', JSON.stringify(LEVEL_OPTIONS));
    await writer.finish();
    return { historyRows: historyId, seconds: (Date.now() - started) / 1000 };
  } finally {
    await knex.destroy();
  }
}

/** The whole generate step for the databases in `settings`. */
export async function generate(settings) {
  const org = buildOrganisation(settings.size);
  log(
    `organisation: ${org.domains.length} domains, ${org.systems.length} systems, ${org.leaves.length} components and resources, ${org.groups.length} groups, ${org.users.length} users`,
  );
  const index = await writeCatalog(org, settings.catalogDir);
  log(`catalog YAML: ${index}`);
  const generated = {};
  for (const db of settings.databases) {
    generated[db] = await fillDatabase(db, org, settings);
    log(
      `${db}: ${generated[db].historyRows.toLocaleString(
        'en-US',
      )} history rows in ${generated[db].seconds.toFixed(0)} s`,
    );
  }
  return { org, generated };
}

// `yarn workspace @agile-ops/bench-maturity generate` runs this step alone.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  generate(defaultSettings).catch(error => {
    console.error(error);
    process.exit(1);
  });
}
