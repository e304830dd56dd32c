import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseMaturityStore } from '../database/DatabaseMaturityStore';

/** A fresh database of the given kind with the maturity store migrated onto it. */
export async function openMaturityStore(
  databases: TestDatabases,
  databaseId: Parameters<TestDatabases['init']>[0],
) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseMaturityStore.create(
    mockServices.database({ knex }),
  );
  return { knex, store };
}
