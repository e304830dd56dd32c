// Runs with Node's own test runner: node --test test/scripts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkPortFree, checkPostgres } from '../../scripts/preflight.mjs';

const script = fileURLToPath(
  new URL('../../scripts/preflight.mjs', import.meta.url),
);

function listenOnFreePort() {
  return new Promise(resolve => {
    const server = createServer();
    server.listen({ port: 0 }, () => resolve(server));
  });
}

test('a free port passes', async () => {
  const server = await listenOnFreePort();
  const { port } = server.address();
  await new Promise(r => server.close(r));
  assert.equal(await checkPortFree(port), null);
});

test('a taken port fails fast and names the port', async () => {
  const server = await listenOnFreePort();
  const { port } = server.address();
  try {
    const run = spawnSync(process.execPath, [script, '--ports', String(port)], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`port ${port} is already in use`));
  } finally {
    server.close();
  }
});

test('an unreachable PostgreSQL names the server and the variables to set', async () => {
  const server = await listenOnFreePort();
  const { port } = server.address();
  await new Promise(r => server.close(r)); // nothing listens there now
  const problem = await checkPostgres({
    POSTGRES_HOST: '127.0.0.1',
    POSTGRES_PORT: String(port),
    POSTGRES_USER: 'postgres',
  });
  assert.match(problem, new RegExp(`postgres@127\\.0\\.0\\.1:${port}`));
  assert.match(problem, /ECONNREFUSED/);
  assert.match(
    problem,
    /POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER and POSTGRES_PASSWORD/,
  );
});

test('a reachable PostgreSQL passes', async () => {
  const url = new URL(
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
      'postgresql://postgres@127.0.0.1:5432',
  );
  const problem = await checkPostgres({
    POSTGRES_HOST: url.hostname,
    POSTGRES_PORT: url.port || '5432',
    POSTGRES_USER: decodeURIComponent(url.username),
    POSTGRES_PASSWORD: decodeURIComponent(url.password),
  });
  assert.equal(problem, null);
});
