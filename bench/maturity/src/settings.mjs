// What the benchmark generates and measures, read once from the environment.
//
//   BENCH_SIZE=full|smoke          organisation size (default full)
//   BENCH_DATABASES=sqlite,postgres which databases to measure (default both)
//   BENCH_DIR=/path                where generated files go (default: the OS temp folder)
//   BENCH_PORT=7107                backend port; 7007 is left to the portal and the e2e tests
//   BENCH_REUSE_DATA=1             skip the generate step and measure the data already there
//   BENCH_BROWSER=0                skip the browser measurements of the overview (and the app build)
//   AGILE_OPS_CHROMIUM=/path       the Chromium the browser measurements drive (/usr/bin/chromium)
//   POSTGRES_HOST/PORT/USER/PASSWORD   as for `./portal start --postgres`

import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);
export const REPO_ROOT = path.resolve(BENCH_ROOT, '../..');

const SIZES = {
  // The organisation of the issue: 10,000 leaves in 1,000 systems in 50 domains.
  full: {
    domains: 50,
    systemsPerDomain: 20,
    leavesPerSystem: 10,
    groups: 300,
    usersPerTeam: 2,
    assessments: 24,
    runs: 100,
    taskRuns: 3,
    loadSeconds: 20,
    writes: 3000,
    // Ten, so that the p50 is not one of three loads and the p95 not simply the slowest.
    browserColdRuns: 10,
    browserRuns: 10,
  },
  // A quick end-to-end check of the whole pipeline; its figures mean little.
  smoke: {
    domains: 5,
    systemsPerDomain: 10,
    leavesPerSystem: 10,
    groups: 30,
    usersPerTeam: 1,
    assessments: 6,
    runs: 30,
    taskRuns: 2,
    loadSeconds: 5,
    writes: 300,
    browserColdRuns: 3,
    browserRuns: 10,
  },
};

function readSettings() {
  const sizeName = process.env.BENCH_SIZE || 'full';
  const size = SIZES[sizeName];
  if (!size) {
    throw new Error(
      `BENCH_SIZE must be one of ${Object.keys(SIZES).join(', ')}`,
    );
  }
  const databases = (process.env.BENCH_DATABASES || 'sqlite,postgres')
    .split(',')
    .map(d => d.trim())
    .filter(Boolean);
  for (const db of databases) {
    if (db !== 'sqlite' && db !== 'postgres') {
      throw new Error(`BENCH_DATABASES: unknown database "${db}"`);
    }
  }
  const workDir = path.resolve(
    process.env.BENCH_DIR ||
      path.join(os.tmpdir(), `agile-ops-bench-maturity-${sizeName}`),
  );
  const port = Number(process.env.BENCH_PORT || 7107);
  return {
    sizeName,
    size,
    databases,
    workDir,
    catalogDir: path.join(workDir, 'catalog'),
    sqliteDir: path.join(workDir, 'sqlite'),
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    reuseData: process.env.BENCH_REUSE_DATA === '1',
    browser: process.env.BENCH_BROWSER !== '0',
    chromium: process.env.AGILE_OPS_CHROMIUM || '/usr/bin/chromium',
    postgres: {
      host: process.env.POSTGRES_HOST || '127.0.0.1',
      port: Number(process.env.POSTGRES_PORT || 5432),
      user: process.env.POSTGRES_USER || 'postgres',
      password: process.env.POSTGRES_PASSWORD || '',
      // Own database names, so a benchmark never touches the databases of a portal someone
      // runs with `./portal start --postgres` (those use the default backstage_plugin_).
      prefix: 'bench_maturity_plugin_',
    },
  };
}

export const settings = readSettings();
