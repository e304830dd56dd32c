import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestKnex } from './schema';

/** The migration files of a folder, in the order knex runs them. */
export function migrationFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter(file => file.endsWith('.js'))
    .sort();
}

/**
 * What differs between the migration files of `directory` and the SHA-256 of each landed one:
 * an edited, missing or unrecorded file, each named with what to do. Empty when they agree.
 */
export function landedMigrationProblems(
  directory: string,
  landed: Record<string, string>,
): string[] {
  const rule = 'a landed migration must never be edited, add a new one instead';
  const problems: string[] = [];
  const files = migrationFiles(directory);
  for (const file of files) {
    const hash = createHash('sha256')
      .update(readFileSync(join(directory, file)))
      .digest('hex');
    if (!(file in landed)) {
      problems.push(
        `${file} has no recorded hash: once it has landed, add '${file}': '${hash}'`,
      );
    } else if (landed[file] !== hash) {
      problems.push(
        `${file} was edited (SHA-256 ${hash}, landed as ${landed[file]}): ${rule}`,
      );
    }
  }
  for (const file of Object.keys(landed)) {
    if (!files.includes(file)) problems.push(`${file} is gone: ${rule}`);
  }
  return problems;
}

/** The migrations knex records as applied, in the order they ran. */
export async function appliedMigrations(knex: TestKnex): Promise<string[]> {
  const rows = await knex('knex_migrations').orderBy('id').select('name');
  return rows.map((row: { name: string }) => row.name);
}

/** Whether knex's migration lock is taken; a held lock stops every later start-up. */
export async function migrationLockHeld(knex: TestKnex): Promise<boolean> {
  const rows = await knex('knex_migrations_lock').select('is_locked');
  return rows.some((row: { is_locked: number }) => Number(row.is_locked) !== 0);
}

// A backend that dies in the middle of `migrate.latest`: it runs the real migrations, but the
// second one, after its real `up`, says "half-done" and never returns, so the test can kill
// the process with that migration's work done and not committed.
const HALF_DONE_BACKEND = `
const [knexPath, configJson, directory] = process.argv.slice(1);
const fs = require('node:fs');
const path = require('node:path');
const knex = require(knexPath)(JSON.parse(configJson));
const files = fs.readdirSync(directory).filter(f => f.endsWith('.js')).sort();
knex.migrate
  .latest({
    migrationSource: {
      getMigrations: async () => files,
      getMigrationName: file => file,
      getMigration: async file => {
        const real = require(path.join(directory, file));
        if (file !== files[1]) return real;
        return {
          ...real,
          up: async k => {
            await real.up(k);
            process.stdout.write('half-done\\n');
            setInterval(() => {}, 60000);
            await new Promise(() => {});
          },
        };
      },
    },
  })
  .then(
    () => { process.stdout.write('finished\\n'); process.exit(0); },
    error => { process.stderr.write(String(error && error.stack)); process.exit(1); },
  );
`;

/** Where {@link killBackendMidMigration} runs its backend. */
export interface MidMigrationOptions {
  /** The knex module the backend loads (`require.resolve('knex')` of the plugin). */
  knexModule: string;
  /** The knex config of a database the test can open too. */
  config: unknown;
  /** The plugin's migrations folder. */
  directory: string;
}

/**
 * Runs the migrations of `directory` in a child process on the database of `config` and
 * SIGKILLs it once the second migration's work is done; resolves when the process is gone.
 */
export async function killBackendMidMigration(
  options: MidMigrationOptions,
): Promise<{ signal: NodeJS.Signals | number | null; stdout: string }> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      HALF_DONE_BACKEND,
      options.knexModule,
      JSON.stringify(options.config),
      options.directory,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', chunk => {
    stderr += chunk;
  });
  const exited = new Promise<NodeJS.Signals | number | null>(resolve =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', chunk => {
      stdout += chunk;
      if (stdout.includes('half-done')) resolve();
    });
    child.on('exit', code =>
      reject(
        new Error(
          `the backend exited (${code}) before half-done: ${stdout}${stderr}`,
        ),
      ),
    );
  });
  child.kill('SIGKILL');
  return { signal: await exited, stdout };
}
