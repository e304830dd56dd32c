import { createTestDatabases, rowCount } from '@agile-ops/test-utils';
import { NotFoundError } from '@backstage/errors';
import {
  ALICE,
  at,
  BASE,
  BOB,
  CAROL,
  HOUR,
  openTestStores,
  OTHER_TEAM,
  TEAM,
} from '../__testUtils__/storeFixtures';
import { NewInterrupt } from './LedgerStore';

jest.setTimeout(120_000);

const ENTITY = 'component:default/ledger';
/** Who makes the ledger edits of these tests, and when. */
const EDIT = { by: CAROL, at: new Date(BASE + 24 * HOUR) };

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

describe('DatabaseLedgerStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    async function createStore() {
      const { knex, stores } = await openTestStores(databases, databaseId);
      return { knex, store: stores.ledger };
    }

    describe('interrupts', () => {
      it('round-trips an interrupt without its optional fields', async () => {
        const { store } = await createStore();

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
        const { store } = await createStore();

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
        const { store } = await createStore();
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
        const { store } = await createStore();
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
        const { store } = await createStore();
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
        const { store } = await createStore();
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
        const { knex, store } = await createStore();
        expect(await store.getCapacity(TEAM)).toBeUndefined();

        /** Sets team-a's capacity and expects it read back as it was set. */
        async function setAndReadBack(
          capacity: { people: number; hoursPerPerson: number },
          by: string,
          when: Date,
        ) {
          await store.setCapacity(TEAM, capacity, by, when);
          expect(await store.getCapacity(TEAM)).toEqual(capacity);
        }

        await setAndReadBack({ people: 5, hoursPerPerson: 6.5 }, ALICE, at(1));
        expect(await store.getCapacity(OTHER_TEAM)).toBeUndefined();

        await setAndReadBack({ people: 4, hoursPerPerson: 7.3 }, BOB, at(2));
        expect(await rowCount(knex, 'oncall_team_capacity')).toBe(1);
        const [row] = await knex('oncall_team_capacity').select('updated_by');
        expect(row.updated_by).toBe(BOB);
      });
    });
  });
});
