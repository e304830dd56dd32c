// Where the import worker's code is and how Node must load it, in each place this plugin runs.

import { resolvePackagePath } from '@backstage/backend-plugin-api';

const PACKAGE = '@agile-ops/plugin-oncall-backend';

/** How to start the import worker. */
export interface WorkerLaunch {
  /** Absolute path of the module that exports `runImportWorker`. */
  readonly entry: string;
  /** Options of the worker's Node; undefined to inherit the process's. */
  readonly execArgv?: string[];
}

/** Code of the worker: it loads the entry and hands it its port and request. */
export const WORKER_BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
require(workerData.entry).runImportWorker(parentPort, workerData.request);
`;

const TRANSFORM = /nodeTransform\.cjs$/;

/** The TypeScript require hook the process already runs with, as `--require <path>`. */
function inheritedTransform(): string | undefined {
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = /^(?:--require|-r)=(.*)$/.exec(arg)?.[1];
    if (value && TRANSFORM.test(value)) return value;
    if ((arg === '--require' || arg === '-r') && TRANSFORM.test(argv[i + 1])) {
      return argv[i + 1];
    }
  }
  return undefined;
}

/**
 * How to start the worker from where this module was loaded.
 *
 * @remarks
 * Built (`backstage-cli package build`), this module is CommonJS and the worker is the
 * package entry point `./ical-worker`, built to `dist/ical-worker.cjs.js`; it is found from
 * the package's root, which the backend bundle keeps. From sources the worker is
 * `src/ical/importWorker.ts`, which Node can only load through Backstage's TypeScript require
 * hook: the dev backend (`backstage-cli repo start`) runs with it and the worker is given the
 * same; Jest does not (it transforms in its own module registry, which worker threads do not
 * share), so there the hook is taken from `@backstage/cli`, a development dependency.
 */
export function workerLaunch(): WorkerLaunch {
  if (!__filename.endsWith('.ts')) {
    return { entry: resolvePackagePath(PACKAGE, 'dist/ical-worker.cjs.js') };
  }
  const transform =
    inheritedTransform() ??
    require.resolve('@backstage/cli/config/nodeTransform.cjs');
  return {
    entry: resolvePackagePath(PACKAGE, 'src/ical/importWorker.ts'),
    execArgv: ['--require', transform],
  };
}
