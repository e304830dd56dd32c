#!/usr/bin/env node
// Checks what the portal needs before it starts, so a bad setup fails in a second with a message
// that says what to fix instead of a stack trace after a minute of compiling.
//
//   node scripts/preflight.mjs --ports 3000,7007 [--postgres]
//
// --postgres reads POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER and POSTGRES_PASSWORD.
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);

/** Resolves to a problem description, or null when the port can be bound. */
export function checkPortFree(port) {
  return new Promise(resolve => {
    const server = createServer();
    server.once('error', err => {
      resolve(
        err.code === 'EADDRINUSE'
          ? `port ${port} is already in use: stop the process listening on it ` +
              `(an earlier ./portal start?), e.g. find it with \`ss -ltnp 'sport = :${port}'\``
          : `port ${port} cannot be opened (${err.code}): ${err.message}`,
      );
    });
    server.listen({ port }, () => server.close(() => resolve(null)));
  });
}

/** Resolves to a problem description, or null when PostgreSQL accepts a connection. */
export async function checkPostgres(env = process.env) {
  const { Client } = require('pg');
  const host = env.POSTGRES_HOST;
  const port = Number(env.POSTGRES_PORT || 5432);
  const user = env.POSTGRES_USER;
  const where = `${user ?? '(no user)'}@${host}:${port}`;
  const client = new Client({
    host,
    port,
    user,
    password: env.POSTGRES_PASSWORD,
    database: 'postgres',
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    return (
      `cannot connect to PostgreSQL as ${where} (${
        err.code ?? err.message
      }): ` +
      'start PostgreSQL or set POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER and POSTGRES_PASSWORD'
    );
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      ports: { type: 'string', default: '' },
      postgres: { type: 'boolean', default: false },
    },
  });
  const ports = values.ports.split(',').filter(Boolean).map(Number);
  const problems = (
    await Promise.all([
      ...ports.map(checkPortFree),
      values.postgres ? checkPostgres() : null,
    ])
  ).filter(Boolean);
  for (const problem of problems) {
    process.stderr.write(`[portal] cannot start: ${problem}\n`);
  }
  process.exit(problems.length ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
