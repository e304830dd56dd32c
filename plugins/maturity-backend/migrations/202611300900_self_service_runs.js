// @ts-check

/**
 * Self-service runs: one row per scaffolder task that ran a template against an entity. They
 * are evidence for the automation vector and show how much toil teams do by themselves.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_self_service_runs', table => {
    table.comment(
      'Scaffolder tasks that ran a template against an entity, recorded by the task itself',
    );
    table.string('id', 36).primary();
    table.string('entity_ref', 255).notNullable();
    table.string('template_ref', 255).notNullable();
    table.string('task_id', 200).notNullable();
    table.string('run_by', 255).notNullable();
    table.timestamp('ran_at', { useTz: true, precision: 3 }).notNullable();
    // A retried task step records the same run again; this makes the repeat a replay.
    table.unique(['task_id', 'template_ref', 'entity_ref'], {
      indexName: 'maturity_self_service_runs_task_idx',
    });
    // Serves the 30/90-day counts and the latest runs of one entity.
    table.index(
      ['entity_ref', 'ran_at'],
      'maturity_self_service_runs_entity_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_self_service_runs');
};
