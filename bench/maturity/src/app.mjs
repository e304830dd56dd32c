// The built frontend (packages/app/dist) that the backend's app-backend plugin serves: the
// browser measurements need it, built from the sources as they are now. Rebuilt when missing or
// older than any of its inputs.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './settings.mjs';
import { log } from './log.mjs';

export const APP_DIR = path.join(REPO_ROOT, 'packages/app');
const APP_INDEX = path.join(APP_DIR, 'dist/index.html');
const SKIP_DIRS = new Set(['node_modules', 'dist', 'dist-types', 'coverage']);
// Tests and their helpers (`__tests__`, `__testUtils__`, …) are not bundled: editing one does
// not make the build stale.
const NOT_BUNDLED = /(\.(test|spec)\.[cm]?[jt]sx?|^setupTests\.[jt]s)$/;

const readJson = file => JSON.parse(fs.readFileSync(file, 'utf8'));

/** Workspace package name → its folder, from the root package.json's `workspaces` globs. */
function workspaces() {
  const byName = new Map();
  for (const pattern of readJson(path.join(REPO_ROOT, 'package.json'))
    .workspaces) {
    // Only the `folder/*` form is used in this repository.
    const parent = path.join(REPO_ROOT, pattern.replace(/\/\*$/, ''));
    const dirs = pattern.endsWith('/*')
      ? fs
          .readdirSync(parent, { withFileTypes: true })
          .filter(d => d.isDirectory())
          .map(d => path.join(parent, d.name))
      : [parent];
    for (const dir of dirs) {
      const file = path.join(dir, 'package.json');
      if (fs.existsSync(file)) byName.set(readJson(file).name, dir);
    }
  }
  return byName;
}

/** The app's folder and those of the workspace packages it bundles, transitively. */
function appPackageDirs() {
  const byName = workspaces();
  const dirs = new Set();
  const visit = dir => {
    if (dirs.has(dir)) return;
    dirs.add(dir);
    const pkg = readJson(path.join(dir, 'package.json'));
    for (const name of Object.keys({
      ...pkg.dependencies,
      ...pkg.peerDependencies,
    })) {
      if (byName.has(name)) visit(byName.get(name));
    }
  };
  visit(APP_DIR);
  return [...dirs];
}

/** The newest file under `target` (a file or folder): [mtime in ms, path]. */
function newest(target, best = [0, '']) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return best;
  }
  if (!stat.isDirectory()) {
    if (NOT_BUNDLED.test(path.basename(target))) return best;
    return stat.mtimeMs > best[0] ? [stat.mtimeMs, target] : best;
  }
  let result = best;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (
      entry.isDirectory() &&
      (SKIP_DIRS.has(entry.name) || /^__.*__$/.test(entry.name))
    ) {
      continue;
    }
    result = newest(path.join(target, entry.name), result);
  }
  return result;
}

/** Why the build is missing or stale, or null when it is up to date. */
export function appBuildStaleness() {
  let built;
  try {
    built = fs.statSync(APP_INDEX).mtimeMs;
  } catch {
    return 'packages/app/dist is missing';
  }
  let input = newest(path.join(REPO_ROOT, 'yarn.lock'));
  for (const dir of appPackageDirs()) {
    input = newest(path.join(dir, 'package.json'), input);
    input = newest(path.join(dir, 'src'), input);
    input = newest(path.join(dir, 'public'), input);
  }
  const [mtime, file] = input;
  return mtime > built
    ? `${path.relative(REPO_ROOT, file)} is newer than packages/app/dist`
    : null;
}

/**
 * Processes building the app right now, e.g. for an e2e run: `backstage-cli package build`
 * working in packages/app (Linux /proc; none found elsewhere).
 */
function runningAppBuilds() {
  const pids = [];
  let entries = [];
  try {
    entries = fs.readdirSync('/proc').filter(name => /^\d+$/.test(name));
  } catch {
    return pids;
  }
  for (const pid of entries) {
    try {
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      const cli = args.findIndex(a => a.endsWith('backstage-cli'));
      if (
        cli >= 0 &&
        args[cli + 1] === 'package' &&
        args[cli + 2] === 'build' &&
        fs.readlinkSync(`/proc/${pid}/cwd`) === APP_DIR
      ) {
        pids.push(Number(pid));
      }
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

/** Waits until nobody else is building the app: two builds into one dist/ spoil each other. */
async function waitForOtherBuilds() {
  let said = false;
  for (;;) {
    const pids = runningAppBuilds();
    if (pids.length === 0) return said;
    if (!said) {
      log(
        `frontend: another build of the app is running (pid ${pids.join(
          ', ',
        )}): waiting for it`,
      );
      said = true;
    }
    await new Promise(r => setTimeout(r, 2000));
  }
}

function build(logFile) {
  const out = fs.openSync(logFile, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn('yarn', ['workspace', 'app', 'build'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', out, out],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? signal));
  }).finally(() => fs.closeSync(out));
}

/**
 * Builds the app (`yarn workspace app build`) when its build is missing or stale, after any
 * build of it already running; fails with the end of the build's output otherwise. The output
 * goes to `app-build.log` in the work folder.
 */
export async function ensureAppBuild(settings) {
  await waitForOtherBuilds();
  const reason = appBuildStaleness();
  if (!reason) {
    log('frontend: packages/app/dist is up to date');
    return;
  }
  const logFile = path.join(settings.workDir, 'app-build.log');
  log(
    `frontend: ${reason}: building it (yarn workspace app build, 30 s to 2 minutes; log ${logFile})`,
  );
  const started = Date.now();
  const code = await build(logFile);
  if (code === 0 && fs.existsSync(APP_INDEX)) {
    log(`frontend: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return;
  }
  // Someone else's build may have stopped ours (or run alongside it): theirs will do if it
  // finished after ours and left a fresh one.
  const ended = Date.now();
  await waitForOtherBuilds();
  if (!appBuildStaleness() && fs.statSync(APP_INDEX).mtimeMs > ended) {
    log(
      `frontend: our build failed (${code}), but another one has just finished`,
    );
    return;
  }
  const output = fs.readFileSync(logFile, 'utf8').trim();
  const how =
    typeof code === 'number' && code > 128
      ? `was stopped by signal ${code - 128}`
      : `exited with ${code}`;
  throw new Error(
    `the frontend build failed (yarn workspace app build ${how}); the browser measurements ` +
      `need packages/app/dist. Fix the build, or set BENCH_BROWSER=0 to measure the API ` +
      `alone. ${
        output
          ? `End of ${logFile}:\n${output.split('\n').slice(-30).join('\n')}`
          : `It wrote nothing to ${logFile}.`
      }`,
  );
}
