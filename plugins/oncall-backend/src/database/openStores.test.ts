import { createTestDatabases, rowCounts } from '@agile-ops/test-utils';
import {
  ALICE,
  at,
  openTestStores,
  rules,
  TEAM,
} from '../__testUtils__/storeFixtures';
import { NewInterrupt } from './LedgerStore';

jest.setTimeout(120_000);

const TABLES = [
  'oncall_rotations',
  'oncall_rotation_versions',
  'oncall_interrupts',
];

const interrupt = (id: string): NewInterrupt => ({
  id,
  team: TEAM,
  title: 'Export stuck',
  category: 'incident',
  receivedAt: at(60),
  source: 'import',
  createdBy: ALICE,
  createdAt: at(61),
});

// What imports rely on: ids already there, and writes to rotations and the ledger that are
// kept or dropped together.
describe('the on-call stores', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('tell which ids are there: rotations stored, interrupts stored or deleted', async () => {
      const { stores } = await openTestStores(databases, databaseId);
      await stores.rotations.createRotation(rules({ id: 'rot-1' }));
      await stores.ledger.createInterrupt(interrupt('int-kept'));
      await stores.ledger.createInterrupt(interrupt('int-gone'));
      await stores.ledger.deleteInterrupt('int-gone', {
        by: ALICE,
        at: at(90),
      });

      expect(
        await stores.rotations.storedRotationIds(['rot-1', 'rot-2']),
      ).toEqual(new Set(['rot-1']));
      expect(
        await stores.ledger.knownInterruptIds([
          'int-kept',
          'int-gone',
          'int-new',
        ]),
      ).toEqual(new Set(['int-kept', 'int-gone']));
      expect(await stores.rotations.storedRotationIds([])).toEqual(new Set());
    });

    it('keep the writes of a transaction together: all of them, or none', async () => {
      const { knex, stores } = await openTestStores(databases, databaseId);

      await expect(
        stores.inTransaction(async tx => {
          await tx.rotations.createRotation(rules({ id: 'rot-a' }));
          await tx.ledger.createInterrupt(interrupt('int-a'));
          // A write the transaction itself sees...
          expect(await tx.rotations.storedRotationIds(['rot-a'])).toEqual(
            new Set(['rot-a']),
          );
          throw new Error('a later item is bad');
        }),
      ).rejects.toThrow('a later item is bad');
      // ...and nobody sees once it is rolled back.
      expect(await rowCounts(knex, TABLES)).toEqual({
        oncall_rotations: 0,
        oncall_rotation_versions: 0,
        oncall_interrupts: 0,
      });

      expect(
        await stores.inTransaction(async tx => {
          await tx.rotations.createRotation(rules({ id: 'rot-b' }));
          await tx.ledger.createInterrupt(interrupt('int-b'));
          return 'done';
        }),
      ).toBe('done');
      expect(await rowCounts(knex, TABLES)).toEqual({
        oncall_rotations: 1,
        oncall_rotation_versions: 1,
        oncall_interrupts: 1,
      });
    });
  });
});
