import { createTestDatabases, requirePostgres } from './index';

describe('createTestDatabases', () => {
  const databases = createTestDatabases();

  it('offers SQLite and PostgreSQL', () => {
    expect(databases.eachSupportedId()).toEqual([
      ['SQLITE_3'],
      ['POSTGRES_15'],
    ]);
  });

  it('connects to both', async () => {
    for (const [id] of databases.eachSupportedId()) {
      const knex = await databases.init(id);
      await expect(knex.raw('select 1 as one')).resolves.toBeDefined();
    }
  });
});

describe('requirePostgres', () => {
  it('refuses to run without PostgreSQL instead of skipping it', () => {
    expect(() => requirePostgres({ supports: () => false })).toThrow(
      'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING',
    );
  });

  it('accepts a PostgreSQL test database', () => {
    expect(() =>
      requirePostgres({ supports: id => id === 'POSTGRES_15' }),
    ).not.toThrow();
  });
});
