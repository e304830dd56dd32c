import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';

/** The knex client TestDatabases hands out (knex itself is not a dependency of this package). */
export type TestKnex = Awaited<ReturnType<TestDatabases['init']>>;

/** What a plugin's migrations make, for {@link pluginSchema}. */
export interface PluginSchemaOptions {
  /** The package whose `migrations` folder holds the schema. */
  packageName: string;
  /** Every table the migrations make, in the order a test expects them listed. */
  tables: readonly string[];
  /** The prefix every table of the plugin starts with; its indexes are found by it. */
  tablePrefix: string;
}

/** The migrations of one plugin and what they leave in a database, for migration tests. */
export interface PluginSchema {
  /** The folder the migrations are read from. */
  directory: string;
  /** Runs every pending migration; resolves to the file names applied, in order. */
  migrateUp(knex: TestKnex): Promise<string[]>;
  /** Undoes the latest migration. */
  migrateDown(knex: TestKnex): Promise<void>;
  /** Undoes every migration; resolves to what is left, which should be {@link NO_SCHEMA}. */
  migrateDownAll(knex: TestKnex): Promise<SchemaState>;
  /** The plugin's tables that exist, in the order of the options. */
  existingTables(knex: TestKnex): Promise<string[]>;
  /** The names of the indexes on the plugin's tables, PostgreSQL's and SQLite's alike. */
  indexNames(knex: TestKnex): Promise<string[]>;
  /** The tables, the indexes and how many migrations `knex_migrations` records as applied. */
  state(knex: TestKnex): Promise<SchemaState>;
}

/** What migrations have left in a database; see {@link PluginSchema.state}. */
export interface SchemaState {
  /** The plugin's tables that exist. */
  tables: string[];
  /** The indexes on them. */
  indexes: string[];
  /** How many migrations are recorded as applied. */
  applied: number;
}

/** The state of a database without any of the plugin's schema. */
export const NO_SCHEMA: SchemaState = { tables: [], indexes: [], applied: 0 };

/**
 * The schema of the plugin in `options.packageName`. Migration tests run the real files up,
 * down and up again and check what each step leaves, on SQLite and PostgreSQL.
 */
export function pluginSchema(options: PluginSchemaOptions): PluginSchema {
  const directory = resolvePackagePath(options.packageName, 'migrations');
  const like = `${options.tablePrefix}%`;
  const schema: PluginSchema = {
    directory,
    async migrateUp(knex) {
      const [, applied] = await knex.migrate.latest({ directory });
      return applied.map((file: string) => file.replace(/^.*\//, ''));
    },
    async migrateDown(knex) {
      await knex.migrate.down({ directory });
    },
    async migrateDownAll(knex) {
      await knex.migrate.rollback({ directory }, true);
      return schema.state(knex);
    },
    async existingTables(knex) {
      const result: string[] = [];
      for (const table of options.tables) {
        if (await knex.schema.hasTable(table)) result.push(table);
      }
      return result;
    },
    async indexNames(knex) {
      if (knex.client.config.client === 'pg') {
        const { rows } = await knex.raw(
          'select indexname from pg_indexes where schemaname = current_schema() and tablename like ?',
          [like],
        );
        return rows.map((r: { indexname: string }) => r.indexname);
      }
      const rows = await knex('sqlite_master')
        .where({ type: 'index' })
        .andWhere('tbl_name', 'like', like)
        .select('name');
      return rows.map((r: { name: string }) => r.name);
    },
    async state(knex) {
      const [{ count }] = await knex('knex_migrations').count({ count: '*' });
      return {
        tables: await schema.existingTables(knex),
        indexes: await schema.indexNames(knex),
        applied: Number(count),
      };
    },
  };
  return schema;
}
