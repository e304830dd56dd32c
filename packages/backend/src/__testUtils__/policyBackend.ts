import { TestConfig, waitUntil } from '@agile-ops/test-utils';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { BackendFeature } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  MockDirectory,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import request from 'supertest';
import { portalPermissionPolicyModule } from '../permissions/policy';
import {
  actorKeepingAuthFactory,
  NOBODY,
  userInfoServiceFactory,
} from './portalAuth';

/**
 * The portal's permission set-up in a test backend: the permission backend with the portal
 * policy, users with the given ownership claims, and the real HTTP auth service, so requests
 * are authenticated by the auth above as in the portal. The config must enable permissions.
 */
export function portalPolicyFeatures(
  ownership: Record<string, string[]>,
): BackendFeature[] {
  return [
    permissionPlugin,
    portalPermissionPolicyModule,
    userInfoServiceFactory(ownership),
    actorKeepingAuthFactory,
    httpAuthServiceFactory,
  ];
}

/** What {@link startPolicyBackend} starts. */
export interface PolicyBackendOptions {
  /** The plugin whose requests the policy decides. */
  plugin: BackendFeature;
  /** The ownership claims of each user, as sign-in would make them. */
  ownership: Record<string, string[]>;
  /** The catalog's entities as YAML documents, and the kinds the catalog may take. */
  catalog: { yaml: string; kinds: string[] };
  /** The config besides permissions and catalog. */
  config?: TestConfig;
  /** A path that answers 200 for a user in no team once the catalog holds the entities. */
  readyPath: string;
}

/**
 * Starts `plugin` with the real permission and catalog backends under the portal policy, the
 * catalog reading `options.catalog.yaml` from `directory` (created in the describe block, as it
 * cleans up after the file), and resolves once the catalog has ingested it: the catalog reads
 * its locations in the background.
 */
export async function startPolicyBackend(
  directory: MockDirectory,
  options: PolicyBackendOptions,
): Promise<TestBackend['server']> {
  directory.setContent({ 'entities.yaml': options.catalog.yaml });
  const { server } = await startTestBackend({
    features: [
      ...portalPolicyFeatures(options.ownership),
      options.plugin,
      catalogPlugin,
      mockServices.rootConfig.factory({
        data: {
          ...options.config,
          permission: { enabled: true },
          catalog: {
            rules: [{ allow: options.catalog.kinds }],
            locations: [
              { type: 'file', target: directory.resolve('entities.yaml') },
            ],
          },
        },
      }),
    ],
  });
  await waitUntil(
    'the catalog ingested the test entities',
    async () =>
      (
        await request(server)
          .get(options.readyPath)
          .set('Authorization', mockCredentials.user.header(NOBODY))
      ).status === 200,
    { attempts: 120 },
  );
  return server;
}
