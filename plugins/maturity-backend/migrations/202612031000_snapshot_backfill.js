// @ts-check

/**
 * Snapshots backfilled from the score history: a flag on each row, so a trend can tell a day
 * computed afterwards from one taken on the day, and an index that lets the backfill read the
 * history in the order that decides current scores.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('maturity_rollup_snapshots', table => {
    table
      .boolean('backfilled')
      .notNullable()
      .defaultTo(false)
      .comment('Computed later from the score history, not taken on the day');
  });
  await knex.schema.alterTable('maturity_score_history', table => {
    table.index(['recorded_at', 'id'], 'maturity_score_history_replay_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('maturity_score_history', table => {
    table.dropIndex(['recorded_at', 'id'], 'maturity_score_history_replay_idx');
  });
  await knex.schema.alterTable('maturity_rollup_snapshots', table => {
    table.dropColumn('backfilled');
  });
};
