import {
  appliedMigrations,
  createTestDatabases,
  killBackendMidMigration,
  landedMigrationProblems,
  migrationFiles,
  migrationLockHeld,
  pluginSchema,
  rowCount,
  TestKnex,
} from '@agile-ops/test-utils';
import { Override, shiftsInWindow } from '@agile-ops/plugin-oncall-common';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createKnex, { Knex } from 'knex';
import { toRotation } from '../service/rotationInput';
import { openOncallStores } from './openStores';

// Upgrade paths the migration round trip of migrations.test.ts does not walk: a database
// an earlier release filled, and one a backend left behind when it died mid-migration.

jest.setTimeout(60_000);

/**
 * SHA-256 of every migration that has landed. A release's migrations have already run on
 * databases in use, and knex never runs a recorded migration again, so an edit would leave
 * those databases with a schema no fresh install has.
 */
const LANDED: Record<string, string> = {
  '202611290900_init.js':
    '899c044235d3da28ebe3021c14e4c0398f619c99944df19a9ef4e3ba24d10c9a',
  '202612011200_feed_tokens.js':
    'ac0ac24d875e1af168051df0ec55104ce632b22c81de14c0ec773658fa4df44c',
  '202612012000_interrupt_edits.js':
    'c404969f67cef2a7acff30fd4f8b9c372154d1b59cc52e8e93f11aff217d4878',
};

/** The newest migration: the previous release ran every migration before it. */
const LATEST = '202612012000_interrupt_edits.js';

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

const TEAM = 'group:default/team-a';
const BOB = 'user:default/bob';
const CAROL = 'user:default/carol';
const DAN = 'user:default/dan';

const schema = pluginSchema({
  packageName: '@agile-ops/plugin-oncall-backend',
  tables: TABLES,
  tablePrefix: 'oncall_',
});
const { directory, existingTables } = schema;

type FixtureRow = Record<string, string | number | null>;

/**
 * Rows of every table as the previous release wrote them, keyed by table in an order that
 * satisfies the foreign keys; dumped once from PostgreSQL, so instants are ISO strings.
 */
const PREVIOUS_ROWS: Record<string, FixtureRow[]> = JSON.parse(
  readFileSync(join(__dirname, '__fixtures__/previous-release-rows.json'), {
    encoding: 'utf8',
  }),
);

/**
 * The real migration files before {@link LATEST}, named as knex names files of a directory so
 * that the start-up path, which reads the directory, sees them as applied.
 */
function previousReleaseMigrations(): Knex.MigrationSource<string> {
  const files = migrationFiles(directory).filter(file => file < LATEST);
  return {
    getMigrations: async () => files,
    getMigrationName: file => file,
    getMigration: async file => require(join(directory, file)),
  };
}

/** The table's timestamp columns, as the schema in the database declares them. */
async function timestampColumns(
  knex: TestKnex,
  table: string,
): Promise<Set<string>> {
  const info = await knex(table).columnInfo();
  return new Set(
    Object.entries(info)
      .filter(([, column]) => /timestamp|datetime/i.test(column.type))
      .map(([name]) => name),
  );
}

/** Rows read straight from the table, instants as ISO strings as in the fixture. */
async function storedRows(knex: TestKnex, table: string, order: string[]) {
  const instants = await timestampColumns(knex, table);
  const rows: Record<string, unknown>[] = await knex(table).orderBy(order);
  return rows.map(row =>
    Object.fromEntries(
      Object.entries(row).map(([column, value]) => [
        column,
        // SQLite keeps instants as epoch milliseconds, PostgreSQL hands out Dates.
        instants.has(column) && value !== null
          ? new Date(value as string | number | Date).toISOString()
          : value,
      ]),
    ),
  );
}

/**
 * Inserts the fixture rows with their instants as Dates, as the stores write them, and on
 * PostgreSQL moves the sequence of every serial column past the ids inserted explicitly, or
 * the next insert that leaves the id to the database would collide with a fixture row.
 */
async function insertPreviousRows(knex: TestKnex) {
  for (const [table, rows] of Object.entries(PREVIOUS_ROWS)) {
    const instants = await timestampColumns(knex, table);
    await knex(table).insert(
      rows.map(row =>
        Object.fromEntries(
          Object.entries(row).map(([column, value]) => [
            column,
            instants.has(column) && value !== null
              ? new Date(value as string)
              : value,
          ]),
        ),
      ),
    );
  }
  if (knex.client.config.client !== 'pg') return;
  const { rows: serials } = await knex.raw(
    `select table_name, column_name from information_schema.columns
     where table_schema = current_schema() and column_default like 'nextval(%' and table_name = any(?)`,
    [Object.keys(PREVIOUS_ROWS)],
  );
  for (const { table_name: table, column_name: column } of serials) {
    await knex.raw(
      'select setval(pg_get_serial_sequence(?, ?), (select coalesce(max(??), 0) + 1 from ??), false)',
      [table, column, column, table],
    );
  }
}

/** How the fixture's tables are ordered, by their primary keys. */
const ORDER: Record<string, string[]> = {
  oncall_rotations: ['id'],
  oncall_rotation_versions: ['rotation_id', 'effective_from'],
  oncall_overrides: ['id'],
  oncall_handoff_notes: ['id'],
  oncall_interrupts: ['id'],
  oncall_team_capacity: ['team'],
  oncall_reminders_sent: ['rotation_id', 'handoff_at', 'recipient'],
  oncall_meta: ['key'],
  oncall_feed_tokens: ['rotation_id'],
};

/**
 * A database the test and a backend process it starts can both open. SQLite: a file in a
 * temporary folder, since the in-memory test database lives in the test process only.
 * PostgreSQL: a fresh test database, opened through its connection settings.
 */
async function sharedDatabase(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): Promise<{ config: Knex.Config; open(): TestKnex; close(): Promise<void> }> {
  if (databaseId === 'SQLITE_3') {
    const dir = mkdtempSync(join(tmpdir(), 'oncall-upgrade-'));
    const config: Knex.Config = {
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'oncall.sqlite') },
      useNullAsDefault: true,
    };
    let opened: TestKnex | undefined;
    return {
      config,
      open: () => (opened = createKnex(config)),
      close: async () => {
        await opened?.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const knex = await databases.init(databaseId);
  return {
    config: { client: 'pg', connection: knex.client.config.connection },
    open: () => knex,
    // TestDatabases closes its databases after the test file.
    close: async () => {},
  };
}

describe('upgrades', () => {
  const databases = createTestDatabases();

  it('landed migrations are unchanged', () => {
    expect(landedMigrationProblems(directory, LANDED)).toEqual([]);
  });

  it.each(databases.eachSupportedId())(
    'upgrades a database written by the previous release, rows kept, on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const files = migrationFiles(directory);
      expect(files).toContain(LATEST);
      const previousFiles = files.filter(file => file < LATEST);

      // The previous release's schema, from the real files before the latest.
      await knex.migrate.latest({
        migrationSource: previousReleaseMigrations(),
      });
      expect(await appliedMigrations(knex)).toEqual(previousFiles);
      const previousTables = await existingTables(knex);
      expect(previousTables).not.toContain('oncall_interrupt_edits');
      // The fixture has rows for every table that release had, and only for those.
      expect(Object.keys(PREVIOUS_ROWS).sort()).toEqual(
        [...previousTables].sort(),
      );
      for (const rows of Object.values(PREVIOUS_ROWS)) {
        expect(rows.length).toBeGreaterThan(0);
      }
      await insertPreviousRows(knex);

      // The real start-up path applies what the previous release did not have.
      const stores = await openOncallStores(mockServices.database({ knex }), {
        clock: () => new Date('2026-03-12T12:00:00.000Z'),
      });
      expect(await appliedMigrations(knex)).toEqual(files);
      expect(await existingTables(knex)).toEqual(TABLES);
      expect(await migrationLockHeld(knex)).toBe(false);

      // Every row as it was written.
      for (const [table, rows] of Object.entries(PREVIOUS_ROWS)) {
        expect(await storedRows(knex, table, ORDER[table])).toEqual(rows);
      }

      // Read back through the stores: the rotation with both versions resolves its shifts,
      // the override cutting Carol's.
      const rotation = await stores.rotations.getRotation('rot-1');
      expect(rotation).toMatchObject({
        owner: TEAM,
        role: 'potw',
        timezone: 'Europe/Berlin',
        createdAt: '2026-02-20T10:00:00.123Z',
      });
      expect(rotation!.versions.map(v => v.effectiveFrom)).toEqual([
        '2026-01-01T00:00:00.000Z',
        '2026-03-02T08:00:00.000Z',
      ]);
      const from = new Date('2026-03-02T08:00:00.000Z');
      const to = new Date('2026-03-16T08:00:00.000Z');
      const overrides = await stores.rotations.listOverrides('rot-1', from, to);
      expect(overrides).toEqual<Override[]>([
        {
          id: 'ovr-1',
          rotationId: 'rot-1',
          user: BOB,
          start: '2026-03-10T00:00:00.000Z',
          end: '2026-03-11T00:00:00.000Z',
          replaces: DAN,
          reason: 'Dan is at the dentist',
          createdBy: 'user:default/alice',
          createdAt: '2026-03-05T11:11:11.111Z',
        },
      ]);
      const window = shiftsInWindow(toRotation(rotation!), overrides, from, to);
      expect(window.gaps).toEqual([]);
      expect(
        window.shifts.map(({ user, start, end }) => ({ user, start, end })),
      ).toEqual([
        {
          user: DAN,
          start: '2026-03-02T08:00:00.000Z',
          end: '2026-03-09T08:00:00.000Z',
        },
        {
          user: CAROL,
          start: '2026-03-09T08:00:00.000Z',
          end: '2026-03-10T00:00:00.000Z',
        },
        {
          user: BOB,
          start: '2026-03-10T00:00:00.000Z',
          end: '2026-03-11T00:00:00.000Z',
        },
        {
          user: CAROL,
          start: '2026-03-11T00:00:00.000Z',
          end: '2026-03-16T08:00:00.000Z',
        },
      ]);

      // The imported schedule and its entries.
      expect(await stores.rotations.getRotation('rot-2')).toMatchObject({
        source: 'ical',
        role: 'primary',
        versions: [],
        imported: {
          from: '2026-03-01T00:00:00.000Z',
          to: '2026-03-15T00:00:00.000Z',
          entries: 2,
        },
      });
      const imported = await stores.rotations.listOverrides(
        'rot-2',
        new Date('2026-03-01T00:00:00.000Z'),
        new Date('2026-03-15T00:00:00.000Z'),
        'import',
      );
      expect(imported.map(entry => [entry.id, entry.user])).toEqual([
        ['imp-1', BOB],
        ['imp-2', DAN],
      ]);

      // The ledger pages newest first, continuing after the cursor.
      const firstPage = await stores.ledger.listInterrupts({
        team: TEAM,
        limit: 2,
      });
      expect(firstPage.map(i => i.id)).toEqual(['int-3', 'int-2']);
      const secondPage = await stores.ledger.listInterrupts({
        team: TEAM,
        limit: 2,
        after: {
          receivedAt: new Date(firstPage[1].receivedAt),
          id: firstPage[1].id,
        },
      });
      expect(secondPage).toEqual([
        expect.objectContaining({
          id: 'int-1',
          entityRef: 'component:default/ledger',
          effortMinutes: 90,
          receivedAt: '2026-03-09T10:15:00.123Z',
          resolvedAt: '2026-03-09T11:45:00.987Z',
        }),
      ]);
      expect(await stores.ledger.getCapacity(TEAM)).toEqual({
        people: 4,
        hoursPerPerson: 6.5,
      });

      // Hand-off notes, reminders already sent, the feed token.
      const notes = await stores.handoffNotes.list(
        'rot-1',
        new Date('2026-03-09T00:00:00.000Z'),
        new Date('2026-03-17T00:00:00.000Z'),
      );
      expect(notes.map(n => [n.id, n.at, n.author])).toEqual([
        ['note-1', '2026-03-09T08:00:00.000Z', CAROL],
        ['note-2', '2026-03-16T08:00:00.000Z', DAN],
      ]);
      const handoff = new Date('2026-03-09T08:00:00.000Z');
      const sentAt = new Date('2026-03-12T12:00:00.000Z');
      expect(
        await stores.reminderClaims.claim('rot-1', handoff, CAROL, sentAt),
      ).toBe(false);
      expect(
        await stores.reminderClaims.claim('rot-1', handoff, BOB, sentAt),
      ).toBe(true);
      expect(
        await stores.feedTokens.findRotation(
          createHash('sha256').update('feed-token-of-rot-1').digest('hex'),
        ),
      ).toBe('rot-1');

      // The new feature on the upgraded database: edits of interrupts the old release wrote.
      const editedAt = new Date('2026-03-12T12:30:00.500Z');
      await stores.ledger.updateInterrupt(
        'int-2',
        { effortMinutes: 30, resolvedAt: editedAt },
        { by: BOB, at: editedAt },
      );
      await stores.ledger.updateInterrupt(
        'int-2',
        { title: 'Access request for the billing bucket (granted)' },
        { by: CAROL, at: editedAt },
      );
      expect(
        await stores.ledger.deleteInterrupt('int-3', { by: BOB, at: editedAt }),
      ).toBe(true);
      expect(await stores.ledger.listInterruptEdits('int-2')).toEqual([
        {
          interruptId: 'int-2',
          action: 'update',
          changes: {
            effortMinutes: { from: null, to: 30 },
            resolvedAt: { from: null, to: '2026-03-12T12:30:00.500Z' },
          },
          changedBy: BOB,
          changedAt: '2026-03-12T12:30:00.500Z',
        },
        {
          interruptId: 'int-2',
          action: 'update',
          changes: {
            title: {
              from: 'Access request for the billing bucket',
              to: 'Access request for the billing bucket (granted)',
            },
          },
          changedBy: CAROL,
          changedAt: '2026-03-12T12:30:00.500Z',
        },
      ]);
      expect(await stores.ledger.listInterruptEdits('int-3')).toMatchObject([
        {
          action: 'delete',
          changes: { title: { from: 'Flaky deploy pipeline', to: null } },
        },
      ]);
      // The edits' id sequence hands out ids in order, which keeps same-millisecond edits ordered.
      const ids = await knex('oncall_interrupt_edits')
        .orderBy('id')
        .pluck('id');
      expect(ids.map(Number)).toEqual([1, 2, 3]);
      expect(await rowCount(knex, 'oncall_interrupts')).toBe(3);
    },
  );

  it.each(databases.eachSupportedId())(
    'a backend killed in the middle of a migration starts cleanly afterwards on %s',
    async databaseId => {
      const shared = await sharedDatabase(databases, databaseId);
      try {
        const { signal, stdout } = await killBackendMidMigration({
          knexModule: require.resolve('knex'),
          config: shared.config,
          directory,
        });
        expect(signal).toBe('SIGKILL');
        expect(stdout).not.toContain('finished');

        const knex = shared.open();
        // Nothing of the dead backend's migrations is left, and it holds no lock: knex runs
        // the pending migrations and takes the lock in one transaction, which died with it.
        expect(await existingTables(knex)).toEqual([]);
        expect(await appliedMigrations(knex)).toEqual([]);
        expect(await migrationLockHeld(knex)).toBe(false);

        const stores = await openOncallStores(mockServices.database({ knex }));
        expect(await appliedMigrations(knex)).toEqual(
          migrationFiles(directory),
        );
        expect(await existingTables(knex)).toEqual(TABLES);
        expect(await migrationLockHeld(knex)).toBe(false);

        const createdAt = new Date('2026-03-12T12:00:00.250Z');
        await stores.rotations.createRotation({
          id: 'rot-after-crash',
          owner: TEAM,
          name: 'After the crash',
          createdBy: BOB,
          createdAt,
          source: 'rules',
          version: {
            effectiveFrom: '2026-03-01T00:00:00.000Z',
            timezone: 'UTC',
            role: 'potw',
            participants: [BOB, CAROL],
            handoff: { weekday: 1, time: '09:00' },
            shiftLength: 'P1W',
            startDate: '2026-03-02',
          },
        });
        await stores.ledger.createInterrupt({
          id: 'int-after-crash',
          team: TEAM,
          title: 'Migration died half-way',
          category: 'incident',
          receivedAt: createdAt,
          source: 'manual',
          createdBy: BOB,
          createdAt,
        });
        await stores.ledger.updateInterrupt(
          'int-after-crash',
          { effortMinutes: 15 },
          { by: CAROL, at: createdAt },
        );
        expect(await stores.rotations.listRotations(TEAM)).toMatchObject([
          { id: 'rot-after-crash', versions: [{ participants: [BOB, CAROL] }] },
        ]);
        expect(
          await stores.ledger.listInterrupts({ team: TEAM, limit: 10 }),
        ).toMatchObject([{ id: 'int-after-crash', effortMinutes: 15 }]);
        expect(
          await stores.ledger.listInterruptEdits('int-after-crash'),
        ).toMatchObject([
          { changes: { effortMinutes: { from: null, to: 15 } } },
        ]);
      } finally {
        await shared.close();
      }
    },
  );
});
