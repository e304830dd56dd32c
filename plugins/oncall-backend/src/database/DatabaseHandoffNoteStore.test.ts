import { createTestDatabases } from '@agile-ops/test-utils';
import { note, openTestStores, rules } from '../__testUtils__/storeFixtures';

jest.setTimeout(120_000);

describe('DatabaseHandoffNoteStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    async function createStore() {
      const { knex, stores } = await openTestStores(databases, databaseId);
      return { knex, store: stores.handoffNotes, stores };
    }

    describe('hand-off notes', () => {
      it('creates notes and lists those of a window [from, to) in order', async () => {
        const { store, stores } = await createStore();
        await stores.rotations.createRotation(rules());
        await stores.rotations.createRotation(
          rules({ id: 'rot-2', name: 'Other' }),
        );
        const first = await store.create(
          note({ id: 'n-first', at: '2026-03-09T08:00:00.000Z' }),
        );
        const second = await store.create(
          note({
            id: 'n-second',
            at: '2026-03-16T08:00:00.000Z',
            createdAt: '2026-03-08T12:00:00.000Z',
          }),
        );
        // Same hand-off as the first, written later.
        const firstLater = await store.create(
          note({
            id: 'n-first-later',
            at: '2026-03-09T09:00:00+01:00',
            createdAt: '2026-03-09T07:00:00.000Z',
            text: 'Also: the VPN certificate',
          }),
        );
        await store.create(
          note({ id: 'n-at-to', at: '2026-03-23T08:00:00.000Z' }),
        );
        await store.create(note({ id: 'n-other', rotationId: 'rot-2' }));
        expect(first).toEqual(note({ id: 'n-first' }));

        const listed = await store.list(
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
            await store.list(
              'rot-1',
              new Date('2026-03-09T08:00:00.001Z'),
              new Date('2026-03-23T08:00:00.001Z'),
            )
          ).map(n => n.id),
        ).toEqual(['n-second', 'n-at-to']);
        expect(
          await store.list(
            'rot-2',
            new Date('2026-03-10T00:00:00.000Z'),
            new Date('2026-03-16T08:00:00.000Z'),
          ),
        ).toEqual([]);
      });
    });
  });
});
