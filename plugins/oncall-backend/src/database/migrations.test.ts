import {
  createTestDatabases,
  NO_SCHEMA,
  pluginSchema,
  refusalOf,
  rowCounts,
  TestKnex,
} from '@agile-ops/test-utils';
import { mockServices } from '@backstage/backend-test-utils';
import { readdirSync } from 'node:fs';
import { OncallStores, openOncallStores } from './openStores';

jest.setTimeout(60_000);

const TABLES = [
  'oncall_rotations',
  'oncall_rotation_versions',
  'oncall_overrides',
  'oncall_handoff_notes',
  'oncall_interrupts',
  'oncall_team_capacity',
  'oncall_reminders_sent',
  'oncall_meta',
  'oncall_feed_tokens',
  'oncall_interrupt_edits',
];

const INDEXES = [
  'oncall_rotations_owner_idx',
  'oncall_overrides_window_idx',
  'oncall_handoff_notes_idx',
  'oncall_interrupts_team_idx',
  'oncall_interrupts_entity_idx',
  'oncall_feed_tokens_hash_idx',
  'oncall_interrupt_edits_idx',
];

const TEAM = 'group:default/team-a';
const ALICE = 'user:default/alice';
const CREATED = new Date('2026-03-01T08:00:00.123Z');

const schema = pluginSchema({
  packageName: '@agile-ops/plugin-oncall-backend',
  tables: TABLES,
  tablePrefix: 'oncall_',
});
const { directory, existingTables, indexNames } = schema;
const everyRowCount = (knex: TestKnex) => rowCounts(knex, TABLES);

const VERSION = {
  effectiveFrom: '2026-01-01T00:00:00.000Z',
  timezone: 'Europe/Berlin',
  role: 'potw',
  participants: [ALICE],
  handoff: { weekday: 1, time: '09:00' },
  shiftLength: 'P1W',
  startDate: '2026-01-05',
};

/** The stores on a database these tests migrate themselves. */
function storesOn(knex: TestKnex) {
  return openOncallStores(
    mockServices.database({ knex, migrations: { skip: true } }),
  );
}

/** One row in every table, written through the stores where they have a method. */
async function fillEveryTable(knex: TestKnex, stores: OncallStores) {
  await stores.rotations.createRotation({
    id: 'rot-1',
    owner: TEAM,
    name: 'Team A PoTW',
    createdBy: ALICE,
    createdAt: CREATED,
    source: 'rules',
    version: VERSION,
  });
  await stores.rotations.createOverride({
    id: 'ovr-1',
    rotationId: 'rot-1',
    user: ALICE,
    start: '2026-03-10T00:00:00.000Z',
    end: '2026-03-11T00:00:00.000Z',
    createdBy: ALICE,
    createdAt: CREATED.toISOString(),
    source: 'manual',
  });
  await stores.handoffNotes.create({
    id: 'note-1',
    rotationId: 'rot-1',
    at: '2026-03-09T08:00:00.000Z',
    text: 'All quiet',
    author: ALICE,
    createdAt: CREATED.toISOString(),
  });
  await stores.ledger.createInterrupt({
    id: 'int-1',
    team: TEAM,
    title: 'Ledger export stuck',
    category: 'incident',
    receivedAt: CREATED,
    effortMinutes: 0,
    source: 'manual',
    createdBy: ALICE,
    createdAt: CREATED,
  });
  await stores.ledger.setCapacity(
    TEAM,
    { people: 4, hoursPerPerson: 6.5 },
    ALICE,
    CREATED,
  );
  await stores.reminderClaims.claim(
    'rot-1',
    new Date('2026-03-09T08:00:00.000Z'),
    ALICE,
    CREATED,
  );
  await knex('oncall_meta').insert({ key: 'demo-data-loaded', value: 'x' });
  await stores.feedTokens.replace({
    rotationId: 'rot-1',
    tokenHash: 'a'.repeat(64),
    createdBy: ALICE,
    createdAt: CREATED,
  });
  await stores.ledger.updateInterrupt(
    'int-1',
    { category: 'incident' }, // unchanged: no edit row
    { by: ALICE, at: CREATED },
  );
  await stores.ledger.updateInterrupt(
    'int-1',
    { title: 'Ledger export stuck again' },
    { by: ALICE, at: CREATED },
  );
}

describe('migrations', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'migrate up and down and up again on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);

      // up
      const files = await schema.migrateUp(knex);
      expect(files).toEqual(
        readdirSync(directory)
          .filter(file => file.endsWith('.js'))
          .sort(),
      );
      expect(files.slice(0, 2)).toEqual([
        '202611290900_init.js',
        '202612011200_feed_tokens.js',
      ]);
      expect(await existingTables(knex)).toEqual(TABLES);
      expect(await indexNames(knex)).toEqual(expect.arrayContaining(INDEXES));

      const stores = await storesOn(knex);
      await fillEveryTable(knex, stores);
      expect(await everyRowCount(knex)).toEqual(
        Object.fromEntries(TABLES.map(table => [table, 1])),
      );
      expect(await stores.rotations.getRotation('rot-1')).toMatchObject({
        createdAt: '2026-03-01T08:00:00.123Z',
        versions: [{ effectiveFrom: '2026-01-01T00:00:00.000Z' }],
      });
      expect(await stores.ledger.getInterrupt('int-1')).toMatchObject({
        effortMinutes: 0,
        receivedAt: '2026-03-01T08:00:00.123Z',
      });

      // down, with rows in every table
      expect(await schema.migrateDownAll(knex)).toEqual(NO_SCHEMA);

      // up again: empty tables and a working store
      await schema.migrateUp(knex);
      expect(await existingTables(knex)).toEqual(TABLES);
      expect(await everyRowCount(knex)).toEqual(
        Object.fromEntries(TABLES.map(table => [table, 0])),
      );
      const again = await storesOn(knex);
      expect(await again.rotations.getRotation('rot-1')).toBeUndefined();
      await fillEveryTable(knex, again);
      expect(await everyRowCount(knex)).toEqual(
        Object.fromEntries(TABLES.map(table => [table, 1])),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'keys and foreign keys hold on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await schema.migrateUp(knex);
      const stores = await storesOn(knex);
      await fillEveryTable(knex, stores);

      const duplicateVersion = await refusalOf(
        knex('oncall_rotation_versions').insert({
          rotation_id: 'rot-1',
          effective_from: new Date('2026-01-01T00:00:00.000Z'),
          timezone: 'UTC',
          role: 'potw',
          participants: '[]',
          handoff_weekday: 1,
          handoff_time: '09:00',
          shift_length: 'P1W',
          start_date: '2026-01-05',
          created_by: ALICE,
          created_at: CREATED,
        }),
      );
      expect(duplicateVersion).toMatch(/unique|duplicate/i);

      // One token hash opens one rotation's feed only.
      await stores.rotations.createRotation({
        id: 'rot-2',
        owner: TEAM,
        name: 'Team A on-call',
        createdBy: ALICE,
        createdAt: CREATED,
        source: 'rules',
        version: { ...VERSION, role: 'primary' },
      });
      const duplicateHash = await refusalOf(
        knex('oncall_feed_tokens').insert({
          rotation_id: 'rot-2',
          token_hash: 'a'.repeat(64),
          created_by: ALICE,
          created_at: CREATED,
        }),
      );
      expect(duplicateHash).toMatch(/unique|duplicate/i);

      // Children of a rotation go with it when the row is deleted directly.
      await knex('oncall_rotations').whereIn('id', ['rot-1', 'rot-2']).delete();
      expect(await everyRowCount(knex)).toMatchObject({
        oncall_rotation_versions: 0,
        oncall_overrides: 0,
        oncall_handoff_notes: 0,
        oncall_feed_tokens: 0,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'openOncallStores runs the migrations on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      expect(await existingTables(knex)).toEqual([]);

      const stores = await openOncallStores(mockServices.database({ knex }));

      expect(await existingTables(knex)).toEqual(TABLES);
      await fillEveryTable(knex, stores);
    },
  );

  it.each(databases.eachSupportedId())(
    'openOncallStores leaves the schema alone when migrations are skipped on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);

      await openOncallStores(
        mockServices.database({ knex, migrations: { skip: true } }),
      );

      expect(await existingTables(knex)).toEqual([]);
    },
  );
});
