// @ts-check

/**
 * Membership changes of the synced hierarchy: each time a sync moves an entity to another
 * system, domain or owner, or sees it leave or come back to the catalog, one row that is never
 * updated. They explain why a roll-up moved without any score changing.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_membership_changes', table => {
    table.comment(
      'Entities that moved between scopes or left the catalog; append-only',
    );
    table.string('id', 36).primary();
    table.string('entity_ref', 255).notNullable();
    table
      .string('field', 16)
      .notNullable()
      .comment('system, domain, owner or catalog');
    table.string('before_ref', 255).nullable().comment('catalog: in or out');
    table.string('after_ref', 255).nullable().comment('catalog: in or out');
    table.timestamp('changed_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['changed_at'], 'maturity_membership_changes_time_idx');
    table.index(['entity_ref'], 'maturity_membership_changes_entity_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_membership_changes');
};
