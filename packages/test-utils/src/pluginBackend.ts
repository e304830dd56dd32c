import { BackendFeature } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { RecordedAuditEvent, recordingAuditor } from './recordingAuditor';
import { TestKnex } from './schema';

/** The root config a test backend is given. */
export type TestConfig = NonNullable<
  Parameters<typeof mockServices.rootConfig.factory>[0]
>['data'];

/** What {@link startPluginBackend} starts. */
export interface PluginBackendOptions {
  /** The plugin under test. */
  plugin: BackendFeature;
  /** The plugin's database, usually from TestDatabases. */
  knex: TestKnex;
  /** What differs between tests: the catalog, permissions, a scheduler, stand-in plugins. */
  features?: BackendFeature[];
  /** The root config; Backstage's test defaults when omitted. */
  config?: TestConfig;
}

/** A plugin running in a test backend of its own. */
export interface PluginBackend {
  /** The HTTP server, for supertest's `request(server)`. */
  server: TestBackend['server'];
  /** Every audit event the plugin created, in order (see {@link recordingAuditor}). */
  auditEvents: RecordedAuditEvent[];
}

/**
 * Starts one plugin under `startTestBackend` as its HTTP tests need it: its database on
 * `knex`, requests without an Authorization header anonymous as in production (the mock's
 * default would be a user), an auditor that records, and the given stand-ins. The test
 * backend stops itself after the test file.
 */
export async function startPluginBackend(
  options: PluginBackendOptions,
): Promise<PluginBackend> {
  const auditor = recordingAuditor();
  const backend = await startTestBackend({
    features: [
      options.plugin,
      ...(options.features ?? []),
      mockServices.database.factory({ knex: options.knex }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      auditor.factory,
      ...(options.config
        ? [mockServices.rootConfig.factory({ data: options.config })]
        : []),
    ],
  });
  return { server: backend.server, auditEvents: auditor.events };
}
