// @ts-check

/**
 * Evidence: what providers' facts propose for the vectors of an entity. The current proposal of
 * each (entity, vector, provider) is one row, replaced by every collection; a proposal whose
 * score or facts changed is also appended to a history that is never updated, so a change of a
 * score can later be explained by the facts of that day. Proposals never touch the scores
 * people gave. Each synced entity remembers when its evidence was last collected, so that a
 * collection can start with those never or longest not collected.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const proposalColumns = (
    /** @type {import('knex').Knex.CreateTableBuilder} */ table,
  ) => {
    table.string('entity_ref', 255).notNullable();
    table.string('vector', 64).notNullable();
    table.string('provider', 64).notNullable();
    table.integer('score').nullable().comment('0-5, or null: facts only');
    table.text('reasons').notNullable().comment('JSON array of sentences');
    table
      .text('facts')
      .notNullable()
      .comment('JSON array of {key, value, text, observedAt, source}');
  };
  await knex.schema.createTable('maturity_evidence', table => {
    table.comment(
      'The current proposal of each provider for each vector of an entity',
    );
    proposalColumns(table);
    table
      .timestamp('collected_at', { useTz: true, precision: 3 })
      .notNullable()
      .comment('The collection that last confirmed it');
    table
      .timestamp('changed_at', { useTz: true, precision: 3 })
      .notNullable()
      .comment('The collection that last changed its score or facts');
    table.primary(['entity_ref', 'vector', 'provider']);
  });
  await knex.schema.createTable('maturity_evidence_history', table => {
    table.comment(
      'Every change of a proposal, append-only; score null when it was withdrawn',
    );
    table.string('id', 36).primary();
    proposalColumns(table);
    table.timestamp('recorded_at', { useTz: true, precision: 3 }).notNullable();
    table.index(
      ['entity_ref', 'vector', 'recorded_at'],
      'maturity_evidence_history_entity_idx',
    );
  });
  await knex.schema.alterTable('maturity_entities', table => {
    table
      .timestamp('evidence_at', { useTz: true, precision: 3 })
      .nullable()
      .comment('When evidence was last collected for it');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('maturity_entities', table => {
    table.dropColumn('evidence_at');
  });
  await knex.schema.dropTable('maturity_evidence_history');
  await knex.schema.dropTable('maturity_evidence');
};
