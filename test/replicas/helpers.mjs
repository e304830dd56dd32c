// Small helpers of the two-replica test: a PostgreSQL database prefix of its own, backend
// replicas started as plain Node processes, the guest's token and plain HTTP calls.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pg = require('pg');

/** The repository root (two levels above this file). */
export const REPO_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);

/** The PostgreSQL server of the test run; a trusted local user, no password. */
export const POSTGRES = { host: '127.0.0.1', port: 5432, user: 'postgres' };

/** Every database of this test starts with it, so a reset touches nothing else. */
export const DB_PREFIX = 'agile_ops_replicas_';

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** A client of one plugin's database (`<prefix><pluginId>`), or of `postgres` without one. */
export async function connect(pluginId) {
  const client = new pg.Client({
    ...POSTGRES,
    database: pluginId ? `${DB_PREFIX}${pluginId}` : 'postgres',
  });
  await client.connect();
  return client;
}

/** Drops every database of this test's prefix, left over from an earlier run or not. */
export async function dropTestDatabases() {
  const client = await connect();
  try {
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${DB_PREFIX.replace(/_/g, '\\_')}%`],
    );
    for (const { datname } of rows) {
      // FORCE: a backend killed by an earlier, aborted run may still hold a session.
      await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    }
    return rows.map(r => r.datname);
  } finally {
    await client.end();
  }
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

function tail(file, lines = 60) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Starts one replica of packages/backend as `backstage-cli package start` would (Node with
 * Backstage's TypeScript transform) but without its file watcher, which would restart the
 * process when someone edits a source file during the run. `extraConfig` is layered over
 * app-config.yaml; the replica's own port, base URL and PostgreSQL session name are added here.
 * The session name (`application_name`) lets the database tell the replicas apart.
 */
export async function startReplica({ name, port, workDir, extraConfig, env }) {
  if (await portInUse(port)) {
    throw new Error(`port ${port} is in use; the replica test needs it free`);
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = {
    ...extraConfig,
    app: { ...extraConfig.app, baseUrl },
    backend: {
      ...extraConfig.backend,
      baseUrl,
      listen: { host: '127.0.0.1', port },
      cors: { origin: baseUrl },
      database: {
        client: 'pg',
        prefix: DB_PREFIX,
        connection: { ...POSTGRES, application_name: name },
        ...extraConfig.backend?.database,
      },
    },
  };
  const configFile = path.join(workDir, `app-config.${name}.json`);
  // JSON is YAML, so the config loader reads it as it is.
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  const logFile = path.join(workDir, `${name}.log`);
  const out = fs.openSync(logFile, 'w');
  const transform = require.resolve(
    '@backstage/cli-node/config/nodeTransform.cjs',
    { paths: [path.join(REPO_ROOT, 'packages/backend')] },
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
      cwd: path.join(REPO_ROOT, 'packages/backend'),
      stdio: ['ignore', out, out],
      env: { ...process.env, FORCE_COLOR: '0', ...env },
    },
  );
  fs.closeSync(out);
  const replica = {
    name,
    port,
    baseUrl,
    child,
    logFile,
    exitCode: undefined,
    exited: new Promise(resolve =>
      child.once('exit', (code, signal) => {
        replica.exitCode = code ?? signal;
        resolve(replica.exitCode);
      }),
    ),
    get running() {
      return replica.exitCode === undefined;
    },
    log: () => tail(logFile),
    /** Ends the process however it is doing, for the after hook. */
    async kill() {
      if (!replica.running) return;
      child.kill('SIGKILL');
      await replica.exited;
    },
  };
  return replica;
}

/** Waits until the replica answers its readiness check (or exits, or the time is up). */
export async function waitReady(replica, timeoutMs) {
  const started = Date.now();
  for (;;) {
    if (!replica.running) {
      throw new Error(
        `${replica.name} exited (${
          replica.exitCode
        }) before it was ready:\n${replica.log()}`,
      );
    }
    try {
      const res = await fetch(
        `${replica.baseUrl}/.backstage/health/v1/readiness`,
      );
      if (res.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `${
          replica.name
        } was not ready within ${timeoutMs} ms:\n${replica.log()}`,
      );
    }
    await sleep(500);
  }
}

/** A Backstage token of the guest (the demo's alex.morgan of team-payments). */
export async function guestToken(replica) {
  const res = await fetch(`${replica.baseUrl}/api/auth/guest/refresh`);
  if (!res.ok) {
    throw new Error(`guest sign-in on ${replica.name}: ${res.status}`);
  }
  return (await res.json()).backstageIdentity.token;
}

/** A JSON call through fetch; answers `{ status, body }`. */
export async function api(replica, token, method, urlPath, body) {
  const res = await fetch(`${replica.baseUrl}${urlPath}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let parsed = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON; kept as text
  }
  return { status: res.status, body: parsed };
}

/**
 * One POST on a connection of its own, closed afterwards. A kept-alive connection that the
 * server closes as idle while the next request is on its way fails on the client side and
 * would blur what the server did; a fresh connection is either refused, or accepted and then
 * answered or cut by the server. Answers `{ status, body }` or `{ error: code }`.
 */
export function postOnce(port, urlPath, headers, body) {
  const data = Buffer.from(JSON.stringify(body));
  return new Promise(resolve => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method: 'POST',
        agent: false,
        headers: {
          ...headers,
          connection: 'close',
          'content-type': 'application/json',
          'content-length': data.length,
        },
      },
      res => {
        const chunks = [];
        res.on('data', c => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode, body: parsed });
        });
        res.on('error', error => resolve({ error: error.code ?? 'ERROR' }));
      },
    );
    req.on('error', error => resolve({ error: error.code ?? String(error) }));
    req.end(data);
  });
}

/** A fresh folder for the configs and logs of one run. */
export function makeWorkDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'agile-ops-replicas-'));
}
