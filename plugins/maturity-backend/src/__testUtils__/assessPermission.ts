import { mockServices } from '@backstage/backend-test-utils';
import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PermissionRuleset } from '@backstage/plugin-permission-node';
import { maturityEntityRules } from '../permissions/rules';
import { AssessPermission } from '../service/AssessPermission';

/** The plugin's rules as the permissions registry hands them out, looked up by name. */
export const maturityRuleset: PermissionRuleset<Entity> = {
  getRuleByName: name => {
    const rule = Object.values(maturityEntityRules).find(r => r.name === name);
    if (!rule) throw new Error(`No maturity permission rule named ${name}`);
    return rule as ReturnType<PermissionRuleset<Entity>['getRuleByName']>;
  },
};

/** An assessment check as the plugin wires it, over these permissions and catalog, keeping nothing. */
export function assessPermissionFor(
  permissions: PermissionsService,
  catalog: CatalogService,
) {
  return new AssessPermission({
    permissions,
    catalog,
    auth: mockServices.auth(),
    rules: maturityRuleset,
  });
}

/**
 * Permissions whose policy lets everyone read every entity and leaves every other permission
 * (the assessment among them) to `decide`.
 */
export function readablePermissions(
  decide: (
    requests: unknown[],
    options: { credentials: BackstageCredentials },
  ) => Promise<Array<{ result: AuthorizeResult }>>,
) {
  return mockServices.permissions.mock({
    authorize: decide as any,
    authorizeConditional: (async (
      requests: Array<{ permission: { name: string } }>,
      options: { credentials: BackstageCredentials },
    ) =>
      requests[0].permission.name === 'catalog.entity.read'
        ? requests.map(() => ({ result: AuthorizeResult.ALLOW }))
        : decide(requests, options)) as any,
  });
}

/** A decision of every permission but catalog reads: allowed for `user` alone. */
export function allowOnly(user: string) {
  return async (
    requests: unknown[],
    options: { credentials: BackstageCredentials },
  ) =>
    requests.map(() => ({
      result:
        (options.credentials.principal as { userEntityRef?: string })
          .userEntityRef === user
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
    })) as Array<{ result: AuthorizeResult.ALLOW | AuthorizeResult.DENY }>;
}
