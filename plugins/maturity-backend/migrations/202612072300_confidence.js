// @ts-check

/**
 * The confidence of scores as the last confidence run computed it: per entity (with its
 * vectors and whether a proposal disputes one of its scores) for the "to reassess" lists, and
 * per scope, vector and score level for roll-ups, which weight today's counts by it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_entity_confidence', table => {
    table.comment('Confidence of the current scores of each scored entity');
    table.string('entity_ref', 255).primary();
    table
      .float('confidence')
      .notNullable()
      .comment('Mean confidence of its current scores, 0 to 1');
    table
      .boolean('disputed')
      .notNullable()
      .comment('A proposal no owner dismissed is far from a confirmed score');
    table
      .text('vectors')
      .notNullable()
      .comment('JSON object of the confidence per scored vector');
    table.timestamp('computed_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['confidence'], 'maturity_entity_confidence_idx');
  });
  await knex.schema.createTable('maturity_scope_confidence', table => {
    table.comment('Mean confidence per scope, vector and score level');
    table.string('scope_ref', 255).notNullable();
    table.string('vector', 64).notNullable();
    table
      .text('levels')
      .notNullable()
      .comment(
        'JSON array of 6: the mean confidence of scores 0 to 5, or null',
      );
    table.timestamp('computed_at', { useTz: true, precision: 3 }).notNullable();
    table.primary(['scope_ref', 'vector']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_scope_confidence');
  await knex.schema.dropTable('maturity_entity_confidence');
};
