import {
  InterruptCategory,
  IterationStats,
  RotationResponse,
  RotationVersion,
} from '@agile-ops/plugin-oncall-common';
import { Entity } from '@backstage/catalog-model';

// Builders shared by the frontend tests. Instants are fixed so no test depends on the clock.

/** The group every test renders the tab for. */
export const GROUP_REF = 'group:default/team-payments';
export const ALICE = 'user:default/alice';
export const BOB = 'user:default/bob';
export const CAROL = 'user:default/carol';

/** The team's group entity with alice, bob and carol as members. */
export function makeGroup(members: string[] = [ALICE, BOB, CAROL]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'team-payments',
      namespace: 'default',
      title: 'Payments',
    },
    spec: { type: 'team', children: [] },
    relations: members.map(targetRef => ({ type: 'hasMember', targetRef })),
  };
}

/** A catalog user with a display name, so pickers and calendars can show names. */
export function makeUser(ref: string, displayName?: string): Entity {
  const name = ref.split('/').pop()!;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: {
      profile: {
        displayName: displayName ?? name[0].toUpperCase() + name.slice(1),
      },
      memberOf: [GROUP_REF],
    },
  };
}

/** Alice, Bob and Carol as catalog users. */
export function makeUsers(): Entity[] {
  return [makeUser(ALICE), makeUser(BOB), makeUser(CAROL)];
}

/**
 * A weekly PoTW version on the Berlin wall clock: alice then bob, hand-off Monday 09:00, starting
 * Monday 2026-03-02 (so alice covers 2 Mar 09:00 .. 9 Mar 09:00 Berlin, bob the week after).
 */
export function makeVersion(
  fields: Partial<RotationVersion> = {},
): RotationVersion {
  return {
    effectiveFrom: '2026-01-01T00:00:00Z',
    timezone: 'Europe/Berlin',
    role: 'potw',
    participants: [ALICE, BOB],
    handoff: { weekday: 1, time: '09:00' },
    shiftLength: 'P1W',
    startDate: '2026-03-02',
    ...fields,
  };
}

/** A rotation of the test group with one version (see {@link makeVersion}). */
export function makeRotation(
  fields: Partial<RotationResponse> = {},
  version: Partial<RotationVersion> = {},
): RotationResponse {
  const first = makeVersion(version);
  return {
    id: 'rot-potw',
    owner: GROUP_REF,
    name: 'Person of the week',
    role: first.role,
    timezone: first.timezone,
    source: 'rules',
    versions: [{ ...first, participants: [...first.participants] }],
    createdBy: ALICE,
    createdAt: '2026-01-01T00:00:00Z',
    ...fields,
  };
}

/** One iteration of interrupt statistics with the given minutes per category. */
export function makeIteration(
  start: string,
  end: string,
  minutes: Partial<Record<InterruptCategory, number>>,
  capacityMinutes = 14_400,
): IterationStats {
  const byCategory = {
    incident: { count: 0, minutes: 0 },
    request: { count: 0, minutes: 0 },
    question: { count: 0, minutes: 0 },
    alert: { count: 0, minutes: 0 },
    other: { count: 0, minutes: 0 },
  };
  let interruptMinutes = 0;
  let count = 0;
  for (const [category, value] of Object.entries(minutes)) {
    byCategory[category as InterruptCategory] = {
      count: 1,
      minutes: value ?? 0,
    };
    interruptMinutes += value ?? 0;
    count += 1;
  }
  return {
    start,
    end,
    count,
    interruptMinutes,
    capacityMinutes,
    share: capacityMinutes === 0 ? null : interruptMinutes / capacityMinutes,
    byCategory,
  };
}
