// @ts-check

/**
 * Pushed facts: observations about components and resources that CI pipelines and other tools
 * send (`POST /facts`). The latest value of each (entity, key, source) is one row, refreshed by
 * every push that repeats or changes it; a push that brings a new value is also appended to a
 * history that is never updated. Each row names who pushed it (a service subject or a user),
 * taken from the caller's credentials.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const factColumns = (
    /** @type {import('knex').Knex.CreateTableBuilder} */ table,
  ) => {
    table.string('entity_ref', 255).notNullable();
    table.string('fact_key', 100).notNullable();
    table.string('source', 200).notNullable();
    table
      .text('value')
      .notNullable()
      .comment('JSON: a number, a boolean or a string');
    table.text('text').nullable().comment('The sentence the pusher gave');
    table.timestamp('observed_at', { useTz: true, precision: 3 }).notNullable();
    table
      .string('pushed_by', 255)
      .notNullable()
      .comment('The service subject or user entity ref of the caller');
    table.timestamp('pushed_at', { useTz: true, precision: 3 }).notNullable();
  };
  await knex.schema.createTable('maturity_pushed_facts', table => {
    table.comment(
      'The latest value of each pushed fact, per entity, key and source',
    );
    factColumns(table);
    table.primary(['entity_ref', 'fact_key', 'source']);
  });
  await knex.schema.createTable('maturity_pushed_fact_history', table => {
    table.comment('Every new value of a pushed fact, append-only');
    table.string('id', 36).primary();
    factColumns(table);
    table.index(
      ['entity_ref', 'fact_key', 'pushed_at'],
      'maturity_pushed_fact_history_entity_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_pushed_fact_history');
  await knex.schema.dropTable('maturity_pushed_facts');
};
