import { createTestDatabases } from '@agile-ops/test-utils';
import { openTestStores } from '../__testUtils__/storeFixtures';

jest.setTimeout(60_000);

const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const CREATED = new Date('2026-03-01T08:00:00.000Z');
const hash = (c: string) => c.repeat(64);

/** A token row of the rotation whose hash is `c` repeated, made by Alice unless said. */
function token(rotationId: string, c: string, createdBy = ALICE) {
  return { rotationId, tokenHash: hash(c), createdBy, createdAt: CREATED };
}

describe('DatabaseFeedTokenStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    async function setUp() {
      const { knex, stores } = await openTestStores(databases, databaseId);
      const { rotations } = stores;
      for (const id of ['rot-1', 'rot-2']) {
        await rotations.createRotation({
          id,
          owner: 'group:default/team-a',
          name: id,
          createdBy: ALICE,
          createdAt: CREATED,
          source: 'rules',
          version: {
            effectiveFrom: '2026-01-01T00:00:00.000Z',
            timezone: 'UTC',
            role: 'potw',
            participants: [ALICE],
            handoff: { weekday: 1, time: '09:00' },
            shiftLength: 'P1W',
            startDate: '2026-01-05',
          },
        });
      }
      return { knex, rotations, store: stores.feedTokens };
    }

    it('finds the rotation by the hash of its token, and nothing by another hash', async () => {
      const { store } = await setUp();
      await store.replace(token('rot-1', 'a'));
      await store.replace(token('rot-2', 'b'));
      expect(await store.findRotation(hash('a'))).toBe('rot-1');
      expect(await store.findRotation(hash('b'))).toBe('rot-2');
      expect(await store.findRotation(hash('c'))).toBeUndefined();
    });

    it('keeps one token per rotation: a new one revokes the old', async () => {
      const { knex, store } = await setUp();
      await store.replace(token('rot-1', 'a'));
      await store.replace(token('rot-1', 'd', BOB));
      expect(await store.findRotation(hash('a'))).toBeUndefined();
      expect(await store.findRotation(hash('d'))).toBe('rot-1');
      const rows = await knex('oncall_feed_tokens').select();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ rotation_id: 'rot-1', created_by: BOB });
    });

    it('revokes, saying whether there was a token', async () => {
      const { store } = await setUp();
      await store.replace(token('rot-1', 'a'));
      expect(await store.revoke('rot-1')).toBe(true);
      expect(await store.findRotation(hash('a'))).toBeUndefined();
      expect(await store.revoke('rot-1')).toBe(false);
    });

    it('drops the token with its rotation', async () => {
      const { rotations, store } = await setUp();
      await store.replace(token('rot-1', 'a'));
      expect(await rotations.deleteRotation('rot-1')).toBe(true);
      expect(await store.findRotation(hash('a'))).toBeUndefined();
    });
  });
});
