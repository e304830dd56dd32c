// Builders shared by the tests; not exported from the package.

import { Rotation } from './rotation';
import { Override, RotationVersion } from './schema/openapi.generated';

export const A = 'user:default/alice';
export const B = 'user:default/bob';
export const C = 'user:default/carol';
export const D = 'user:default/dan';

/** A weekly Monday 09:00 UTC rotation of alice and bob starting on Monday 2026-03-02. */
export function version(
  overrides: Partial<RotationVersion> = {},
): RotationVersion {
  return {
    effectiveFrom: '2026-01-01T00:00:00Z',
    timezone: 'UTC',
    role: 'potw',
    participants: [A, B],
    handoff: { weekday: 1, time: '09:00' },
    shiftLength: 'P1W',
    startDate: '2026-03-02',
    ...overrides,
  };
}

export function rotation(versions: RotationVersion[] = [version()]): Rotation {
  return { id: 'r1', owner: 'group:default/team-a', versions };
}

export function override(fields: Partial<Override> = {}): Override {
  return {
    id: 'o1',
    rotationId: 'r1',
    user: C,
    start: '2026-03-10T00:00:00Z',
    end: '2026-03-11T00:00:00Z',
    createdBy: A,
    createdAt: '2026-03-01T00:00:00Z',
    ...fields,
  };
}
