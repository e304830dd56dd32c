// @ts-check

/**
 * What owners decide about evidence: an accepted proposal is an assessment that keeps the
 * proposal it took (provider, reasons and facts) beside its scores, and a dismissed one is a row
 * of its own, never updated, that hides the proposal while its score stays the dismissed one.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('maturity_assessments', table => {
    table
      .text('evidence')
      .nullable()
      .comment(
        'JSON: the proposal an accepted assessment took, with its reasons and facts',
      );
  });
  await knex.schema.createTable('maturity_evidence_dismissals', table => {
    table.comment('Proposals an owner dismissed with a reason; append-only');
    table.string('id', 36).primary();
    table.string('entity_ref', 255).notNullable();
    table.string('vector', 64).notNullable();
    table.string('provider', 64).notNullable();
    table
      .integer('score')
      .nullable()
      .comment('The proposed score that was dismissed');
    table.text('reason').notNullable();
    table.string('dismissed_by', 255).notNullable();
    table
      .timestamp('dismissed_at', { useTz: true, precision: 3 })
      .notNullable();
    table.index(
      ['entity_ref', 'vector', 'provider', 'dismissed_at'],
      'maturity_evidence_dismissals_entity_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_evidence_dismissals');
  await knex.schema.alterTable('maturity_assessments', table => {
    table.dropColumn('evidence');
  });
};
