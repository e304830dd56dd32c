import { mockErrorHandler } from '@backstage/backend-test-utils';
import { ResponseError } from '@backstage/errors';
import express from 'express';
import knexFactory, { Knex } from 'knex';
import request from 'supertest';
import { dependencyOutages, isDependencyOutage } from './outages';

jest.setTimeout(30_000);

// The same PostgreSQL the database tests use (CI always has it).
const POSTGRES =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432';

/** An app whose one route runs `work`, with the outage middleware and Backstage's error handler. */
function app(work: () => Promise<unknown>) {
  const router = express.Router();
  router.get('/work', async (_req, res, next) => {
    try {
      res.json(await work());
    } catch (error) {
      next(error);
    }
  });
  return express()
    .use(router)
    .use(dependencyOutages('maturity'))
    .use(mockErrorHandler());
}

describe('dependencyOutages', () => {
  const opened: Knex[] = [];
  afterAll(() => Promise.all(opened.map(k => k.destroy())));
  function connect(connection: string, pool = { min: 0, max: 2 }) {
    const knex = knexFactory({
      client: 'pg',
      connection,
      pool,
      acquireConnectionTimeout: 1_000,
    });
    opened.push(knex);
    return knex;
  }

  it('answers 503 with a message and Retry-After when the database refuses connections', async () => {
    // Nothing listens on port 1 of loopback.
    const knex = connect('postgresql://postgres@127.0.0.1:1/postgres');
    const started = Date.now();
    const response = await request(app(() => knex.raw('select 1'))).get(
      '/work',
    );
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body.error.name).toBe('ServiceUnavailableError');
    expect(response.body.error.message).toMatch(
      /^maturity cannot reach its database/,
    );
    // Fails fast: well inside the acquire timeout's reach, not the pool's default minute.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers 503 when no connection can be had in time', async () => {
    const knex = connect(POSTGRES, { min: 0, max: 1 });
    // Holds the only connection, so the route's query waits for the acquire timeout.
    const held = await knex.transaction();
    try {
      const response = await request(app(() => knex.raw('select 1'))).get(
        '/work',
      );
      expect(response.status).toBe(503);
    } finally {
      await held.rollback();
    }
  });

  it('answers 503 when the server ends the connection under a query', async () => {
    const knex = connect(POSTGRES);
    const admin = connect(POSTGRES);
    const response = await request(
      app(() =>
        knex.transaction(async tx => {
          const {
            rows: [{ pid }],
          } = await tx.raw('select pg_backend_pid() as pid');
          await admin.raw('select pg_terminate_backend(?)', [pid]);
          return tx.raw('select 1');
        }),
      ),
    ).get('/work');
    expect(response.status).toBe(503);
  });

  it('answers 503 when the catalog answers with a server error', async () => {
    const catalogAnswer = new Response(
      JSON.stringify({ error: { name: 'Error', message: 'db down' } }),
      { status: 500, headers: { 'content-type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(catalogAnswer as any);
    const response = await request(app(() => Promise.reject(error))).get(
      '/work',
    );
    expect(response.status).toBe(503);
  });

  it('leaves other errors alone', async () => {
    const response = await request(
      app(() => Promise.reject(new Error('a bug'))),
    ).get('/work');
    expect(response.status).toBe(500);
    expect(response.headers['retry-after']).toBeUndefined();
    expect(isDependencyOutage(new Error('a bug'))).toBe(false);
  });

  it('finds the outage in a wrapped cause', () => {
    const lost = Object.assign(new Error('read failed'), {
      cause: Object.assign(new Error('connect failed'), {
        code: 'ECONNREFUSED',
      }),
    });
    expect(isDependencyOutage(lost)).toBe(true);
  });
});
