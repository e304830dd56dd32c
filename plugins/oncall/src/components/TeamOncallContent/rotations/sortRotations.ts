import {
  RotationResponse,
  ROTATION_ROLES,
} from '@agile-ops/plugin-oncall-common';

function roleRank(role: string): number {
  const index = (ROTATION_ROLES as ReadonlyArray<string>).indexOf(role);
  return index < 0 ? ROTATION_ROLES.length : index;
}

/** Rotations PoTW first, then primary, secondary and custom roles, each by name. */
export function sortRotations(
  rotations: RotationResponse[],
): RotationResponse[] {
  return [...rotations].sort(
    (a, b) =>
      roleRank(a.role) - roleRank(b.role) || a.name.localeCompare(b.name),
  );
}
