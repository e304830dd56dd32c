import { createTestDatabases, rowCount } from '@agile-ops/test-utils';
import {
  ALICE,
  at,
  BOB,
  CAROL,
  openTestStores,
  rules,
} from '../__testUtils__/storeFixtures';

jest.setTimeout(120_000);

describe('DatabaseReminderClaimStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    async function createStore() {
      const { knex, stores } = await openTestStores(databases, databaseId);
      return { knex, store: stores.reminderClaims, stores };
    }

    describe('reminders', () => {
      it('claims a reminder once per rotation, hand-off and recipient', async () => {
        const { knex, store, stores } = await createStore();
        await stores.rotations.createRotation(rules());
        const handoff = new Date('2026-03-09T08:00:00.000Z');

        expect(await store.claim('rot-1', handoff, ALICE, at(1))).toBe(true);
        expect(await store.claim('rot-1', handoff, ALICE, at(2))).toBe(false);
        expect(await store.claim('rot-1', handoff, BOB, at(3))).toBe(true);
        expect(
          await store.claim(
            'rot-1',
            new Date(handoff.getTime() + 1),
            ALICE,
            at(4),
          ),
        ).toBe(true);
        expect(await rowCount(knex, 'oncall_reminders_sent')).toBe(3);

        await store.release('rot-1', handoff, ALICE);
        expect(await rowCount(knex, 'oncall_reminders_sent')).toBe(2);
        expect(await store.claim('rot-1', handoff, ALICE, at(5))).toBe(true);
        expect(await store.claim('rot-1', handoff, ALICE, at(6))).toBe(false);
        // Releasing what was never claimed does nothing.
        await store.release('rot-1', handoff, CAROL);
        expect(await rowCount(knex, 'oncall_reminders_sent')).toBe(3);
      });
    });
  });
});
