import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';

/** The databases every store test runs on. */
export const TEST_DATABASE_IDS = ['SQLITE_3', 'POSTGRES_15'] as const;

/**
 * Throws unless PostgreSQL is among the test databases: Backstage's TestDatabases drops a
 * database it cannot reach silently, and a suite meant for both databases would then pass on
 * SQLite alone. `./portal test` sets the connection string.
 */
export function requirePostgres(databases: Pick<TestDatabases, 'supports'>) {
  if (!databases.supports('POSTGRES_15')) {
    throw new Error(
      'PostgreSQL tests are not configured: set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ' +
        '(e.g. postgresql://postgres@127.0.0.1:5432) or run the suite with ./portal test',
    );
  }
}

/**
 * Creates Backstage's TestDatabases for SQLite and PostgreSQL 15; call it at the top of a test
 * file or describe block. Fails when PostgreSQL is not configured, see {@link requirePostgres}.
 */
export function createTestDatabases(): TestDatabases {
  const databases = TestDatabases.create({ ids: [...TEST_DATABASE_IDS] });
  requirePostgres(databases);
  return databases;
}

/** The repository's demo organisation: the Location that lists every demo entity file. */
export const DEMO_CATALOG_LOCATION = resolvePackagePath(
  '@agile-ops/test-utils',
  '../../examples/all.yaml',
);

/**
 * Catalog config that loads the demo organisation, allowing every kind it uses (the catalog
 * allows only Component, API and Location by default).
 */
export function demoCatalogConfig() {
  return {
    rules: [
      {
        allow: [
          'Component',
          'System',
          'API',
          'Resource',
          'Location',
          'Domain',
          'Group',
          'User',
          'Template',
        ],
      },
    ],
    locations: [{ type: 'file', target: DEMO_CATALOG_LOCATION }],
  };
}

export * from './manualScheduler';
export * from './migrationSafety';
export * from './pluginBackend';
export * from './recordingAuditor';
export * from './rows';
export * from './schema';
export * from './waitUntil';
