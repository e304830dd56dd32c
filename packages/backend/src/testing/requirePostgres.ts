import type { TestDatabases } from '@backstage/backend-test-utils';

/**
 * Fails loudly when PostgreSQL is not configured for the test run.
 *
 * Backstage's TestDatabases silently drops a database it cannot reach; a suite meant to run on
 * PostgreSQL would then pass on SQLite alone. `./portal test` sets the connection string.
 */
export function requirePostgresForTests(databases: TestDatabases) {
  if (!databases.supports('POSTGRES_15')) {
    throw new Error(
      'PostgreSQL tests are not configured: set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ' +
        '(e.g. postgresql://postgres@127.0.0.1:5432) or run the suite with ./portal test',
    );
  }
}
