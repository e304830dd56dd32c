import { startPluginBackend, TestKnex } from '@agile-ops/test-utils';
import { BackendFeature } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import oncallPlugin from '../index';

/** What {@link startOncallBackend} starts the plugin with. */
export interface OncallBackendOptions {
  /** The plugin's database. */
  knex: TestKnex;
  /** The catalog: an in-memory one holding these entities, or a stand-in's factory. */
  catalog: Entity[] | BackendFeature;
  /**
   * Whether a caller (its user entity ref, when it is a user) is allowed every permission it
   * asks for; the test backend's own permissions, which allow all, when omitted.
   */
  allows?: (caller: string | undefined) => boolean;
  /** The `oncall` config besides reminders, which are off so no task runs mid-test. */
  oncall?: JsonObject;
}

/**
 * Starts the on-call plugin in a test backend of its own, as its HTTP tests need it (see
 * startPluginBackend): the given catalog, permissions and `oncall` config, reminders off.
 * Resolves to the server and the audit events it records.
 */
export async function startOncallBackend(options: OncallBackendOptions) {
  const { allows } = options;
  const permissions = allows
    ? [
        mockServices.permissions.mock({
          authorize: async (requests, authorizeOptions) => {
            const caller = (
              authorizeOptions?.credentials.principal as {
                userEntityRef?: string;
              }
            )?.userEntityRef;
            const result = allows(caller)
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY;
            return requests.map(() => ({ result }));
          },
        }).factory,
      ]
    : [];
  return startPluginBackend({
    plugin: oncallPlugin,
    knex: options.knex,
    features: [
      Array.isArray(options.catalog)
        ? catalogServiceMock.factory({ entities: options.catalog })
        : options.catalog,
      ...permissions,
    ],
    config: { oncall: { reminders: { enabled: false }, ...options.oncall } },
  });
}
