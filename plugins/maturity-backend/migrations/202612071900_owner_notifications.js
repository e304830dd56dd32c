// @ts-check

/**
 * Notices sent to owners about an entity (stale scores, a proposal far from the confirmed
 * score): one row per entity and notice, so that an entity is mentioned at most once a week.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_owner_notices', table => {
    table.comment(
      'Entities owners were told about, and when; at most once a week per entity',
    );
    table.string('id', 36).primary();
    table.string('entity_ref', 255).notNullable();
    table.string('owner_ref', 255).notNullable();
    table
      .text('reasons')
      .notNullable()
      .comment('JSON array of what the notice said');
    table.timestamp('sent_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['entity_ref', 'sent_at'], 'maturity_owner_notices_entity_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_owner_notices');
};
