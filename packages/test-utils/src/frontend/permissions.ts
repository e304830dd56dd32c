import {
  AuthorizeResult,
  EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';

/**
 * What the signed-in user of a test may do: `true` (ALLOW) or `false` (DENY) for every
 * permission, or an answer per permission name (such as `oncall.override.create`) where names
 * left out are allowed. Left out entirely, everything is allowed.
 */
export type FakePermissions = boolean | Record<string, boolean>;

/** The answer {@link FakePermissions} give for one permission name. */
export function decidePermission(
  permissions: FakePermissions | undefined,
  name: string,
): Decision {
  const allowed =
    permissions === undefined || typeof permissions === 'boolean'
      ? permissions !== false
      : permissions[name] ?? true;
  return allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY;
}

/** The answers of a fake permission API: never CONDITIONAL. */
type Decision = AuthorizeResult.ALLOW | AuthorizeResult.DENY;

/** The jest mock {@link fakeAuthorize} builds. */
export type FakeAuthorize = jest.Mock<Decision, [EvaluatePermissionRequest]>;

/**
 * A jest mock of the permission API's `authorize`, answering as {@link FakePermissions} say; a
 * test reads its calls to wait for a permission check before asserting that a button is hidden.
 */
export function fakeAuthorize(
  permissions: FakePermissions | undefined,
): FakeAuthorize {
  return jest.fn((request: EvaluatePermissionRequest) =>
    decidePermission(permissions, request.permission.name),
  );
}
