import { Override } from '@agile-ops/plugin-oncall-common';
import { createTestDatabases, rowCount } from '@agile-ops/test-utils';
import { ConflictError } from '@backstage/errors';
import {
  ALICE,
  at,
  BASE,
  BOB,
  CAROL,
  DAN,
  HOUR,
  note,
  openTestStores,
  OTHER_TEAM,
  rules,
  TEAM,
  version,
} from '../__testUtils__/storeFixtures';
import { NewOverride, NewRotation } from './RotationStore';

jest.setTimeout(120_000);

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

describe('DatabaseRotationStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    /** The rotation store on a fresh database, its clock at the base instant unless given. */
    async function createStore(clock = () => new Date(BASE)) {
      const { knex, stores } = await openTestStores(databases, databaseId, {
        clock,
      });
      return { knex, store: stores.rotations, stores };
    }

    describe('rotations', () => {
      it('creates a rotation with its first version', async () => {
        const { knex, store } = await createStore();

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
          // The effectiveFrom of version(): UTC with milliseconds.
          versions: [version()],
          createdBy: ALICE,
          createdAt: '2026-03-01T08:00:00.123Z',
        });
        expect(created).not.toHaveProperty('imported');
        expect(await store.getRotation('rot-1')).toEqual(created);
        expect(await rowCount(knex, 'oncall_rotations')).toBe(1);
        expect(await rowCount(knex, 'oncall_rotation_versions')).toBe(1);
        expect(await rowCount(knex, 'oncall_overrides')).toBe(0);
      });

      it('returns undefined for an unknown rotation', async () => {
        const { store } = await createStore();
        await store.createRotation(rules());
        expect(await store.getRotation('nope')).toBeUndefined();
      });

      it('lists the rotations of one owner by name, and all of them', async () => {
        const { store } = await createStore();
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
        const { knex, store } = await createStore();
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
        expect(await rowCount(knex, 'oncall_rotation_versions')).toBe(3);
        const [row] = await knex('oncall_rotation_versions')
          .where({ role: 'primary' })
          .select('created_by');
        expect(row.created_by).toBe(BOB);
      });

      it('uses the first version while none has started yet', async () => {
        const { store } = await createStore();
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

      it("reads role and timezone at the store's clock", async () => {
        let now = new Date('2026-05-31T23:59:59.999Z');
        const { store } = await createStore(() => now);
        await store.createRotation(rules());
        await store.addVersion(
          'rot-1',
          version({
            effectiveFrom: '2026-06-01T00:00:00.000Z',
            role: 'primary',
            timezone: 'Asia/Tokyo',
          }),
          BOB,
          at(1),
        );
        const berlinPotw = { role: 'potw', timezone: 'Europe/Berlin' };

        expect(await store.getRotation('rot-1')).toMatchObject(berlinPotw);

        // A version is in force from its first millisecond on, in every read.
        now = new Date('2026-06-01T00:00:00.000Z');
        const tokyoPrimary = { role: 'primary', timezone: 'Asia/Tokyo' };
        expect(await store.getRotation('rot-1')).toMatchObject(tokyoPrimary);
        expect(await store.listRotations(TEAM)).toMatchObject([tokyoPrimary]);
        expect(await store.listAllRotations()).toMatchObject([tokyoPrimary]);

        // Before any version starts, the first one is reported.
        now = new Date('2025-12-31T23:59:59.999Z');
        expect(await store.getRotation('rot-1')).toMatchObject(berlinPotw);
      });

      it('refuses a second version starting at the same instant and stores nothing', async () => {
        const { knex, store } = await createStore();
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

        expect(await rowCount(knex, 'oncall_rotation_versions')).toBe(1);
        const rotation = await store.getRotation('rot-1');
        expect(rotation?.versions).toHaveLength(1);
        expect(rotation?.role).toBe('potw');
      });

      it('deletes a rotation with its versions, overrides, notes and reminders', async () => {
        const { knex, store, stores } = await createStore();
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
          await stores.handoffNotes.create(
            note({ id: `${rotationId}-n1`, rotationId }),
          );
          await stores.reminderClaims.claim(
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
          expect(await rowCount(knex, table, { rotation_id: 'rot-1' })).toBe(0);
          expect(await rowCount(knex, table, { rotation_id: 'rot-2' })).toBe(1);
        }
        expect(await rowCount(knex, 'oncall_rotations')).toBe(1);

        expect(await store.deleteRotation('rot-1')).toBe(false);
        expect(await store.deleteRotation('unknown')).toBe(false);
        expect(await store.getRotation('rot-2')).toBeDefined();
      });

      it('stores an imported schedule with its entries as imported overrides', async () => {
        const { knex, store } = await createStore();
        await store.createRotation(rules());
        const entries = [0, 1, 2].map(i =>
          entry(i, 'rot-ical', i === 1 ? { reason: 'Holiday swap' } : {}),
        );
        const overridesIn2026 = (source?: 'manual' | 'import') =>
          store.listOverrides(
            'rot-ical',
            new Date('2026-01-01T00:00:00Z'),
            new Date('2027-01-01T00:00:00Z'),
            source,
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
        expect(await rowCount(knex, 'oncall_rotation_versions')).toBe(1);

        const all = await overridesIn2026();
        expect(all).toEqual(entries);
        expect(await overridesIn2026('import')).toEqual(entries);

        // A manual override next to the imported entries.
        const own = await store.createOverride(
          manual({ id: 'own', rotationId: 'rot-ical' }),
        );
        const manualOnly = await overridesIn2026('manual');
        expect(manualOnly).toEqual([own]);
        expect(
          await rowCount(knex, 'oncall_overrides', {
            rotation_id: 'rot-ical',
            source: 'import',
          }),
        ).toBe(3);

        // Imported entries cannot be read, cut short or deleted one by one.
        expect(await store.getOverride('rot-ical', entries[0].id)).toBe(
          undefined,
        );
        await store.endOverride('rot-ical', entries[0].id, new Date(BASE));
        expect(await overridesIn2026('import')).toEqual(entries);
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
        expect(await rowCount(knex, 'oncall_overrides')).toBe(0);
      });

      it('imports a large schedule in chunks', async () => {
        const { knex, store } = await createStore();
        const entries = Array.from({ length: 1_000 }, (_, i) => entry(i));

        const created = await store.createRotation(imported(entries));

        expect(created.imported?.entries).toBe(1_000);
        expect(
          await rowCount(knex, 'oncall_overrides', { source: 'import' }),
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
        const { knex, store } = await createStore();
        const entries = Array.from({ length: 450 }, (_, i) => entry(i));
        // A duplicate id in the third chunk.
        entries.push({ ...entry(450), id: entries[10].id });

        // Matched by message, not with toThrow(): better-sqlite3 is loaded once per Jest worker
        // and raises its errors with the Error class of the test file that loaded it first,
        // which toThrow() does not take for an error in the files run after it.
        await expect(
          store.createRotation(imported(entries)),
        ).rejects.toHaveProperty(
          'message',
          expect.stringMatching(/(unique|duplicate).*oncall_overrides/i),
        );

        expect(await rowCount(knex, 'oncall_rotations')).toBe(0);
        expect(await rowCount(knex, 'oncall_overrides')).toBe(0);
      });
    });

    describe('overrides', () => {
      it('lists those overlapping [from, to) in start order', async () => {
        const { store } = await createStore();
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
        const { store } = await createStore();
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

        // The override as made, less its source, which the store keeps to itself.
        const { source: _manual, ...made } = manual({ id: 'plain' });
        expect(plain).toEqual(made);
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
        const { knex, store } = await createStore();
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
        expect(await rowCount(knex, 'oncall_overrides')).toBe(3);

        expect(await store.deleteOverride('rot-1', 'o-1')).toBe(true);
        expect(await store.deleteOverride('rot-1', 'o-1')).toBe(false);
        expect(
          (await knex('oncall_overrides').orderBy('id').pluck('id')).sort(),
        ).toEqual(['o-2', 'o-imported']);
      });
    });
  });
});
