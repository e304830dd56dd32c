// @ts-check

/**
 * Stored roll-up counts: per scope, vector and tier, how many current scores sit at each level
 * and how many are stale. Writes keep them current, so a roll-up reads a few rows per scope
 * instead of aggregating every current score on each request.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_scope_counts', table => {
    table.comment(
      'Current scores counted per scope, vector (or `level`) and tier, kept current by writes',
    );
    table.string('scope_kind', 16).notNullable();
    table.string('scope_ref', 255).notNullable();
    // A vector id, or `level` for the entities' levels.
    table.string('vector', 64).notNullable();
    // As the sync stores it (trimmed, lower-case); '' when the entity has none.
    table.string('tier', 63).notNullable();
    // Leaves of the scope with this tier; kept on `level` rows only.
    table.integer('total').notNullable().defaultTo(0);
    // Current scores (vector rows) or assessed entities (level rows) counted here.
    table.integer('counted').notNullable().defaultTo(0);
    table.integer('stale').notNullable().defaultTo(0);
    for (const n of [0, 1, 2, 3, 4, 5]) {
      table.integer(`n${n}`).notNullable().defaultTo(0);
    }
    table.primary(['scope_ref', 'vector', 'tier']);
    table.index(['scope_kind', 'scope_ref'], 'maturity_scope_counts_kind_idx');
  });
  // Moving the stale cutoff reads only the scores and levels that crossed it.
  await knex.schema.alterTable('maturity_current_scores', table => {
    table.index(['recorded_at'], 'maturity_current_scores_recorded_idx');
  });
  await knex.schema.alterTable('maturity_entity_levels', table => {
    table.index(['oldest_recorded_at'], 'maturity_entity_levels_oldest_idx');
    // The weakest entities of a scope, lowest level first.
    table.index(['level', 'entity_ref'], 'maturity_entity_levels_level_idx');
  });
  // The scopes of a kind (every domain, every group) without scanning all entities.
  await knex.schema.alterTable('maturity_entities', table => {
    table.index(['kind', 'entity_ref'], 'maturity_entities_kind_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('maturity_entities', table => {
    table.dropIndex(['kind', 'entity_ref'], 'maturity_entities_kind_idx');
  });
  await knex.schema.alterTable('maturity_entity_levels', table => {
    table.dropIndex(
      ['level', 'entity_ref'],
      'maturity_entity_levels_level_idx',
    );
    table.dropIndex(
      ['oldest_recorded_at'],
      'maturity_entity_levels_oldest_idx',
    );
  });
  await knex.schema.alterTable('maturity_current_scores', table => {
    table.dropIndex(['recorded_at'], 'maturity_current_scores_recorded_idx');
  });
  await knex.schema.dropTable('maturity_scope_counts');
};
