import { createHash } from 'node:crypto';
import { PluginDatabase } from './demoPortal';

// Tables the plugins write on their own schedule (hierarchy sync, snapshots, derived levels,
// reminders, migrations): they may change while a test runs without any request.
const BACKGROUND_TABLES =
  /^(knex_|maturity_(entities|group_ancestry|task_runs|rollup_snapshots|entity_levels|meta)$|oncall_(meta|reminders_sent)$)/;

async function tableNames(db: PluginDatabase): Promise<string[]> {
  const names =
    db.client.config.client === 'pg'
      ? (
          await db.raw(
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
          )
        ).rows
      : await db.raw(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        );
  return (names as Array<{ name: string }>)
    .map(row => row.name)
    .filter(name => !BACKGROUND_TABLES.test(name))
    .sort();
}

/**
 * A digest per table of everything requests can write in a plugin's database: its rows, in
 * a stable order, hashed. Two equal digests mean no refused request stored anything.
 */
export async function tableDigest(
  db: PluginDatabase,
): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const table of await tableNames(db)) {
    const rows = (await db(table).select()).map(row => JSON.stringify(row));
    digest[table] = `${rows.length}:${createHash('sha256')
      .update(rows.sort().join('\n'))
      .digest('hex')
      .slice(0, 16)}`;
  }
  return digest;
}
