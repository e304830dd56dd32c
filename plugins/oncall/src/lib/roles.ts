import { RoleCoverage, RotationRole } from '@agile-ops/plugin-oncall-common';

/** Names of the roles every installation knows; a custom role shows under its own name. */
const ROLE_LABELS: Record<string, string> = {
  potw: 'Person of the Week',
  primary: 'Primary on-call',
  secondary: 'Secondary on-call',
};

/** The order the card lists roles in: PoTW, primary, secondary, then custom roles. */
const ROLE_RANK: Record<string, number> = { potw: 0, primary: 1, secondary: 2 };

/** How a person reads a role: "Person of the Week", "Primary on-call", or the custom name. */
export function roleLabel(role: RotationRole): string {
  return ROLE_LABELS[role] ?? role;
}

/**
 * The roles in card order (PoTW first). The backend already sends them so; sorting again keeps
 * the card right if a custom role ever arrives first. Custom roles keep their relative order.
 */
export function sortRoles(roles: ReadonlyArray<RoleCoverage>): RoleCoverage[] {
  const rank = (role: RotationRole) => ROLE_RANK[role] ?? 3;
  return [...roles].sort((a, b) => rank(a.role) - rank(b.role));
}
