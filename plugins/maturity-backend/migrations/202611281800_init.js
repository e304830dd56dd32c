// @ts-check

/**
 * Maturity scorecards: assessments, the append-only score history, the current score per
 * entity and vector, and the individual ratings of subjective vectors.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_assessments', table => {
    table.comment(
      'One recorded assessment: who scored which entity, when and why',
    );
    table.string('id', 36).primary();
    table.string('entity_ref', 255).notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.text('comment').nullable();
    table.string('source', 32).notNullable();
    table.string('rubric_version', 32).notNullable();
    // The scores as submitted (JSON); for subjective vectors these are the person's ratings.
    table.text('scores').notNullable();
    table.string('idempotency_key', 200).nullable();
    // A fingerprint of the request, so a reused idempotency key with another body is refused.
    table.string('request_hash', 64).notNullable();
    table.unique(['created_by', 'idempotency_key'], {
      indexName: 'maturity_assessments_idempotency_idx',
    });
    table.index(
      ['entity_ref', 'created_at'],
      'maturity_assessments_entity_idx',
    );
  });

  await knex.schema.createTable('maturity_score_history', table => {
    table.comment('Every vector score ever recorded; rows are never updated');
    table.bigIncrements('id').primary();
    table
      .string('assessment_id', 36)
      .notNullable()
      .references('id')
      .inTable('maturity_assessments')
      .onDelete('CASCADE');
    table.string('entity_ref', 255).notNullable();
    table.string('vector', 64).notNullable();
    table.integer('score').notNullable();
    table.text('rationale').nullable();
    table.string('source', 32).notNullable();
    table.string('recorded_by', 255).notNullable();
    table.timestamp('recorded_at', { useTz: true, precision: 3 }).notNullable();
    table.string('rubric_version', 32).notNullable();
    // Serves the history route: one entity, optionally one vector, a time range, keyset pages.
    table.index(
      ['entity_ref', 'vector', 'recorded_at', 'id'],
      'maturity_score_history_entity_idx',
    );
    table.index(['assessment_id'], 'maturity_score_history_assessment_idx');
  });

  await knex.schema.createTable('maturity_current_scores', table => {
    table.comment(
      'The latest score per entity and vector, written with its history row so reads never scan history',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('vector', 64).notNullable();
    table.integer('score').notNullable();
    table.text('rationale').nullable();
    table.string('source', 32).notNullable();
    table.string('recorded_by', 255).notNullable();
    table.timestamp('recorded_at', { useTz: true, precision: 3 }).notNullable();
    table.string('rubric_version', 32).notNullable();
    table.string('assessment_id', 36).notNullable();
    table.bigInteger('history_id').notNullable();
    // Subjective vectors: how many people rated and how far apart they are.
    table.integer('rating_count').nullable();
    table.integer('rating_min').nullable();
    table.integer('rating_max').nullable();
    table.primary(['entity_ref', 'vector']);
  });

  await knex.schema.createTable('maturity_ratings', table => {
    table.comment(
      'One rating per person for subjective vectors; a new rating replaces the old',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('vector', 64).notNullable();
    table.string('rater', 255).notNullable();
    table.integer('score').notNullable();
    table.text('rationale').nullable();
    table.timestamp('rated_at', { useTz: true, precision: 3 }).notNullable();
    table.string('assessment_id', 36).notNullable();
    table.primary(['entity_ref', 'vector', 'rater']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_ratings');
  await knex.schema.dropTable('maturity_current_scores');
  await knex.schema.dropTable('maturity_score_history');
  await knex.schema.dropTable('maturity_assessments');
};
