import { toDate } from '@agile-ops/common';
import {
  appliedMigrations,
  createTestDatabases,
  killBackendMidMigration,
  landedMigrationProblems,
  migrationFiles,
  migrationLockHeld,
  pluginSchema,
  refusalOf,
  rowCount,
  TestKnex,
} from '@agile-ops/test-utils';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Knex, knex as createKnex } from 'knex';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { DatabaseSelfServiceStore } from '../selfService/DatabaseSelfServiceStore';
import { DatabaseMaturityStore } from './DatabaseMaturityStore';
import { DatabaseRollupStore } from '../rollups/DatabaseRollupStore';
import previousReleaseRows from './__fixtures__/previous-release-rows.json';

jest.setTimeout(120_000);

/**
 * The SHA-256 of every migration that has landed. Databases out there recorded these files as
 * applied, so an edit would never reach them; a new file must be added here by hand.
 */
const LANDED_MIGRATIONS: Record<string, string> = {
  '202611281800_init.js':
    '48405d1bcc77d0dd2b21e305a7e21500d1bf9cc86a8ad065ecd42085adf7afa1',
  '202611291000_hierarchy_rollups.js':
    'a4a61b9c652154431bcfacebb6b3ac4c40f6847948c5587357c9b0a15628ee22',
  '202611300900_self_service_runs.js':
    '846199576e4b97ea24a26c4fe596c375506655bb73df776d7afe63e12bbb27e5',
  '202612021900_scope_counts.js':
    '169e3947faee1c6f301286c6f294b4358b88c5f14d7d6562962a0eb4e459f44c',
  '202612031000_snapshot_backfill.js':
    'f39b50889bd4b5d6a5d85c92cbd3f36ac9884d0f7036a4ebcca6b72cc3b3fa9d',
  '202612071500_evidence.js':
    '66a6092251155f009054db5f23da463fca51520b673c61be6625559ff8c1638d',
  '202612071700_evidence_decisions.js':
    '6a7aaf61de9e88dd926921f1bff40ba8c2a88d43071cac4d1ed2a5a14541cba8',
  '202612071800_pushed_facts.js':
    '381ff2761a577438ae394b3a73fdc1f0c91969a8f0661caa2660f366b7ea419c',
  '202612071900_owner_notifications.js':
    'deaf3e0c8ed7d351356fe617ec04e0863dcd13b04e84a9ef91217a51000ecb06',
  '202612071930_membership_changes.js':
    '7d6233758043dad48f295cdb50d497c88a939739654ce164a298076120374552',
  '202612072300_confidence.js':
    'f3ac7eafad640411830afb994f39c661dae54ebcbe13b97c20c657904c4b5d4b',
};

/** The first migration the previous release did not have; the fixture was written before it. */
const FIRST_AFTER_PREVIOUS_RELEASE = '202611300900_self_service_runs.js';

const TABLES = [
  'maturity_assessments',
  'maturity_score_history',
  'maturity_current_scores',
  'maturity_ratings',
  'maturity_entities',
  'maturity_group_ancestry',
  'maturity_entity_levels',
  'maturity_rollup_snapshots',
  'maturity_task_runs',
  'maturity_meta',
  'maturity_self_service_runs',
  'maturity_scope_counts',
  'maturity_evidence',
  'maturity_evidence_history',
  'maturity_evidence_dismissals',
  'maturity_pushed_facts',
  'maturity_pushed_fact_history',
  'maturity_owner_notices',
  'maturity_membership_changes',
];

const schema = pluginSchema({
  packageName: '@agile-ops/plugin-maturity-backend',
  tables: TABLES,
  tablePrefix: 'maturity_',
});
const migrationsDir = schema.directory;

type FixtureRow = Record<string, string | number | boolean | null>;
const FIXTURE = previousReleaseRows as Record<string, FixtureRow[]>;

// The fixture keeps times as ISO strings; these columns are timestamps in the schema.
const DATE_COLUMNS: Record<string, string[]> = {
  maturity_assessments: ['created_at'],
  maturity_score_history: ['recorded_at'],
  maturity_current_scores: ['recorded_at'],
  maturity_ratings: ['rated_at'],
  maturity_entities: ['synced_at'],
  maturity_entity_levels: ['oldest_recorded_at'],
  maturity_task_runs: ['started_at', 'finished_at'],
};

// The primary key of each fixture table, to read rows back in the fixture's order.
const ORDER_BY: Record<string, string[]> = {
  maturity_assessments: ['id'],
  maturity_score_history: ['id'],
  maturity_current_scores: ['entity_ref', 'vector'],
  maturity_ratings: ['entity_ref', 'vector', 'rater'],
  maturity_entities: ['entity_ref'],
  maturity_group_ancestry: ['ancestor_ref', 'group_ref'],
  maturity_entity_levels: ['entity_ref'],
  maturity_rollup_snapshots: ['scope_ref', 'vector', 'day'],
  maturity_task_runs: ['task'],
  maturity_meta: ['key'],
};

const CHECKOUT = 'component:default/checkout';
const CART = 'component:default/cart';

/** The real migration files the previous release shipped, loaded from the package. */
function previousReleaseSource(): Knex.MigrationSource<string> {
  return {
    getMigrations: async () =>
      migrationFiles(migrationsDir).filter(
        file => file < FIRST_AFTER_PREVIOUS_RELEASE,
      ),
    // The plain file name, as `migrate.latest({ directory })` records it at start-up.
    getMigrationName: file => file,
    getMigration: async file => require(path.join(migrationsDir, file)),
  };
}

/** A row as the database returns it, in the fixture's terms (ISO times, numbers, booleans). */
function normalize(table: string, row: Record<string, unknown>): FixtureRow {
  const result: FixtureRow = {};
  for (const [column, value] of Object.entries(row)) {
    if (value === null) {
      result[column] = null;
    } else if (DATE_COLUMNS[table]?.includes(column)) {
      result[column] = toDate(value as string).toISOString();
    } else if (column === 'in_catalog' || column === 'backfilled') {
      result[column] = Boolean(value);
    } else if (column === 'coverage') {
      // A PostgreSQL `real`: compare the digits it keeps.
      result[column] = Number(Number(value).toPrecision(6));
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      result[column] = value;
    } else if (
      (table === 'maturity_score_history' && column === 'id') ||
      column === 'history_id'
    ) {
      // bigint columns come back as strings from PostgreSQL.
      result[column] = Number(value);
    } else {
      result[column] = String(value);
    }
  }
  return result;
}

/** Columns added after the previous release, with the value its rows must have afterwards. */
const ADDED_COLUMNS: Record<string, FixtureRow> = {
  maturity_rollup_snapshots: { backfilled: false },
  maturity_entities: { evidence_at: null },
  maturity_assessments: { evidence: null },
};

function normalizedFixture(table: string) {
  return FIXTURE[table].map(row =>
    normalize(table, { ...row, ...ADDED_COLUMNS[table] }),
  );
}

/** Writes the fixture rows as the previous release left them, explicit ids included. */
async function insertPreviousReleaseRows(knex: TestKnex) {
  for (const [table, rows] of Object.entries(FIXTURE)) {
    const dates = DATE_COLUMNS[table] ?? [];
    await knex(table).insert(
      rows.map(row => {
        const copy: Record<string, unknown> = { ...row };
        for (const column of dates) {
          if (typeof copy[column] === 'string') {
            copy[column] = new Date(copy[column] as string);
          }
        }
        return copy;
      }),
    );
  }
  if (knex.client.config.client === 'pg') {
    // The previous release's inserts moved the sequence along; explicit ids do not, so it is
    // set where that release would have left it.
    await knex.raw(
      `select setval(pg_get_serial_sequence('maturity_score_history', 'id'), (select max(id) from maturity_score_history))`,
    );
  }
}

describe('upgrades', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'landed migrations are unchanged (%s)',
    // The files are what matter; the database id only keeps the suite's shape.
    async () => {
      expect(landedMigrationProblems(migrationsDir, LANDED_MIGRATIONS)).toEqual(
        [],
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'upgrades a database written by the previous release, rows kept (%s)',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const [, previous] = await knex.migrate.latest({
        migrationSource: previousReleaseSource(),
      });
      expect(previous).toEqual([
        '202611281800_init.js',
        '202611291000_hierarchy_rollups.js',
      ]);
      expect(await knex.schema.hasTable('maturity_self_service_runs')).toBe(
        false,
      );
      await insertPreviousReleaseRows(knex);

      // The start-up path of the new release.
      const store = await DatabaseMaturityStore.create({
        getClient: async () => knex,
      });

      expect(await appliedMigrations(knex as TestKnex)).toEqual(
        migrationFiles(migrationsDir),
      );
      expect(await schema.existingTables(knex)).toEqual(TABLES);
      for (const table of Object.keys(FIXTURE)) {
        const rows = await knex(table).select().orderBy(ORDER_BY[table]);
        expect({
          table,
          rows: rows.map(row => normalize(table, row)),
        }).toEqual({ table, rows: normalizedFixture(table) });
      }

      // Read back through the stores as the previous release did.
      const history = FIXTURE.maturity_score_history;
      const current = await store.getCurrentScores([CHECKOUT, CART]);
      expect(
        current
          .map(score => ({
            entityRef: score.entityRef,
            vector: score.vector,
            score: score.score,
            recordedAt: score.recordedAt.toISOString(),
            ratings: score.ratings,
          }))
          .sort((a, b) =>
            `${a.entityRef} ${a.vector}`.localeCompare(
              `${b.entityRef} ${b.vector}`,
            ),
          ),
      ).toEqual(
        FIXTURE.maturity_current_scores.map(row => ({
          entityRef: row.entity_ref,
          vector: row.vector,
          score: row.score,
          recordedAt: row.recorded_at,
          ratings:
            row.rating_count === null
              ? undefined
              : {
                  count: row.rating_count,
                  min: row.rating_min,
                  max: row.rating_max,
                },
        })),
      );
      expect(
        (await store.getHistory({ entityRef: CHECKOUT, limit: 100 })).map(
          entry => [entry.id, entry.vector, entry.score],
        ),
      ).toEqual(
        history
          .filter(row => row.entity_ref === CHECKOUT)
          .map(row => [String(row.id), row.vector, row.score]),
      );
      const assessments = FIXTURE.maturity_assessments.filter(
        row => row.entity_ref === CHECKOUT,
      );
      expect(
        (await store.listAssessments({ entityRef: CHECKOUT, limit: 10 })).map(
          a => [a.id, a.createdAt.toISOString()],
        ),
      ).toEqual(
        assessments
          .map(row => [row.id, row.created_at])
          .sort((a, b) => String(b[1]).localeCompare(String(a[1]))),
      );

      // A retry of an assessment the previous release stored is answered with it.
      const first = assessments.find(
        row => row.idempotency_key === 'release-1-checkout',
      )!;
      const retry = {
        entityRef: CHECKOUT,
        createdBy: String(first.created_by),
        source: 'assessment' as const,
        rubricVersion: '2026.1',
        scores: JSON.parse(String(first.scores)),
        idempotencyKey: 'release-1-checkout',
        requestHash: String(first.request_hash),
      };
      const replayed = await store.recordAssessment(retry);
      expect(replayed.replayed).toBe(true);
      expect(replayed.assessment).toMatchObject({
        id: first.id,
        createdAt: new Date(String(first.created_at)),
        comment: first.comment,
        scores: retry.scores,
      });
      expect(
        await refusalOf(
          store.recordAssessment({ ...retry, requestHash: 'other' }),
        ),
      ).toMatch(/already used for a different request/);

      const hierarchy = new DatabaseHierarchyStore(knex);
      expect((await hierarchy.taskRuns()).map(run => run.status)).toEqual([
        'succeeded',
        'failed',
      ]);
      expect(
        (await hierarchy.fingerprints()).get('component:default/legacy-billing')
          ?.inCatalog,
      ).toBe(false);

      // The new table works next to the old rows.
      const runs = new DatabaseSelfServiceStore(knex);
      const run = {
        entityRef: CHECKOUT,
        templateRef: 'template:default/add-runbook',
        taskId: 'task-after-upgrade',
        runBy: 'user:default/jo',
        ranAt: new Date('2026-12-01T09:00:00.000Z'),
      };
      expect((await runs.recordRun(run)).replayed).toBe(false);
      expect((await runs.recordRun(run)).replayed).toBe(true);
      expect(await runs.recentRuns(CHECKOUT, 10)).toEqual([
        expect.objectContaining({ taskId: run.taskId, ranAt: run.ranAt }),
      ]);

      // The roll-up counts, new since, are made from the old rows by the first read.
      const rollups = new DatabaseRollupStore(knex);
      const leaves = FIXTURE.maturity_entities
        .filter(row => Boolean(row.in_catalog))
        .filter(row => ['component', 'resource'].includes(String(row.kind)))
        .map(row => row.entity_ref);
      const leveled = FIXTURE.maturity_entity_levels.filter(row =>
        leaves.includes(row.entity_ref),
      );
      const organizationTotals = () =>
        rollups.scopeTotals({
          kind: 'organization',
          staleBefore: new Date('2000-01-01T00:00:00Z'),
        });
      expect(leaves.length).toBeGreaterThan(0);
      expect(await organizationTotals()).toEqual([
        expect.objectContaining({
          total: leaves.length,
          assessed: leveled.length,
          stale: 0,
        }),
      ]);

      // New history rows take ids after the old ones instead of colliding with them.
      const highest = Math.max(...history.map(row => Number(row.id)));
      const after = await store.recordAssessment({
        entityRef: CART,
        createdBy: 'user:default/ana',
        source: 'assessment',
        rubricVersion: '2026.1',
        scores: [
          { vector: 'deployability', score: 4 },
          { vector: 'stability', score: 3 },
        ],
        idempotencyKey: 'after-upgrade',
        requestHash: 'e'.repeat(64),
        at: new Date('2026-12-01T10:00:00.000Z'),
      });
      expect(after.replayed).toBe(false);
      const newIds = (await store.getHistory({ entityRef: CART, limit: 100 }))
        .filter(entry => entry.assessmentId === after.assessment.id)
        .map(entry => Number(entry.id));
      expect(newIds).toHaveLength(2);
      for (const id of newIds) expect(id).toBeGreaterThan(highest);
      expect(await rowCount(knex, 'maturity_score_history')).toBe(
        history.length + 2,
      );
      expect(
        (await store.getCurrentScores([CART]))
          .map(score => [score.vector, score.score])
          .sort(),
      ).toEqual([
        ['automation', 3],
        ['deployability', 4],
        ['stability', 3],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'a backend killed in the middle of a migration starts cleanly afterwards (%s)',
    async databaseId => {
      let knex: Knex;
      let config: Knex.Config;
      let cleanup = async () => {};
      if (databaseId === 'SQLITE_3') {
        // A file, not the in-memory test database, so that a second process can open it.
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-upgrade-'));
        config = {
          client: 'better-sqlite3',
          connection: { filename: path.join(dir, 'maturity.sqlite') },
          useNullAsDefault: true,
        };
        knex = createKnex(config);
        cleanup = async () => {
          await knex.destroy();
          fs.rmSync(dir, { recursive: true, force: true });
        };
      } else {
        knex = (await databases.init(databaseId)) as unknown as Knex;
        config = {
          client: 'pg',
          connection: knex.client.config.connection,
        };
      }

      try {
        const { signal } = await killBackendMidMigration({
          knexModule: require.resolve('knex'),
          config,
          directory: migrationsDir,
        });
        expect(signal).toBe('SIGKILL');
        // The child reached this database: knex made its tables before the transaction.
        expect(await knex.schema.hasTable('knex_migrations_lock')).toBe(true);

        // All pending migrations ran in one transaction, so the killed one took the first with
        // it, and the lock row it set in that transaction is not left held.
        expect(await schema.existingTables(knex as TestKnex)).toEqual([]);
        expect(await appliedMigrations(knex as TestKnex)).toEqual([]);
        expect(await migrationLockHeld(knex as TestKnex)).toBe(false);

        const store = await DatabaseMaturityStore.create({
          getClient: async () => knex,
        });

        expect(await appliedMigrations(knex as TestKnex)).toEqual(
          migrationFiles(migrationsDir),
        );
        expect(await schema.existingTables(knex as TestKnex)).toEqual(TABLES);
        expect(await migrationLockHeld(knex as TestKnex)).toBe(false);
        const recorded = await store.recordAssessment({
          entityRef: CHECKOUT,
          createdBy: 'user:default/jo',
          source: 'assessment',
          rubricVersion: '2026.1',
          scores: [{ vector: 'documentation', score: 3 }],
          idempotencyKey: 'after-crash',
          requestHash: 'f'.repeat(64),
          at: new Date('2026-12-01T10:00:00.000Z'),
        });
        expect(recorded.replayed).toBe(false);
        expect(
          await store.listAssessments({ entityRef: CHECKOUT, limit: 10 }),
        ).toEqual([recorded.assessment]);
        expect(
          (await store.getCurrentScores([CHECKOUT])).map(s => [
            s.vector,
            s.score,
          ]),
        ).toEqual([['documentation', 3]]);
      } finally {
        await cleanup();
      }
    },
  );
});
