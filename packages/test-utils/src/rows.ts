import { TestKnex } from './schema';

/** The number of rows of `table`, of those matching `where` when it is given. */
export async function rowCount(
  knex: TestKnex,
  table: string,
  where: Record<string, unknown> = {},
): Promise<number> {
  const [{ count }] = await knex(table).where(where).count({ count: '*' });
  return Number(count);
}

/** The row count of every table in `tables`, keyed by table (see {@link rowCount}). */
export async function rowCounts(
  knex: TestKnex,
  tables: readonly string[],
  where: Record<string, unknown> = {},
): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of tables) {
    result[table] = await rowCount(knex, table, where);
  }
  return result;
}

/**
 * Runs a write that a key or constraint should refuse and resolves to the database's message,
 * or to `'inserted'` when the write went through. Tests match the message instead of using
 * `rejects.toThrow()`: better-sqlite3's errors carry the Error class of the first test file of
 * a Jest worker, so `toThrow()` misses them in later files.
 */
export function refusalOf(write: PromiseLike<unknown>): Promise<string> {
  return Promise.resolve(write).then(
    () => 'inserted',
    (error: Error) => error.message,
  );
}
