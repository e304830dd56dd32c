import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { decidePermission, fakeAuthorize } from './permissions';

describe('decidePermission', () => {
  it('allows everything unless told otherwise', () => {
    expect(decidePermission(undefined, 'oncall.override.create')).toBe(
      AuthorizeResult.ALLOW,
    );
    expect(decidePermission(true, 'oncall.override.create')).toBe(
      AuthorizeResult.ALLOW,
    );
  });

  it('denies everything when told false', () => {
    expect(decidePermission(false, 'maturity.assessment.create')).toBe(
      AuthorizeResult.DENY,
    );
  });

  it('answers per permission name, allowing the names left out', () => {
    const permissions = { 'oncall.override.create': false };
    expect(decidePermission(permissions, 'oncall.override.create')).toBe(
      AuthorizeResult.DENY,
    );
    expect(decidePermission(permissions, 'oncall.interrupt.create')).toBe(
      AuthorizeResult.ALLOW,
    );
  });
});

describe('fakeAuthorize', () => {
  it('answers by the permission name of the request and records it', () => {
    const authorize = fakeAuthorize({ 'oncall.rotation.delete': false });
    const request = {
      permission: {
        type: 'basic' as const,
        name: 'oncall.rotation.delete',
        attributes: { action: 'delete' as const },
      },
    };

    expect(authorize(request)).toBe(AuthorizeResult.DENY);
    expect(authorize.mock.calls).toEqual([[request]]);
  });
});
