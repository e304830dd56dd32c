// Starts the real portal backend (packages/backend, every plugin) on the generated data, waits
// until it is ready and the catalog has read the whole organisation, and stops it again.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import YAML from 'yaml';
import { resetPostgres, resetSqlite } from './database.mjs';
import { REPO_ROOT } from './settings.mjs';
import { log, progress } from './log.mjs';
import { api, guestToken } from './http.mjs';
import { OWNER_USER } from './organisation.mjs';

const require = createRequire(import.meta.url);
const BACKEND_DIR = path.join(REPO_ROOT, 'packages/backend');

/**
 * The bench config, layered over app-config.yaml: app and backend URL, port, database, catalog,
 * task schedule, the owner the guest signs in as.
 */
function writeConfig(db, settings, catalogIndex) {
  const database =
    db === 'sqlite'
      ? {
          client: 'better-sqlite3',
          connection: { directory: settings.sqliteDir },
        }
      : {
          client: 'pg',
          prefix: settings.postgres.prefix,
          // As app-config.postgres.yaml: fail fast when no connection can be had.
          knexConfig: { acquireConnectionTimeout: 3000 },
          connection: {
            host: settings.postgres.host,
            port: settings.postgres.port,
            user: settings.postgres.user,
            password: settings.postgres.password,
          },
        };
  const config = {
    // The backend serves the built frontend (app-backend) on its own port, as in the e2e run.
    app: { baseUrl: settings.baseUrl },
    backend: {
      baseUrl: settings.baseUrl,
      listen: { host: '127.0.0.1', port: settings.port },
      database,
    },
    // Replaces the demo catalog of app-config.yaml (config arrays are replaced, not merged).
    catalog: { locations: [{ type: 'file', target: catalogIndex }] },
    // Measured as an ordinary owner pays, not with an architect's blanket allow.
    auth: {
      providers: { guest: { userEntityRef: `user:default/${OWNER_USER}` } },
    },
    maturity: {
      // The scheduled runs stay out of the measurements; the benchmark starts them itself. The
      // snapshot backfill is not measured yet: its first run (a minute after start) finds the
      // catalog still being ingested at full size and does nothing.
      schedule: {
        hierarchySync: { hours: 24 },
        snapshot: { hours: 24 },
        backfill: { hours: 24 },
      },
    },
  };
  const file = path.join(settings.workDir, `app-config.bench-${db}.yaml`);
  fs.writeFileSync(file, YAML.stringify(config));
  return file;
}

function portInUse(port) {
  return new Promise(resolve => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Starts the backend the way `backstage-cli package start` does (Node with Backstage's
 * TypeScript transform, NODE_ENV=development so the guest sign-in works) but without the
 * CLI's file watcher: others edit the plugin sources while a benchmark runs, and a restart in
 * the middle of a measurement would spoil it.
 */
export async function startBackend(db, settings, catalogIndex) {
  if (await portInUse(settings.port)) {
    throw new Error(
      `port ${settings.port} is in use; stop what listens there or set BENCH_PORT`,
    );
  }
  // A clean catalog every time; the maturity database keeps the generated data.
  if (db === 'sqlite') await resetSqlite(settings, { keepMaturity: true });
  else await resetPostgres(settings, { keepMaturity: true });

  const configFile = writeConfig(db, settings, catalogIndex);
  const logFile = path.join(settings.workDir, `backend-${db}.log`);
  const out = fs.openSync(logFile, 'w');
  const transform = require.resolve(
    '@backstage/cli-node/config/nodeTransform.cjs',
  );
  const child = spawn(
    process.execPath,
    [
      '--enable-source-maps',
      '--require',
      transform,
      'src/index',
      '--config',
      path.join(REPO_ROOT, 'app-config.yaml'),
      '--config',
      configFile,
    ],
    {
      cwd: BACKEND_DIR,
      stdio: ['ignore', out, out],
      env: { ...process.env, NODE_ENV: 'development', FORCE_COLOR: '0' },
    },
  );
  fs.closeSync(out);
  let exited = null;
  child.once('exit', code => {
    exited = code ?? 'signal';
  });
  log(`${db}: backend pid ${child.pid} on ${settings.baseUrl}, log ${logFile}`);

  const started = Date.now();
  for (;;) {
    if (exited !== null) {
      throw new Error(
        `the backend exited (${exited}) before it was ready:\n${tail(logFile)}`,
      );
    }
    try {
      const res = await fetch(
        `${settings.baseUrl}/.backstage/health/v1/readiness`,
      );
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 300_000) {
      throw new Error(
        `the backend was not ready within 5 minutes:\n${tail(logFile)}`,
      );
    }
    await sleep(500);
  }
  const readyMs = Date.now() - started;
  log(`${db}: backend ready after ${(readyMs / 1000).toFixed(1)} s`);

  return {
    child,
    logFile,
    /** CPU seconds the backend process has used so far (Linux /proc; 0 elsewhere). */
    cpuSeconds() {
      try {
        const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        // Fields after the command name; utime and stime are the 14th and 15th overall.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
      } catch {
        return 0;
      }
    },
    /** Resident memory of the backend process in bytes (Linux /proc; 0 elsewhere). */
    rssBytes() {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
      } catch {
        return 0;
      }
    },
    configFile,
    readyMs,
    startedAt: started,
    async stop() {
      if (exited !== null) return;
      const done = new Promise(r => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await done;
      clearTimeout(timer);
    },
  };
}

/**
 * Waits until the catalog holds every generated entity. Counted by kind, so the Location
 * entities and anything else do not count.
 */
export async function waitForCatalog(settings, counts, backend) {
  const expected = Object.values(counts).reduce((a, b) => a + b, 0);
  const query = new URLSearchParams({ limit: '1' });
  for (const kind of Object.keys(counts))
    query.append('filter', `kind=${kind}`);
  let token = await guestToken(settings);
  let tokenAt = Date.now();
  for (;;) {
    if (Date.now() - tokenAt > 30 * 60_000) {
      token = await guestToken(settings);
      tokenAt = Date.now();
    }
    const { totalItems } = await api(
      settings,
      token,
      `/api/catalog/entities/by-query?${query}`,
    );
    const seconds = (Date.now() - backend.startedAt) / 1000;
    progress(
      `catalog: ${totalItems.toLocaleString(
        'en-US',
      )} / ${expected.toLocaleString('en-US')} entities after ${seconds.toFixed(
        0,
      )} s`,
      totalItems >= expected,
    );
    if (totalItems >= expected) return seconds * 1000;
    if (seconds > 3600) {
      throw new Error(`the catalog did not read all entities within an hour`);
    }
    await sleep(2000);
  }
}
