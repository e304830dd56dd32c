import { createTestDatabases } from '@agile-ops/test-utils';
import {
  HandoffNote,
  Override,
  RotationVersion,
} from '@agile-ops/plugin-oncall-common';
import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { DatabaseOncallStore } from './DatabaseOncallStore';
import { NewInterrupt, NewOverride, NewRotation } from './OncallStore';

jest.setTimeout(120_000);

const TEAM = 'group:default/team-a';
const OTHER_TEAM = 'group:default/team-b';
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const CAROL = 'user:default/carol';
const DAN = 'user:default/dan';
const ENTITY = 'component:default/ledger';

const BASE = Date.parse('2026-03-01T08:00:00.000Z');
const HOUR = 3_600_000;
/** Who makes the ledger edits of these tests, and when. */
const EDIT = { by: CAROL, at: new Date(BASE + 24 * HOUR) };

/** A fixed moment `seconds` after the base, with a non-zero millisecond part. */
function at(seconds: number, ms = 123): Date {
  return new Date(BASE + seconds * 1000 + ms);
}

function version(overrides: Partial<RotationVersion> = {}): RotationVersion {
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

function rules(
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

function entry(
  index: number,
  rotationId = 'rot-ical',
  fields: Partial<Override> = {},
): Override {
  return {
    id: `${rotationId}-e${String(index).padStart(5, '0')}`,
    rotationId,
    user: index % 2 ? ALICE : BOB,
    start: new Date(BASE + index * 24 * HOUR).toISOString(),
    end: new Date(BASE + (index + 1) * 24 * HOUR).toISOString(),
    createdBy: ALICE,
    createdAt: at(0).toISOString(),
    ...fields,
  };
}

function imported(entries: Override[], id = 'rot-ical'): NewRotation {
  return {
    id,
    owner: TEAM,
    name: 'Imported on-call',
    createdBy: ALICE,
    createdAt: at(5),
    source: 'ical',
    role: 'primary',
    timezone: 'America/New_York',
    imported: {
      from: '2026-03-01T00:00:00.000Z',
      to: '2027-03-01T00:00:00.000Z',
    },
    entries,
  };
}

function manual(fields: Partial<NewOverride> = {}): NewOverride {
  return {
    id: 'ovr-1',
    rotationId: 'rot-1',
    user: DAN,
    start: '2026-03-10T00:00:00.000Z',
    end: '2026-03-11T00:00:00.000Z',
    createdBy: ALICE,
    createdAt: '2026-03-01T08:00:00.123Z',
    source: 'manual',
    ...fields,
  };
}

function interrupt(fields: Partial<NewInterrupt> = {}): NewInterrupt {
  return {
    id: 'int-1',
    team: TEAM,
    title: 'Ledger export stuck',
    category: 'incident',
    receivedAt: at(60),
    source: 'manual',
    createdBy: ALICE,
    createdAt: at(61),
    ...fields,
  };
}

function note(fields: Partial<HandoffNote> = {}): HandoffNote {
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

async function count(knex: Knex, table: string, where: object = {}) {
  const [{ n }] = await knex(table).where(where).count({ n: '*' });
  return Number(n);
}

describe('DatabaseOncallStore', () => {
  const databases = createTestDatabases();

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const store = await DatabaseOncallStore.create(
      mockServices.database({ knex }),
    );
    return { knex, store };
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    describe('rotations', () => {
      it('creates a rotation with its first version', async () => {
        const { knex, store } = await createStore(databaseId);

        const created = await store.createRotation(
          rules({
            version: version({
              // An offset other than Z comes back as UTC with milliseconds.
              effectiveFrom: '2026-01-01T01:00:00+01:00',
              participants: [CAROL, ALICE, BOB],
            }),
          }),
        );

        expect(created).toEqual({
          id: 'rot-1',
          owner: TEAM,
          name: 'Team A PoTW',
          role: 'potw',
          timezone: 'Europe/Berlin',
          source: 'rules',
          versions: [
            {
              effectiveFrom: '2026-01-01T00:00:00.000Z',
              timezone: 'Europe/Berlin',
              role: 'potw',
              participants: [CAROL, ALICE, BOB],
              handoff: { weekday: 1, time: '09:00' },
              shiftLength: 'P1W',
              startDate: '2026-01-05',
            },
          ],
          createdBy: ALICE,
          createdAt: '2026-03-01T08:00:00.123Z',
        });
        expect(created).not.toHaveProperty('imported');
        expect(await store.getRotation('rot-1')).toEqual(created);
        expect(await count(knex, 'oncall_rotations')).toBe(1);
        expect(await count(knex, 'oncall_rotation_versions')).toBe(1);
        expect(await count(knex, 'oncall_overrides')).toBe(0);
      });

      it('returns undefined for an unknown rotation', async () => {
        const { store } = await createStore(databaseId);
        await store.createRotation(rules());
        expect(await store.getRotation('nope')).toBeUndefined();
      });

      it('lists the rotations of one owner by name, and all of them', async () => {
        const { store } = await createStore(databaseId);
        await store.createRotation(rules({ id: 'r-c', name: 'Charlie' }));
        await store.createRotation(rules({ id: 'r-a', name: 'Alpha' }));
        await store.createRotation(
          rules({ id: 'r-x', name: 'Bravo', owner: OTHER_TEAM }),
        );
        await store.createRotation(rules({ id: 'r-b', name: 'Bravo' }));

        const own = await store.listRotations(TEAM);
        expect(own.map(r => r.id)).toEqual(['r-a', 'r-b', 'r-c']);
        expect(own.every(r => r.versions.length === 1)).toBe(true);
        expect((await store.listRotations(OTHER_TEAM)).map(r => r.id)).toEqual([
          'r-x',
        ]);
        expect(await store.listRotations('group:default/nobody')).toEqual([]);

        const all = await store.listAllRotations();
        expect(all.map(r => [r.name, r.id])).toEqual([
          ['Alpha', 'r-a'],
          ['Bravo', 'r-b'],
          ['Bravo', 'r-x'],
          ['Charlie', 'r-c'],
        ]);
      });

      it('adds versions; role and timezone follow the version in force now', async () => {
        const { knex, store } = await createStore(databaseId);
        await store.createRotation(
          rules({
            version: version({
              effectiveFrom: '2020-01-01T00:00:00.000Z',
              role: 'secondary',
              timezone: 'UTC',
            }),
          }),
        );

        // A later version in the future does not change what is in force now.
        const withFuture = await store.addVersion(
          'rot-1',
          version({
            effectiveFrom: '2999-01-01T00:00:00.000Z',
            role: 'custom-role',
            timezone: 'Asia/Tokyo',
          }),
          BOB,
          at(10),
        );
        expect(withFuture.role).toBe('secondary');
        expect(withFuture.timezone).toBe('UTC');

        // A version in the past, added last, is sorted in and now in force.
        const withPast = await store.addVersion(
          'rot-1',
          version({
            effectiveFrom: '2021-06-01T12:30:00.000Z',
            role: 'primary',
            timezone: 'Europe/Lisbon',
            participants: [BOB, ALICE],
          }),
          BOB,
          at(20),
        );
        expect(withPast.role).toBe('primary');
        expect(withPast.timezone).toBe('Europe/Lisbon');
        expect(withPast.versions.map(v => v.effectiveFrom)).toEqual([
          '2020-01-01T00:00:00.000Z',
          '2021-06-01T12:30:00.000Z',
          '2999-01-01T00:00:00.000Z',
        ]);
        expect(withPast.versions[1].participants).toEqual([BOB, ALICE]);
        expect(await store.getRotation('rot-1')).toEqual(withPast);
        expect(await count(knex, 'oncall_rotation_versions')).toBe(3);
        const [row] = await knex('oncall_rotation_versions')
          .where({ role: 'primary' })
          .select('created_by');
        expect(row.created_by).toBe(BOB);
      });

      it('uses the first version while none has started yet', async () => {
        const { store } = await createStore(databaseId);
        const created = await store.createRotation(
          rules({
            version: version({
              effectiveFrom: '2998-01-01T00:00:00.000Z',
              role: 'secondary',
              timezone: 'Asia/Tokyo',
            }),
          }),
        );
        expect(created.role).toBe('secondary');
        expect(created.timezone).toBe('Asia/Tokyo');
      });

      it('refuses a second version starting at the same instant and stores nothing', async () => {
        const { knex, store } = await createStore(databaseId);
        await store.createRotation(rules());

        await expect(
          store.addVersion(
            'rot-1',
            version({
              effectiveFrom: '2026-01-01T01:00:00+01:00',
              role: 'primary',
            }),
            BOB,
            at(10),
          ),
        ).rejects.toThrow(ConflictError);

        expect(await count(knex, 'oncall_rotation_versions')).toBe(1);
        const rotation = await store.getRotation('rot-1');
        expect(rotation?.versions).toHaveLength(1);
        expect(rotation?.role).toBe('potw');
      });

      it('deletes a rotation with its versions, overrides, notes and reminders', async () => {
        const { knex, store } = await createStore(databaseId);
        await store.createRotation(rules());
        await store.createRotation(rules({ id: 'rot-2', name: 'Other' }));
        await store.addVersion(
          'rot-1',
          version({ effectiveFrom: '2026-02-01T00:00:00.000Z' }),
          ALICE,
          at(1),
        );
        for (const rotationId of ['rot-1', 'rot-2']) {
          await store.createOverride(
            manual({ id: `${rotationId}-o1`, rotationId }),
          );
          await store.createHandoffNote(
            note({ id: `${rotationId}-n1`, rotationId }),
          );
          await store.claimReminder(
            rotationId,
            new Date('2026-03-09T08:00:00.000Z'),
            ALICE,
            at(2),
          );
        }

        expect(await store.deleteRotation('rot-1')).toBe(true);

        expect(await store.getRotation('rot-1')).toBeUndefined();
        for (const table of [
          'oncall_rotation_versions',
          'oncall_overrides',
          'oncall_handoff_notes',
          'oncall_reminders_sent',
        ]) {
          expect(await count(knex, table, { rotation_id: 'rot-1' })).toBe(0);
          expect(await count(knex, table, { rotation_id: 'rot-2' })).toBe(1);
        }
        expect(await count(knex, 'oncall_rotations')).toBe(1);

        expect(await store.deleteRotation('rot-1')).toBe(false);
        expect(await store.deleteRotation('unknown')).toBe(false);
        expect(await store.getRotation('rot-2')).toBeDefined();
      });

      it('stores an imported schedule with its entries as imported overrides', async () => {
        const { knex, store } = await createStore(databaseId);
        await store.createRotation(rules());
        const entries = [0, 1, 2].map(i =>
          entry(i, 'rot-ical', i === 1 ? { reason: 'Holiday swap' } : {}),
        );

        const created = await store.createRotation(imported(entries));

        expect(created).toEqual({
          id: 'rot-ical',
          owner: TEAM,
          name: 'Imported on-call',
          role: 'primary',
          timezone: 'America/New_York',
          source: 'ical',
          versions: [],
          imported: {
            entries: 3,
            from: '2026-03-01T00:00:00.000Z',
            to: '2027-03-01T00:00:00.000Z',
          },
          createdBy: ALICE,
          createdAt: '2026-03-01T08:00:05.123Z',
        });
        expect(await store.getRotation('rot-ical')).toEqual(created);
        expect(await count(knex, 'oncall_rotation_versions')).toBe(1);

        const all = await store.listOverrides(
          'rot-ical',
          new Date('2026-01-01T00:00:00Z'),
          new Date('2027-01-01T00:00:00Z'),
        );
        expect(all).toEqual(entries);
        expect(
          await store.listOverrides(
            'rot-ical',
            new Date('2026-01-01T00:00:00Z'),
            new Date('2027-01-01T00:00:00Z'),
            'import',
          ),
        ).toEqual(entries);

        // A manual override next to the imported entries.
        const own = await store.createOverride(
          manual({ id: 'own', rotationId: 'rot-ical' }),
        );
        const manualOnly = await store.listOverrides(
          'rot-ical',
          new Date('2026-01-01T00:00:00Z'),
          new Date('2027-01-01T00:00:00Z'),
          'manual',
        );
        expect(manualOnly).toEqual([own]);
        expect(
          await count(knex, 'oncall_overrides', {
            rotation_id: 'rot-ical',
            source: 'import',
          }),
        ).toBe(3);

        // Imported entries cannot be read, cut short or deleted one by one.
        expect(await store.getOverride('rot-ical', entries[0].id)).toBe(
          undefined,
        );
        await store.endOverride('rot-ical', entries[0].id, new Date(BASE));
        expect(
          await store.listOverrides(
            'rot-ical',
            new Date('2026-01-01T00:00:00Z'),
            new Date('2027-01-01T00:00:00Z'),
            'import',
          ),
        ).toEqual(entries);
        expect(await store.deleteOverride('rot-ical', entries[0].id)).toBe(
          false,
        );

        // A manual override is cut short by moving its end only.
        expect(await store.getOverride('rot-ical', 'own')).toEqual(own);
        const cut = new Date(Date.parse(own.start) + 1000);
        await store.endOverride('rot-ical', 'own', cut);
        expect(await store.getOverride('rot-ical', 'own')).toEqual({
          ...own,
          end: cut.toISOString(),
        });
        expect(await store.deleteRotation('rot-ical')).toBe(true);
        expect(await count(knex, 'oncall_overrides')).toBe(0);
      });

      it('imports a large schedule in chunks', async () => {
        const { knex, store } = await createStore(databaseId);
        const entries = Array.from({ length: 1_000 }, (_, i) => entry(i));

        const created = await store.createRotation(imported(entries));

        expect(created.imported?.entries).toBe(1_000);
        expect(
          await count(knex, 'oncall_overrides', { source: 'import' }),
        ).toBe(1_000);
        const listed = await store.listOverrides(
          'rot-ical',
          new Date(BASE - HOUR),
          new Date(BASE + 2_000 * 24 * HOUR),
        );
        expect(listed).toHaveLength(1_000);
        expect(listed[0]).toEqual(entries[0]);
        expect(listed[999]).toEqual(entries[999]);
      });

      it('stores nothing when an import fails half way', async () => {
        const { knex, store } = await createStore(databaseId);
        const entries = Array.from({ length: 450 }, (_, i) => entry(i));
        // A duplicate id in the third chunk.
        entries.push({ ...entry(450), id: entries[10].id });

        await expect(store.createRotation(imported(entries))).rejects.toThrow();

        expect(await count(knex, 'oncall_rotations')).toBe(0);
        expect(await count(knex, 'oncall_overrides')).toBe(0);
      });
    });

    describe('overrides', () => {
      it('lists those overlapping [from, to) in start order', async () => {
        const { store } = await createStore(databaseId);
        await store.createRotation(rules());
        await store.createRotation(rules({ id: 'rot-2', name: 'Other' }));
        const from = new Date('2026-03-10T00:00:00.000Z');
        const to = new Date('2026-03-12T00:00:00.000Z');
        const make = (
          id: string,
          start: string,
          end: string,
          rotationId = 'rot-1',
        ) => store.createOverride(manual({ id, rotationId, start, end }));

        // Ends exactly at `from`: excluded.
        await make(
          'ends-at-from',
          '2026-03-09T00:00:00.000Z',
          '2026-03-10T00:00:00.000Z',
        );
        // Ends a millisecond after `from`: included.
        const late = await make(
          'ends-after-from',
          '2026-03-09T00:00:00.000Z',
          '2026-03-10T00:00:00.001Z',
        );
        // Starts exactly at `to`: excluded.
        await make(
          'starts-at-to',
          '2026-03-12T00:00:00.000Z',
          '2026-03-13T00:00:00.000Z',
        );
        // Starts a millisecond before `to`: included.
        const early = await make(
          'starts-before-to',
          '2026-03-11T23:59:59.999Z',
          '2026-03-13T00:00:00.000Z',
        );
        // Covers the whole window: included.
        const around = await make(
          'around',
          '2026-03-01T00:00:00.000Z',
          '2026-04-01T00:00:00.000Z',
        );
        // Inside the window: included.
        const inside = await make(
          'inside',
          '2026-03-10T06:00:00.000Z',
          '2026-03-10T18:00:00.000Z',
        );
        // Another rotation: excluded.
        await make(
          'other-rotation',
          '2026-03-10T06:00:00.000Z',
          '2026-03-10T18:00:00.000Z',
          'rot-2',
        );

        const listed = await store.listOverrides('rot-1', from, to);
        expect(listed.map(o => o.id)).toEqual([
          'around',
          'ends-after-from',
          'inside',
          'starts-before-to',
        ]);
        expect(listed).toEqual([around, late, inside, early]);
        expect(await store.listOverrides('unknown', from, to)).toEqual([]);
      });

      it('round-trips the optional fields', async () => {
        const { store } = await createStore(databaseId);
        await store.createRotation(rules());

        const plain = await store.createOverride(manual({ id: 'plain' }));
        const full = await store.createOverride(
          manual({
            id: 'full',
            start: '2026-03-10T01:00:00.000Z',
            replaces: BOB,
            reason: 'Bob is at the dentist',
          }),
        );

        expect(plain).toEqual({
          id: 'plain',
          rotationId: 'rot-1',
          user: DAN,
          start: '2026-03-10T00:00:00.000Z',
          end: '2026-03-11T00:00:00.000Z',
          createdBy: ALICE,
          createdAt: '2026-03-01T08:00:00.123Z',
        });
        expect(plain).not.toHaveProperty('source');
        expect(full).toMatchObject({
          replaces: BOB,
          reason: 'Bob is at the dentist',
        });
        const listed = await store.listOverrides(
          'rot-1',
          new Date('2026-03-01T00:00:00Z'),
          new Date('2026-04-01T00:00:00Z'),
        );
        expect(listed).toEqual([plain, full]);
        expect(listed[0]).not.toHaveProperty('replaces');
        expect(listed[0]).not.toHaveProperty('reason');
      });

      it('deletes only manual overrides of that rotation', async () => {
        const { knex, store } = await createStore(databaseId);
        await store.createRotation(rules());
        await store.createRotation(rules({ id: 'rot-2', name: 'Other' }));
        await store.createOverride(manual({ id: 'o-1' }));
        await store.createOverride(
          manual({ id: 'o-imported', source: 'import' }),
        );
        await store.createOverride(manual({ id: 'o-2', rotationId: 'rot-2' }));

        expect(await store.deleteOverride('rot-2', 'o-1')).toBe(false);
        expect(await store.deleteOverride('rot-1', 'o-imported')).toBe(false);
        expect(await store.deleteOverride('rot-1', 'unknown')).toBe(false);
        expect(await count(knex, 'oncall_overrides')).toBe(3);

        expect(await store.deleteOverride('rot-1', 'o-1')).toBe(true);
        expect(await store.deleteOverride('rot-1', 'o-1')).toBe(false);
        expect(
          (await knex('oncall_overrides').orderBy('id').pluck('id')).sort(),
        ).toEqual(['o-2', 'o-imported']);
      });
    });

    describe('hand-off notes', () => {
      it('creates notes and lists those of a window [from, to) in order', async () => {
        const { store } = await createStore(databaseId);
        await store.createRotation(rules());
        await store.createRotation(rules({ id: 'rot-2', name: 'Other' }));
        const first = await store.createHandoffNote(
          note({ id: 'n-first', at: '2026-03-09T08:00:00.000Z' }),
        );
        const second = await store.createHandoffNote(
          note({
            id: 'n-second',
            at: '2026-03-16T08:00:00.000Z',
            createdAt: '2026-03-08T12:00:00.000Z',
          }),
        );
        // Same hand-off as the first, written later.
        const firstLater = await store.createHandoffNote(
          note({
            id: 'n-first-later',
            at: '2026-03-09T09:00:00+01:00',
            createdAt: '2026-03-09T07:00:00.000Z',
            text: 'Also: the VPN certificate',
          }),
        );
        await store.createHandoffNote(
          note({ id: 'n-at-to', at: '2026-03-23T08:00:00.000Z' }),
        );
        await store.createHandoffNote(
          note({ id: 'n-other', rotationId: 'rot-2' }),
        );
        expect(first).toEqual(note({ id: 'n-first' }));

        const listed = await store.listHandoffNotes(
          'rot-1',
          new Date('2026-03-09T08:00:00.000Z'),
          new Date('2026-03-23T08:00:00.000Z'),
        );
        expect(listed).toEqual([
          first,
          { ...firstLater, at: '2026-03-09T08:00:00.000Z' },
          second,
        ]);

        // `from` is inclusive to the millisecond, `to` exclusive.
        expect(
          (
            await store.listHandoffNotes(
              'rot-1',
              new Date('2026-03-09T08:00:00.001Z'),
              new Date('2026-03-23T08:00:00.001Z'),
            )
          ).map(n => n.id),
        ).toEqual(['n-second', 'n-at-to']);
        expect(
          await store.listHandoffNotes(
            'rot-2',
            new Date('2026-03-10T00:00:00.000Z'),
            new Date('2026-03-16T08:00:00.000Z'),
          ),
        ).toEqual([]);
      });
    });

    describe('interrupts', () => {
      it('round-trips an interrupt without its optional fields', async () => {
        const { store } = await createStore(databaseId);

        const created = await store.createInterrupt(interrupt());

        expect(created).toEqual({
          id: 'int-1',
          team: TEAM,
          title: 'Ledger export stuck',
          category: 'incident',
          receivedAt: '2026-03-01T08:01:00.123Z',
          source: 'manual',
          createdBy: ALICE,
        });
        for (const field of [
          'entityRef',
          'triagedBy',
          'effortMinutes',
          'resolvedAt',
        ]) {
          expect(created).not.toHaveProperty(field);
        }
        expect(await store.getInterrupt('int-1')).toEqual(created);
        expect(await store.getInterrupt('unknown')).toBeUndefined();
      });

      it('round-trips an interrupt with every field, effort 0 included', async () => {
        const { store } = await createStore(databaseId);

        const created = await store.createInterrupt(
          interrupt({
            entityRef: ENTITY,
            triagedBy: BOB,
            effortMinutes: 0,
            resolvedAt: at(120, 7),
            category: 'question',
            source: 'self-service',
          }),
        );

        expect(created).toEqual({
          id: 'int-1',
          team: TEAM,
          entityRef: ENTITY,
          title: 'Ledger export stuck',
          category: 'question',
          receivedAt: '2026-03-01T08:01:00.123Z',
          triagedBy: BOB,
          effortMinutes: 0,
          resolvedAt: '2026-03-01T08:02:00.007Z',
          source: 'self-service',
          createdBy: ALICE,
        });
        expect(await store.getInterrupt('int-1')).toEqual(created);
      });

      it('updates fields, clears optional ones with null and refuses unknown ids', async () => {
        const { store } = await createStore(databaseId);
        await store.createInterrupt(interrupt({ effortMinutes: 30 }));

        const set = await store.updateInterrupt(
          'int-1',
          {
            title: 'Ledger export stuck again',
            category: 'alert',
            effortMinutes: 0,
            resolvedAt: at(300),
          },
          EDIT,
        );
        expect(set).toMatchObject({
          title: 'Ledger export stuck again',
          category: 'alert',
          effortMinutes: 0,
          resolvedAt: '2026-03-01T08:05:00.123Z',
        });
        expect(await store.getInterrupt('int-1')).toEqual(set);

        // Fields not given stay as they are.
        const partial = await store.updateInterrupt(
          'int-1',
          { effortMinutes: 45 },
          EDIT,
        );
        expect(partial).toEqual({ ...set, effortMinutes: 45 });

        const cleared = await store.updateInterrupt(
          'int-1',
          { effortMinutes: null, resolvedAt: null },
          EDIT,
        );
        expect(cleared).not.toHaveProperty('effortMinutes');
        expect(cleared).not.toHaveProperty('resolvedAt');
        expect(cleared.title).toBe('Ledger export stuck again');

        // No changes: the interrupt as it is.
        expect(await store.updateInterrupt('int-1', {}, EDIT)).toEqual(cleared);

        await expect(
          store.updateInterrupt('unknown', { title: 'x' }, EDIT),
        ).rejects.toThrow(NotFoundError);
        await expect(
          store.updateInterrupt('unknown', {}, EDIT),
        ).rejects.toThrow(NotFoundError);

        // Each update that changed something is kept with its author, before and after.
        const edits = await store.listInterruptEdits('int-1');
        expect(edits.map(e => Object.keys(e.changes))).toEqual([
          ['title', 'category', 'effortMinutes', 'resolvedAt'],
          ['effortMinutes'],
          ['effortMinutes', 'resolvedAt'],
        ]);
        expect(edits[0]).toEqual({
          interruptId: 'int-1',
          action: 'update',
          changes: {
            title: {
              from: 'Ledger export stuck',
              to: 'Ledger export stuck again',
            },
            category: { from: 'incident', to: 'alert' },
            effortMinutes: { from: 30, to: 0 },
            resolvedAt: { from: null, to: '2026-03-01T08:05:00.123Z' },
          },
          changedBy: EDIT.by,
          changedAt: EDIT.at.toISOString(),
        });
        expect(edits[2].changes).toEqual({
          effortMinutes: { from: 45, to: null },
          resolvedAt: { from: '2026-03-01T08:05:00.123Z', to: null },
        });
      });

      it('deletes an interrupt', async () => {
        const { store } = await createStore(databaseId);
        await store.createInterrupt(interrupt());
        await store.createInterrupt(interrupt({ id: 'int-2' }));

        const kept = await store.getInterrupt('int-1');
        expect(await store.deleteInterrupt('int-1', EDIT)).toBe(true);
        expect(await store.deleteInterrupt('int-1', EDIT)).toBe(false);
        expect(await store.getInterrupt('int-1')).toBeUndefined();
        expect(await store.getInterrupt('int-2')).toBeDefined();
        // The deleted interrupt's last state stays in its edits.
        const [deletion, ...more] = await store.listInterruptEdits('int-1');
        expect(more).toEqual([]);
        expect(deletion.action).toBe('delete');
        expect(
          Object.fromEntries(
            Object.entries(deletion.changes).map(([k, v]) => [k, v.from]),
          ),
        ).toEqual(kept);
      });

      it('filters by team, entity, window and open', async () => {
        const { store } = await createStore(databaseId);
        await store.createInterrupt(
          interrupt({ id: 'a', receivedAt: at(100), entityRef: ENTITY }),
        );
        await store.createInterrupt(
          interrupt({ id: 'b', receivedAt: at(200), resolvedAt: at(250) }),
        );
        await store.createInterrupt(
          interrupt({
            id: 'c',
            receivedAt: at(300),
            team: OTHER_TEAM,
            entityRef: ENTITY,
          }),
        );
        await store.createInterrupt(
          interrupt({ id: 'd', receivedAt: at(400) }),
        );
        const ids = async (
          query: Partial<Parameters<typeof store.listInterrupts>[0]>,
        ) =>
          (await store.listInterrupts({ limit: 50, ...query })).map(i => i.id);

        expect(await ids({})).toEqual(['d', 'c', 'b', 'a']);
        expect(await ids({ team: TEAM })).toEqual(['d', 'b', 'a']);
        expect(await ids({ team: OTHER_TEAM })).toEqual(['c']);
        expect(await ids({ entityRef: ENTITY })).toEqual(['c', 'a']);
        expect(await ids({ team: TEAM, entityRef: ENTITY })).toEqual(['a']);
        // `from` inclusive, `to` exclusive, to the millisecond.
        expect(await ids({ from: at(200), to: at(400) })).toEqual(['c', 'b']);
        expect(await ids({ from: at(200, 124), to: at(400, 124) })).toEqual([
          'd',
          'c',
        ]);
        expect(await ids({ open: true })).toEqual(['d', 'c', 'a']);
        expect(await ids({ open: false })).toEqual(['d', 'c', 'b', 'a']);
        expect(await ids({ limit: 2 })).toEqual(['d', 'c']);
        expect(await ids({ team: 'group:default/nobody' })).toEqual([]);
      });

      it('pages newest first, breaking ties on receivedAt by id', async () => {
        const { store } = await createStore(databaseId);
        // Five at the same instant, one before and one after, created out of order.
        const same = at(500);
        for (const id of ['t3', 't1', 't5', 't2', 't4']) {
          await store.createInterrupt(interrupt({ id, receivedAt: same }));
        }
        await store.createInterrupt(
          interrupt({ id: 'z-old', receivedAt: at(100) }),
        );
        await store.createInterrupt(
          interrupt({ id: 'a-new', receivedAt: at(900) }),
        );
        await store.createInterrupt(
          interrupt({ id: 'other', receivedAt: same, team: OTHER_TEAM }),
        );

        const pages: string[][] = [];
        let after: { receivedAt: Date; id: string } | undefined;
        for (;;) {
          const page = await store.listInterrupts({
            team: TEAM,
            limit: 3,
            after,
          });
          if (page.length === 0) break;
          pages.push(page.map(i => i.id));
          const last = page[page.length - 1];
          after = { receivedAt: new Date(last.receivedAt), id: last.id };
        }

        expect(pages).toEqual([
          ['a-new', 't5', 't4'],
          ['t3', 't2', 't1'],
          ['z-old'],
        ]);

        // `after` is exclusive and applies with the other filters.
        expect(
          (
            await store.listInterrupts({
              team: TEAM,
              limit: 10,
              after: { receivedAt: same, id: 't3' },
            })
          ).map(i => i.id),
        ).toEqual(['t2', 't1', 'z-old']);
        expect(
          (
            await store.listInterrupts({
              limit: 10,
              after: { receivedAt: same, id: 'u' },
            })
          ).map(i => i.id),
        ).toEqual(['t5', 't4', 't3', 't2', 't1', 'other', 'z-old']);
      });
    });

    describe('capacity', () => {
      it('gets, sets and replaces the capacity of a team', async () => {
        const { knex, store } = await createStore(databaseId);
        expect(await store.getCapacity(TEAM)).toBeUndefined();

        await store.setCapacity(
          TEAM,
          { people: 5, hoursPerPerson: 6.5 },
          ALICE,
          at(1),
        );
        expect(await store.getCapacity(TEAM)).toEqual({
          people: 5,
          hoursPerPerson: 6.5,
        });
        expect(await store.getCapacity(OTHER_TEAM)).toBeUndefined();

        await store.setCapacity(
          TEAM,
          { people: 4, hoursPerPerson: 7.3 },
          BOB,
          at(2),
        );
        expect(await store.getCapacity(TEAM)).toEqual({
          people: 4,
          hoursPerPerson: 7.3,
        });
        expect(await count(knex, 'oncall_team_capacity')).toBe(1);
        const [row] = await knex('oncall_team_capacity').select('updated_by');
        expect(row.updated_by).toBe(BOB);
      });
    });

    describe('reminders', () => {
      it('claims a reminder once per rotation, hand-off and recipient', async () => {
        const { knex, store } = await createStore(databaseId);
        await store.createRotation(rules());
        const handoff = new Date('2026-03-09T08:00:00.000Z');

        expect(await store.claimReminder('rot-1', handoff, ALICE, at(1))).toBe(
          true,
        );
        expect(await store.claimReminder('rot-1', handoff, ALICE, at(2))).toBe(
          false,
        );
        expect(await store.claimReminder('rot-1', handoff, BOB, at(3))).toBe(
          true,
        );
        expect(
          await store.claimReminder(
            'rot-1',
            new Date(handoff.getTime() + 1),
            ALICE,
            at(4),
          ),
        ).toBe(true);
        expect(await count(knex, 'oncall_reminders_sent')).toBe(3);

        await store.releaseReminder('rot-1', handoff, ALICE);
        expect(await count(knex, 'oncall_reminders_sent')).toBe(2);
        expect(await store.claimReminder('rot-1', handoff, ALICE, at(5))).toBe(
          true,
        );
        expect(await store.claimReminder('rot-1', handoff, ALICE, at(6))).toBe(
          false,
        );
        // Releasing what was never claimed does nothing.
        await store.releaseReminder('rot-1', handoff, CAROL);
        expect(await count(knex, 'oncall_reminders_sent')).toBe(3);
      });
    });
  });
});
