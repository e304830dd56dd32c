// @ts-check

/**
 * The secret of each rotation's calendar feed. Only a SHA-256 hash of the token is kept, so a
 * copy of the database does not open any feed; one row per rotation, so issuing a new token
 * revokes the old one.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('oncall_feed_tokens', table => {
    table.comment(
      'Hash of the one active calendar feed token of a rotation; the token itself is never stored',
    );
    table
      .string('rotation_id', 36)
      .primary()
      .references('id')
      .inTable('oncall_rotations')
      .onDelete('CASCADE');
    // Hex SHA-256 of the token; feeds are looked up by it.
    table.string('token_hash', 64).notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.unique(['token_hash'], { indexName: 'oncall_feed_tokens_hash_idx' });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('oncall_feed_tokens');
};
