// @ts-check

/**
 * Roll-ups: the entity hierarchy synced from the catalog, nested group ancestry, each entity's
 * level kept next to its current scores, daily roll-up snapshots, and the status of the
 * plugin's scheduled tasks.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_entities', table => {
    table.comment(
      'Catalog entities as of the last hierarchy sync, with what roll-ups group by',
    );
    table.string('entity_ref', 255).primary();
    table.string('kind', 63).notNullable();
    table.string('type', 255).nullable();
    table.string('title', 255).nullable();
    table.string('owner_ref', 255).nullable();
    table.string('system_ref', 255).nullable();
    table.string('domain_ref', 255).nullable();
    table.string('tier', 63).nullable();
    table.string('lifecycle', 63).nullable();
    // Entities that left the catalog stay (their history is kept) but drop out of roll-ups.
    table.boolean('in_catalog').notNullable().defaultTo(true);
    table.string('fingerprint', 64).notNullable();
    table.timestamp('synced_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['domain_ref', 'kind'], 'maturity_entities_domain_idx');
    table.index(['system_ref', 'kind'], 'maturity_entities_system_idx');
    table.index(['owner_ref', 'kind'], 'maturity_entities_owner_idx');
  });

  await knex.schema.createTable('maturity_group_ancestry', table => {
    table.comment(
      'Every group with each of its ancestors (and itself at depth 0)',
    );
    table.string('group_ref', 255).notNullable();
    table.string('ancestor_ref', 255).notNullable();
    table.integer('depth').notNullable();
    table.primary(['ancestor_ref', 'group_ref']);
    table.index(['group_ref'], 'maturity_group_ancestry_group_idx');
  });

  await knex.schema.createTable('maturity_entity_levels', table => {
    table.comment(
      'The level of each assessed entity, written with its current scores',
    );
    table.string('entity_ref', 255).primary();
    table.integer('level').nullable();
    table.float('coverage').notNullable();
    table.integer('scored').notNullable();
    // The oldest of its current scores: the entity is stale once this is older than staleAfter.
    table
      .timestamp('oldest_recorded_at', { useTz: true, precision: 3 })
      .nullable();
  });

  await knex.schema.createTable('maturity_rollup_snapshots', table => {
    table.comment(
      'Roll-ups per scope and vector as they were on a day; daily, then weekly',
    );
    table.string('day', 10).notNullable();
    table.string('scope_kind', 16).notNullable();
    table.string('scope_ref', 255).notNullable();
    // A vector id, or `level` for the entity-level distribution of the scope.
    table.string('vector', 64).notNullable();
    // double, not float: PostgreSQL's float is `real` and would keep only ~7 digits of a mean.
    table.double('value').nullable();
    table.double('mean').nullable();
    table.integer('min').nullable();
    table.integer('max').nullable();
    table.integer('assessed').notNullable();
    table.integer('total').notNullable();
    table.integer('stale').notNullable();
    table.string('distribution', 64).notNullable();
    table.primary(['scope_ref', 'vector', 'day']);
    table.index(['day'], 'maturity_rollup_snapshots_day_idx');
  });

  await knex.schema.createTable('maturity_task_runs', table => {
    table.comment('The last run of each scheduled task, for the status route');
    table.string('task', 64).primary();
    table.timestamp('started_at', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('finished_at', { useTz: true, precision: 3 }).nullable();
    table.string('status', 16).notNullable();
    table.text('summary').nullable();
    table.text('error').nullable();
  });

  await knex.schema.createTable('maturity_meta', table => {
    table.comment(
      'Small facts the plugin keeps between starts, e.g. the level rule in force',
    );
    table.string('key', 64).primary();
    table.text('value').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_meta');
  await knex.schema.dropTable('maturity_task_runs');
  await knex.schema.dropTable('maturity_rollup_snapshots');
  await knex.schema.dropTable('maturity_entity_levels');
  await knex.schema.dropTable('maturity_group_ancestry');
  await knex.schema.dropTable('maturity_entities');
};
