import {
  startPluginBackend,
  TestConfig,
  TestKnex,
} from '@agile-ops/test-utils';
import { BackendFeature } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import maturityPlugin from '../index';
import { HiddenEntities, hidingCatalog, hidingPermissions } from './visibility';

/** What {@link startMaturityBackend} starts the plugin with. */
export interface MaturityBackendOptions {
  /** The plugin's database. */
  knex: TestKnex;
  /** Everything in the catalog. */
  entities: Entity[];
  /** Who may not read what; see {@link hidingCatalog}. */
  hidden: HiddenEntities;
  /** Decides every permission but catalog reads (ALLOW when omitted). */
  authorize?: Parameters<typeof hidingPermissions>[1];
  /** More stand-ins: a scheduler, other plugins. */
  features?: BackendFeature[];
  /** The root config. */
  config?: TestConfig;
}

/**
 * Starts the maturity plugin in a test backend of its own, with an in-memory catalog that
 * hides `hidden.refs` from `hidden.users` and permissions that decide as a policy with a
 * confidential corner would (the portal policy itself is tested end to end in
 * packages/backend). Resolves to the server, the audit events it records and the names of
 * the catalog methods the restricted users called.
 */
export async function startMaturityBackend(options: MaturityBackendOptions) {
  const catalog = hidingCatalog(options.entities, options.hidden);
  const backend = await startPluginBackend({
    plugin: maturityPlugin,
    knex: options.knex,
    features: [
      catalog.factory,
      hidingPermissions(options.hidden, options.authorize).factory,
      ...(options.features ?? []),
    ],
    config: options.config,
  });
  return { ...backend, catalogCalls: catalog.calls };
}
