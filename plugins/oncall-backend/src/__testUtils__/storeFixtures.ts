import { HandoffNote, RotationVersion } from '@agile-ops/plugin-oncall-common';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { openOncallStores } from '../database/openStores';
import { NewRotation } from '../database/RotationStore';

// Rows for the store tests: people, teams and instants with a non-zero millisecond part, so
// a column that drops milliseconds shows up.

/** The team that owns the rotations of the store tests. */
export const TEAM = 'group:default/team-a';
/** A second team, to show that queries keep to one. */
export const OTHER_TEAM = 'group:default/team-b';
/** Alice, who makes most rows of the store tests. */
export const ALICE = 'user:default/alice';
/** Bob, a second person on the rotations. */
export const BOB = 'user:default/bob';
/** Carol, first in turn of {@link version}. */
export const CAROL = 'user:default/carol';
/** Dan, who covers in overrides. */
export const DAN = 'user:default/dan';

/** The instant the store tests' times are counted from. */
export const BASE = Date.parse('2026-03-01T08:00:00.000Z');
/** An hour in milliseconds. */
export const HOUR = 3_600_000;

/** A fixed moment `seconds` after the base, with a non-zero millisecond part. */
export function at(seconds: number, ms = 123): Date {
  return new Date(BASE + seconds * 1000 + ms);
}

/** A weekly PoTW version from 1 January 2026, with the given fields changed. */
export function version(
  overrides: Partial<RotationVersion> = {},
): RotationVersion {
  return {
    effectiveFrom: '2026-01-01T00:00:00.000Z',
    timezone: 'Europe/Berlin',
    role: 'potw',
    participants: [CAROL, ALICE, BOB],
    handoff: { weekday: 1, time: '09:00' },
    shiftLength: 'P1W',
    startDate: '2026-01-05',
    ...overrides,
  };
}

/**
 * {@link version} as a request may send it, without `effectiveFrom`, so that it takes effect
 * from now on.
 */
export function versionFromNow(
  overrides: Partial<Omit<RotationVersion, 'effectiveFrom'>> = {},
): Omit<RotationVersion, 'effectiveFrom'> {
  const { effectiveFrom: _fromNow, ...fields } = version(overrides);
  return fields;
}

/** Rotation `rot-1` of {@link TEAM} with its first {@link version}, with the given fields changed. */
export function rules(
  fields: Partial<Omit<NewRotation, 'source'>> & {
    version?: RotationVersion;
  } = {},
): NewRotation {
  return {
    id: 'rot-1',
    owner: TEAM,
    name: 'Team A PoTW',
    createdBy: ALICE,
    createdAt: at(0),
    source: 'rules',
    version: version(),
    ...fields,
  } as NewRotation;
}

/**
 * {@link rules} with Alice and Bob taking turns, made at `createdAt`: week k after 5 January
 * 2026 is Alice's for even k, Bob's for odd k.
 */
export function aliceAndBobRules(createdAt: Date): NewRotation {
  return rules({ createdAt, version: version({ participants: [ALICE, BOB] }) });
}

/** A note of Alice for the hand-off of 9 March 2026 of `rot-1`, with the given fields changed. */
export function note(fields: Partial<HandoffNote> = {}): HandoffNote {
  return {
    id: 'note-1',
    rotationId: 'rot-1',
    at: '2026-03-09T08:00:00.000Z',
    text: 'The ledger export needs watching',
    author: ALICE,
    createdAt: '2026-03-08T12:00:00.456Z',
    ...fields,
  };
}

/** A fresh database of the given kind, migrated, with the plugin's stores on it. */
export async function openTestStores(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: { clock?: () => Date } = {},
) {
  const knex = await databases.init(databaseId);
  const stores = await openOncallStores(
    mockServices.database({ knex }),
    options,
  );
  return { knex, stores };
}
