import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { TestKnex } from '@agile-ops/test-utils';

/**
 * A database service that gives each plugin its own test database, as a real backend does:
 * the maturity and on-call plugins both keep knex's default migration table, so they cannot
 * share one database.
 */
export function databasePerPlugin(knexByPlugin: Record<string, TestKnex>) {
  return createServiceFactory({
    service: coreServices.database,
    deps: { pluginMetadata: coreServices.pluginMetadata },
    factory({ pluginMetadata }) {
      const knex = knexByPlugin[pluginMetadata.getId()];
      if (!knex) {
        throw new Error(
          `no test database for plugin ${pluginMetadata.getId()}`,
        );
      }
      return mockServices.database({ knex });
    },
  });
}
