import {
  appliedMigrations,
  createTestDatabases,
  NO_SCHEMA,
  pluginSchema,
  refusalOf,
  rowCount,
  TestKnex,
} from '@agile-ops/test-utils';
import { DatabaseSelfServiceStore } from '../selfService/DatabaseSelfServiceStore';
import { DatabaseMaturityStore } from './DatabaseMaturityStore';

jest.setTimeout(60_000);

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
  'maturity_entity_confidence',
  'maturity_scope_confidence',
];

const INDEXES = [
  'maturity_assessments_idempotency_idx',
  'maturity_assessments_entity_idx',
  'maturity_score_history_entity_idx',
  'maturity_score_history_assessment_idx',
  'maturity_entities_domain_idx',
  'maturity_entities_system_idx',
  'maturity_entities_owner_idx',
  'maturity_group_ancestry_group_idx',
  'maturity_rollup_snapshots_day_idx',
  'maturity_self_service_runs_task_idx',
  'maturity_self_service_runs_entity_idx',
  'maturity_scope_counts_kind_idx',
  'maturity_current_scores_recorded_idx',
  'maturity_entity_levels_oldest_idx',
  'maturity_entity_levels_level_idx',
  'maturity_entities_kind_idx',
  'maturity_score_history_replay_idx',
  'maturity_evidence_history_entity_idx',
  'maturity_evidence_dismissals_entity_idx',
  'maturity_pushed_fact_history_entity_idx',
  'maturity_owner_notices_entity_idx',
  'maturity_membership_changes_time_idx',
  'maturity_membership_changes_entity_idx',
  'maturity_entity_confidence_idx',
];

const ENTITY = 'component:default/foo';

const schema = pluginSchema({
  packageName: '@agile-ops/plugin-maturity-backend',
  tables: TABLES,
  tablePrefix: 'maturity_',
});
const { existingTables, indexNames } = schema;

/** The hierarchy row of ENTITY, as a sync would write it. */
function insertEntityRow(knex: TestKnex) {
  return knex('maturity_entities').insert({
    entity_ref: ENTITY,
    kind: 'component',
    in_catalog: true,
    fingerprint: 'x',
    synced_at: new Date(),
  });
}

async function recordSample(store: DatabaseMaturityStore) {
  return store.recordAssessment({
    entityRef: ENTITY,
    createdBy: 'user:default/jo',
    source: 'assessment',
    rubricVersion: '2026.1',
    scores: [
      { vector: 'documentation', score: 3, rationale: 'TechDocs' },
      { vector: 'happiness', score: 4 },
    ],
    idempotencyKey: 'migration-test',
    requestHash: 'hash',
    at: new Date('2026-03-01T08:00:00.123Z'),
  });
}

describe('migrations', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'migrate up and down and up again on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);

      // up
      expect(await schema.migrateUp(knex)).toEqual([
        '202611281800_init.js',
        '202611291000_hierarchy_rollups.js',
        '202611300900_self_service_runs.js',
        '202612021900_scope_counts.js',
        '202612031000_snapshot_backfill.js',
        '202612071500_evidence.js',
        '202612071700_evidence_decisions.js',
        '202612071800_pushed_facts.js',
        '202612071900_owner_notifications.js',
        '202612071930_membership_changes.js',
        '202612072300_confidence.js',
      ]);
      expect(await existingTables(knex)).toEqual(TABLES);
      expect(await indexNames(knex)).toEqual(expect.arrayContaining(INDEXES));
      expect(await knex.schema.hasColumn('maturity_score_history', 'id')).toBe(
        true,
      );

      const store = new DatabaseMaturityStore(knex);
      const { assessment } = await recordSample(store);
      const current = await store.getCurrentScores([ENTITY]);
      expect(current.map(c => [c.vector, c.score]).sort()).toEqual([
        ['documentation', 3],
        ['happiness', 4],
      ]);
      expect(
        await store.getHistory({ entityRef: ENTITY, limit: 10 }),
      ).toHaveLength(2);
      const [rating] = await knex('maturity_ratings').select();
      expect(rating).toMatchObject({
        entity_ref: ENTITY,
        vector: 'happiness',
        rater: 'user:default/jo',
        assessment_id: assessment.id,
      });

      // The idempotency index is unique.
      const duplicate = await refusalOf(
        knex('maturity_assessments').insert({
          id: 'another-id',
          entity_ref: ENTITY,
          created_by: 'user:default/jo',
          created_at: new Date(),
          source: 'assessment',
          rubric_version: '2026.1',
          scores: '[]',
          idempotency_key: 'migration-test',
          request_hash: 'other',
        }),
      );
      expect(duplicate).toMatch(/unique|duplicate/i);

      // History rows go with their assessment.
      await knex('maturity_assessments').where({ id: assessment.id }).delete();
      expect(await rowCount(knex, 'maturity_score_history')).toBe(0);

      // down
      expect(await schema.migrateDownAll(knex)).toEqual(NO_SCHEMA);

      // up again: empty tables and a working store
      await schema.migrateUp(knex);
      expect(await existingTables(knex)).toEqual(TABLES);
      const again = new DatabaseMaturityStore(knex);
      expect(await again.getCurrentScores([ENTITY])).toEqual([]);
      const second = await recordSample(again);
      expect(second.replayed).toBe(false);
      expect(second.assessment.createdAt.toISOString()).toBe(
        '2026-03-01T08:00:00.123Z',
      );
      expect(await again.getCurrentScores([ENTITY])).toHaveLength(2);
      expect(
        await again.listAssessments({ entityRef: ENTITY, limit: 10 }),
      ).toEqual([second.assessment]);
    },
  );

  it.each(databases.eachSupportedId())(
    'rolls back the roll-up tables alone and keeps the scores on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await schema.migrateUp(knex);
      const store = new DatabaseMaturityStore(knex);
      await recordSample(store);
      await insertEntityRow(knex);
      expect(await knex('maturity_entity_levels').pluck('entity_ref')).toEqual([
        ENTITY,
      ]);

      // The backfill flag, the scope counts and the self-service runs came later; the roll-ups
      // come off next.
      for (let i = 0; i < 10; i++) await schema.migrateDown(knex);
      expect(await knex.schema.hasTable('maturity_entities')).toBe(false);
      expect(await knex.schema.hasTable('maturity_entity_levels')).toBe(false);
      expect(await store.getCurrentScores([ENTITY])).toHaveLength(2);

      await schema.migrateUp(knex);
      expect(await knex('maturity_entities').count({ n: '*' })).toEqual([
        { n: expect.anything() },
      ]);
      expect(await existingTables(knex)).toEqual(TABLES);
    },
  );

  it.each(databases.eachSupportedId())(
    'rolls back the self-service runs alone and keeps scores and hierarchy on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await schema.migrateUp(knex);
      await recordSample(new DatabaseMaturityStore(knex));
      await insertEntityRow(knex);
      const runs = new DatabaseSelfServiceStore(knex);
      const run = {
        entityRef: ENTITY,
        templateRef: 'template:default/t',
        taskId: 'task-1',
        runBy: 'user:default/jo',
        ranAt: new Date('2026-03-01T08:00:00.123Z'),
      };
      expect((await runs.recordRun(run)).run.ranAt).toEqual(run.ranAt);

      // (task, template, entity) is unique.
      const duplicate = await refusalOf(
        knex('maturity_self_service_runs').insert({
          id: 'another-id',
          entity_ref: ENTITY,
          template_ref: run.templateRef,
          task_id: run.taskId,
          run_by: run.runBy,
          ran_at: run.ranAt,
        }),
      );
      expect(duplicate).toMatch(/unique|duplicate/i);

      // The scope counts, the backfill flag and the evidence came after the self-service runs.
      for (let i = 0; i < 9; i++) await schema.migrateDown(knex);
      expect(await knex.schema.hasTable('maturity_self_service_runs')).toBe(
        false,
      );
      expect(await indexNames(knex)).not.toContain(
        'maturity_self_service_runs_entity_idx',
      );
      expect(await knex('maturity_entities').pluck('entity_ref')).toEqual([
        ENTITY,
      ]);
      expect(
        await new DatabaseMaturityStore(knex).getCurrentScores([ENTITY]),
      ).toHaveLength(2);

      await schema.migrateUp(knex);
      expect(await existingTables(knex)).toEqual(TABLES);
      expect(await runs.recentRuns(ENTITY, 10)).toEqual([]);
      expect((await runs.recordRun(run)).replayed).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'rolls back the scope counts alone and keeps scores, levels and hierarchy on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await schema.migrateUp(knex);
      await insertEntityRow(knex);
      await recordSample(new DatabaseMaturityStore(knex));

      // The backfill flag and the evidence came after the scope counts.
      for (let i = 0; i < 8; i++) await schema.migrateDown(knex);
      expect(await knex.schema.hasTable('maturity_scope_counts')).toBe(false);
      expect(await indexNames(knex)).not.toContain(
        'maturity_current_scores_recorded_idx',
      );
      for (const index of [
        'maturity_entity_levels_oldest_idx',
        'maturity_entity_levels_level_idx',
        'maturity_entities_kind_idx',
      ]) {
        expect(await indexNames(knex)).not.toContain(index);
      }
      expect(await knex('maturity_entity_levels').pluck('entity_ref')).toEqual([
        ENTITY,
      ]);
      expect(await knex('maturity_entities').pluck('entity_ref')).toEqual([
        ENTITY,
      ]);

      await schema.migrateUp(knex);
      expect(await existingTables(knex)).toEqual(TABLES);
    },
  );

  it.each(databases.eachSupportedId())(
    'rolls back the backfill flag alone and keeps the snapshots on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await schema.migrateUp(knex);
      const snapshot = {
        day: '2026-03-02',
        scope_kind: 'organization',
        scope_ref: 'organization:default/all',
        vector: 'level',
        value: 2,
        mean: 2,
        assessed: 1,
        total: 1,
        stale: 0,
        distribution: '0,0,1,0,0,0',
      };
      await knex('maturity_rollup_snapshots').insert({
        ...snapshot,
        backfilled: true,
      });
      expect(await indexNames(knex)).toContain(
        'maturity_score_history_replay_idx',
      );

      // The evidence came after the backfill flag.
      for (let i = 0; i < 7; i++) await schema.migrateDown(knex);
      expect(
        await knex.schema.hasColumn('maturity_rollup_snapshots', 'backfilled'),
      ).toBe(false);
      expect(await indexNames(knex)).not.toContain(
        'maturity_score_history_replay_idx',
      );
      expect(await knex('maturity_rollup_snapshots').pluck('day')).toEqual([
        snapshot.day,
      ]);

      // Up again, the kept row counts as taken on the day.
      await schema.migrateUp(knex);
      const [row] = await knex('maturity_rollup_snapshots').select(
        'backfilled',
      );
      expect(Boolean(row.backfilled)).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'rolls back the evidence alone and keeps the hierarchy on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await schema.migrateUp(knex);
      await insertEntityRow(knex);
      await knex('maturity_entities').update({ evidence_at: new Date() });
      const proposal = {
        entity_ref: ENTITY,
        vector: 'documentation',
        provider: 'catalog',
        score: 3,
        reasons: '[]',
        facts: '[]',
      };
      await knex('maturity_evidence').insert({
        ...proposal,
        collected_at: new Date(),
        changed_at: new Date(),
      });
      // One current proposal per entity, vector and provider.
      const duplicate = await refusalOf(
        knex('maturity_evidence').insert({
          ...proposal,
          collected_at: new Date(),
          changed_at: new Date(),
        }),
      );
      expect(duplicate).toMatch(/unique|duplicate/i);

      // The membership changes, owner notices, pushed facts and the owners' decisions came
      // after the evidence; they go first, the assessments stay.
      for (let i = 0; i < 5; i++) await schema.migrateDown(knex);
      expect(await knex.schema.hasTable('maturity_evidence_dismissals')).toBe(
        false,
      );
      expect(
        await knex.schema.hasColumn('maturity_assessments', 'evidence'),
      ).toBe(false);
      await schema.migrateDown(knex);
      for (const table of ['maturity_evidence', 'maturity_evidence_history']) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }
      expect(
        await knex.schema.hasColumn('maturity_entities', 'evidence_at'),
      ).toBe(false);
      expect(await knex('maturity_entities').pluck('entity_ref')).toEqual([
        ENTITY,
      ]);

      await schema.migrateUp(knex);
      expect(await existingTables(knex)).toEqual(TABLES);
    },
  );

  it.each(databases.eachSupportedId())(
    'rolls back the pushed facts alone and keeps the evidence on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await schema.migrateUp(knex);
      const fact = {
        entity_ref: ENTITY,
        fact_key: 'restore-test-passed',
        source: 'ci:restore',
        value: 'true',
        text: null,
        observed_at: new Date(),
        pushed_by: 'external:ci',
        pushed_at: new Date(),
      };
      await knex('maturity_pushed_facts').insert(fact);
      // One latest value per entity, key and source.
      expect(
        await refusalOf(knex('maturity_pushed_facts').insert(fact)),
      ).toMatch(/unique|duplicate/i);
      await knex('maturity_evidence').insert({
        entity_ref: ENTITY,
        vector: 'recoverability',
        provider: 'pushed',
        score: 3,
        reasons: '[]',
        facts: '[]',
        collected_at: new Date(),
        changed_at: new Date(),
      });

      // Only what came after the pushed facts goes before them.
      const later = (await appliedMigrations(knex)).filter(
        name => name > '202612071800_pushed_facts.js',
      );
      for (let i = 0; i <= later.length; i++) await schema.migrateDown(knex);
      for (const table of [
        'maturity_pushed_facts',
        'maturity_pushed_fact_history',
      ]) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }
      expect(await knex('maturity_evidence').pluck('provider')).toEqual([
        'pushed',
      ]);

      await schema.migrateUp(knex);
      expect(await existingTables(knex)).toEqual(TABLES);
      expect(await rowCount(knex, 'maturity_pushed_facts')).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'rolls back the membership changes and the owner notices alone on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await schema.migrateUp(knex);
      await insertEntityRow(knex);
      await knex('maturity_membership_changes').insert({
        id: 'c1',
        entity_ref: ENTITY,
        field: 'system',
        before_ref: 'system:default/a',
        after_ref: 'system:default/b',
        changed_at: new Date(),
      });
      await knex('maturity_owner_notices').insert({
        id: 'n1',
        entity_ref: ENTITY,
        owner_ref: 'group:default/team-a',
        reasons: '[]',
        sent_at: new Date(),
      });

      // The confidence tables come off first and take nothing else with them.
      await schema.migrateDown(knex);
      expect(await knex.schema.hasTable('maturity_entity_confidence')).toBe(
        false,
      );
      expect(await knex('maturity_membership_changes').pluck('id')).toEqual([
        'c1',
      ]);
      await schema.migrateDown(knex);
      expect(await knex.schema.hasTable('maturity_membership_changes')).toBe(
        false,
      );
      expect(await knex('maturity_owner_notices').pluck('id')).toEqual(['n1']);
      await schema.migrateDown(knex);
      expect(await knex.schema.hasTable('maturity_owner_notices')).toBe(false);
      expect(await knex('maturity_entities').pluck('entity_ref')).toEqual([
        ENTITY,
      ]);

      await schema.migrateUp(knex);
      expect(await existingTables(knex)).toEqual(TABLES);
    },
  );

  it.each(databases.eachSupportedId())(
    'DatabaseMaturityStore.create runs the migrations on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      expect(await existingTables(knex)).toEqual([]);

      const store = await DatabaseMaturityStore.create({
        getClient: async () => knex,
      });

      expect(await existingTables(knex)).toEqual(TABLES);
      expect((await recordSample(store)).replayed).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'DatabaseMaturityStore.create leaves the schema alone when migrations are skipped on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);

      await DatabaseMaturityStore.create({
        getClient: async () => knex,
        migrations: { skip: true },
      });

      expect(await existingTables(knex)).toEqual([]);
    },
  );
});
