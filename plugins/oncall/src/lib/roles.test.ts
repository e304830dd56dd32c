import { RoleCoverage } from '@agile-ops/plugin-oncall-common';
import { roleLabel, sortRoles } from './roles';

function coverage(role: string): RoleCoverage {
  return {
    role,
    rotationId: `rot-${role}`,
    rotationName: role,
    user: null,
    since: null,
    until: null,
    next: null,
    timezone: 'UTC',
    override: false,
  };
}

describe('roleLabel', () => {
  it('names the known roles and keeps a custom role as it is', () => {
    expect(
      ['potw', 'primary', 'secondary', 'db-expert'].map(roleLabel),
    ).toEqual([
      'Person of the Week',
      'Primary on-call',
      'Secondary on-call',
      'db-expert',
    ]);
  });
});

describe('sortRoles', () => {
  it('puts PoTW first, then primary and secondary, then custom roles in their order', () => {
    const roles = ['db-expert', 'secondary', 'release', 'potw', 'primary'].map(
      coverage,
    );
    expect(sortRoles(roles).map(r => r.role)).toEqual([
      'potw',
      'primary',
      'secondary',
      'db-expert',
      'release',
    ]);
    // The input stays as it was.
    expect(roles[0].role).toBe('db-expert');
  });
});
