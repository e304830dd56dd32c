// Connections to the maturity plugin's own database, on SQLite and on PostgreSQL, named the
// way the backend names them, so the generator and the SQL baseline see the backend's data.

import fs from 'node:fs/promises';
import path from 'node:path';
import knexFactory from 'knex';
import { REPO_ROOT } from './settings.mjs';

export const MIGRATIONS_DIR = path.join(
  REPO_ROOT,
  'plugins/maturity-backend/migrations',
);

/** Backstage's better-sqlite3 `connection.directory` gives each plugin `<pluginId>.sqlite`. */
export const sqliteFile = settings =>
  path.join(settings.sqliteDir, 'maturity.sqlite');

/** Backstage's PostgreSQL database of a plugin is `<prefix><pluginId>`. */
export const postgresDatabase = (settings, pluginId = 'maturity') =>
  `${settings.postgres.prefix}${pluginId}`;

/** A knex client on the maturity database (or another plugin's, on PostgreSQL). */
export function connect(db, settings, pluginId = 'maturity') {
  if (db === 'sqlite') {
    return knexFactory({
      client: 'better-sqlite3',
      connection: { filename: sqliteFile(settings) },
      useNullAsDefault: true,
    });
  }
  const { host, port, user, password } = settings.postgres;
  return knexFactory({
    client: 'pg',
    connection: {
      host,
      port,
      user,
      password,
      database: postgresDatabase(settings, pluginId),
    },
    pool: { min: 0, max: 4 },
  });
}

async function withPostgresAdmin(settings, fn) {
  const { host, port, user, password } = settings.postgres;
  const admin = knexFactory({
    client: 'pg',
    connection: { host, port, user, password, database: 'postgres' },
    pool: { min: 0, max: 1 },
  });
  try {
    return await fn(admin);
  } finally {
    await admin.destroy();
  }
}

/**
 * Drops the benchmark's plugin databases so the backend starts from an empty catalog (and, with
 * `keepMaturity`, from the generated maturity data). Only names with the benchmark's own prefix
 * are touched.
 */
export async function resetPostgres(settings, { keepMaturity }) {
  const maturity = postgresDatabase(settings);
  await withPostgresAdmin(settings, async admin => {
    const { rows } = await admin.raw(
      'select datname from pg_database where starts_with(datname, ?)',
      [settings.postgres.prefix],
    );
    for (const { datname } of rows) {
      if (keepMaturity && datname === maturity) continue;
      // FORCE: a backend killed mid-run may have left connections behind.
      await admin.raw('drop database ?? with (force)', [datname]);
    }
    if (!keepMaturity) await admin.raw('create database ??', [maturity]);
  });
}

/** Removes every plugin's SQLite file except, with `keepMaturity`, the generated one. */
export async function resetSqlite(settings, { keepMaturity }) {
  await fs.mkdir(settings.sqliteDir, { recursive: true });
  for (const file of await fs.readdir(settings.sqliteDir)) {
    if (keepMaturity && file.startsWith('maturity.sqlite')) continue;
    await fs.rm(path.join(settings.sqliteDir, file), { force: true });
  }
}

/** Version strings for the results. */
export async function databaseVersions(settings) {
  const sqlite = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: ':memory:' },
    useNullAsDefault: true,
  });
  const versions = {};
  try {
    const [row] = await sqlite.raw('select sqlite_version() as v');
    versions.sqlite = row.v;
  } finally {
    await sqlite.destroy();
  }
  try {
    versions.postgres = await withPostgresAdmin(settings, async admin => {
      const { rows } = await admin.raw('show server_version');
      const autovacuum = (await admin.raw('show autovacuum')).rows[0]
        .autovacuum;
      return `${rows[0].server_version}, autovacuum ${autovacuum}`;
    });
  } catch (error) {
    versions.postgres = `unavailable (${error.message})`;
  }
  return versions;
}

/** Whether PostgreSQL's autovacuum (which also keeps planner statistics fresh) is on. */
export async function postgresAutovacuum(knex) {
  const { rows } = await knex.raw('show autovacuum');
  return rows[0].autovacuum === 'on';
}
