// @ts-check

/**
 * PoTW and on-call: versioned rotations, overrides, hand-off notes, the interrupt ledger, team
 * capacity and the record of hand-off reminders already sent.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('oncall_rotations', table => {
    table.comment('A rotation of one group; its rules live in versions');
    table.string('id', 36).primary();
    table.string('owner', 255).notNullable();
    table.string('name', 200).notNullable();
    // rules: shifts follow the versions; ical: an imported schedule stored as overrides.
    table.string('source', 16).notNullable();
    // Role and zone of an imported schedule, which has no versions to hold them.
    table.string('role', 64).nullable();
    table.string('timezone', 64).nullable();
    table.text('import_summary').nullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['owner'], 'oncall_rotations_owner_idx');
  });

  await knex.schema.createTable('oncall_rotation_versions', table => {
    table.comment(
      'The rules of a rotation from one instant on; rows are never changed',
    );
    table
      .string('rotation_id', 36)
      .notNullable()
      .references('id')
      .inTable('oncall_rotations')
      .onDelete('CASCADE');
    table
      .timestamp('effective_from', { useTz: true, precision: 3 })
      .notNullable();
    table.string('timezone', 64).notNullable();
    table.string('role', 64).notNullable();
    // User entity refs in turn order, as a JSON array.
    table.text('participants').notNullable();
    table.integer('handoff_weekday').notNullable();
    table.string('handoff_time', 5).notNullable();
    table.string('shift_length', 32).notNullable();
    table.string('start_date', 10).notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.primary(['rotation_id', 'effective_from']);
  });

  await knex.schema.createTable('oncall_overrides', table => {
    table.comment('Someone covering a rotation instead of its rules');
    table.string('id', 64).primary();
    table
      .string('rotation_id', 36)
      .notNullable()
      .references('id')
      .inTable('oncall_rotations')
      .onDelete('CASCADE');
    table.string('user_ref', 255).notNullable();
    table.timestamp('start_at', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('end_at', { useTz: true, precision: 3 }).notNullable();
    table.string('replaces', 255).nullable();
    table.text('reason').nullable();
    // manual: made by a person; import: an entry of an imported iCal schedule.
    table.string('source', 16).notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    // Serves "overrides overlapping a window": rotation, then those not ended before it.
    table.index(['rotation_id', 'end_at'], 'oncall_overrides_window_idx');
  });

  await knex.schema.createTable('oncall_handoff_notes', table => {
    table.comment('Notes left for the person taking over at a hand-off');
    table.string('id', 36).primary();
    table
      .string('rotation_id', 36)
      .notNullable()
      .references('id')
      .inTable('oncall_rotations')
      .onDelete('CASCADE');
    table.timestamp('handoff_at', { useTz: true, precision: 3 }).notNullable();
    table.text('text').notNullable();
    table.string('author', 255).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['rotation_id', 'handoff_at'], 'oncall_handoff_notes_idx');
  });

  await knex.schema.createTable('oncall_interrupts', table => {
    table.comment('The interrupt ledger of each team');
    table.string('id', 36).primary();
    table.string('team', 255).notNullable();
    table.string('entity_ref', 255).nullable();
    table.string('title', 300).notNullable();
    table.string('category', 32).notNullable();
    table.timestamp('received_at', { useTz: true, precision: 3 }).notNullable();
    table.string('triaged_by', 255).nullable();
    table.integer('effort_minutes').nullable();
    table.timestamp('resolved_at', { useTz: true, precision: 3 }).nullable();
    table.string('source', 16).notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['team', 'received_at', 'id'], 'oncall_interrupts_team_idx');
    table.index(['entity_ref', 'received_at'], 'oncall_interrupts_entity_idx');
  });

  await knex.schema.createTable('oncall_team_capacity', table => {
    table.comment('Planned capacity a team set in the portal');
    table.string('team', 255).primary();
    table.integer('people').notNullable();
    table.float('hours_per_person').notNullable();
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
  });

  await knex.schema.createTable('oncall_reminders_sent', table => {
    table.comment(
      'Hand-off reminders already sent, so replicas send each once',
    );
    table.string('rotation_id', 36).notNullable();
    table.timestamp('handoff_at', { useTz: true, precision: 3 }).notNullable();
    table.string('recipient', 255).notNullable();
    table.timestamp('sent_at', { useTz: true, precision: 3 }).notNullable();
    table.primary(['rotation_id', 'handoff_at', 'recipient']);
  });

  await knex.schema.createTable('oncall_meta', table => {
    table.comment(
      'Facts about the plugin state, such as when demo data was loaded',
    );
    table.string('key', 64).primary();
    table.text('value').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('oncall_meta');
  await knex.schema.dropTable('oncall_reminders_sent');
  await knex.schema.dropTable('oncall_team_capacity');
  await knex.schema.dropTable('oncall_interrupts');
  await knex.schema.dropTable('oncall_handoff_notes');
  await knex.schema.dropTable('oncall_overrides');
  await knex.schema.dropTable('oncall_rotation_versions');
  await knex.schema.dropTable('oncall_rotations');
};
