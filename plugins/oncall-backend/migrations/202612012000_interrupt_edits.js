// @ts-check

/**
 * Who changed an interrupt, what and when: the ledger is a record, so every edit and every
 * deletion leaves a row here, and a deleted interrupt's last state is kept with it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('oncall_interrupt_edits', table => {
    table.comment('Edits and deletions of interrupts; rows are never changed');
    // Edits made in the same millisecond keep their order by this sequence.
    table.increments('id');
    table.string('interrupt_id', 36).notNullable();
    table.string('team', 255).notNullable();
    // update: `changes` maps each changed field to { from, to }; delete: the last state.
    table.string('action', 16).notNullable();
    table.text('changes').notNullable();
    table.string('changed_by', 255).notNullable();
    table.timestamp('changed_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['interrupt_id', 'changed_at'], 'oncall_interrupt_edits_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('oncall_interrupt_edits');
};
