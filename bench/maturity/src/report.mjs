// The one results table (markdown), and the facts about the machine it was measured on.

import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { REPO_ROOT } from './settings.mjs';

function duration(ms) {
  if (ms === undefined || Number.isNaN(ms)) return '';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

const met = value =>
  value === null || value === undefined ? '' : value ? 'yes' : '**no**';
const DB_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export function resultsTable(rows) {
  const lines = [
    '| measurement | database | p50 | p95 | throughput | samples | target | met? | backend CPU |',
    '| --- | --- | --: | --: | --: | --: | --- | --- | --: |',
  ];
  for (const r of rows) {
    const p50 =
      r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : duration(r.p50);
    lines.push(
      `| ${r.measurement} | ${DB_NAMES[r.db] ?? r.db} | ${p50} | ${duration(
        r.p95,
      )} | ${r.throughput ?? ''} | ${r.n ?? ''} | ${r.target ?? ''} | ${met(
        r.met,
      )} | ${
        r.backendCpu === undefined ? '' : `${r.backendCpu.toFixed(0)} %`
      } |`,
    );
  }
  return lines.join('\n');
}

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trimEnd();
  } catch {
    return 'unavailable';
  }
}

export function machine(versions) {
  return {
    date: run('date', ['-u']),
    cpus: `${os.cpus().length} × ${
      os.cpus()[0]?.model ?? 'unknown CPU'
    } (nproc ${run('nproc', [])})`,
    memory: run('free', ['-h']),
    node: process.version,
    postgres: versions.postgres,
    sqlite: versions.sqlite,
    kernel: `${os.type()} ${os.release()}`,
    // The product code measured: others change it while benchmarks run.
    commit: run('git', ['-C', REPO_ROOT, 'rev-parse', '--short', 'HEAD']),
    uncommitted:
      run('git', [
        '-C',
        REPO_ROOT,
        'diff',
        '--stat',
        'HEAD',
        '--',
        'plugins',
        'packages',
      ])
        .split('\n')
        .pop() || 'none',
  };
}

export function machineText(m) {
  return [
    `- date: ${m.date}`,
    `- CPU: ${m.cpus}`,
    `- kernel: ${m.kernel}`,
    `- code: commit ${m.commit}, uncommitted changes in plugins/ and packages/: ${m.uncommitted}`,
    `- Node: ${m.node}`,
    `- PostgreSQL: ${m.postgres}`,
    `- SQLite (better-sqlite3): ${m.sqlite}`,
    '- memory (`free -h`):',
    '',
    '```',
    m.memory,
    '```',
  ].join('\n');
}
