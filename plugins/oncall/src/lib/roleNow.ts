import { RoleCoverage } from '@agile-ops/plugin-oncall-common';

/**
 * Who covers a role now in one line: "Alice (override), until Mon 16 Mar, 09:00, then Bob", or
 * "nobody (uncovered)". `until` formats the end of the shift as the view wants it.
 */
export function describeRoleNow(
  role: RoleCoverage,
  nameOf: (ref: string) => string,
  until: (instant: string, timezone: string) => string,
): string {
  return [
    role.user ? nameOf(role.user) : 'nobody (uncovered)',
    role.override ? ' (override)' : '',
    role.until ? `, until ${until(role.until, role.timezone)}` : '',
    role.next?.user ? `, then ${nameOf(role.next.user)}` : '',
  ].join('');
}
