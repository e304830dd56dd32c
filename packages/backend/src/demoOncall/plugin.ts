import { OncallImportResult } from '@agile-ops/plugin-oncall-common';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { callPlugin, PluginCallDeps } from '../demoData/callPlugin';
import { createDemoDataPlugin, DemoDataDeps } from '../demoData/demoDataPlugin';
import {
  DemoOncall,
  demoOncallImport,
  demoOncallRefs,
  parseDemoOncall,
} from './demoOncall';

/**
 * The config key naming the demo's on-call data file (rotations and interrupts); relative
 * paths are resolved from the backend's working directory.
 */
export const DEMO_ONCALL_KEY = 'agileOpsDemo.oncallData';

const POLLS = 90;
const POLL_MS = 2_000;

const sleep = (ms: number) => new Promise(done => setTimeout(done, ms));

async function catalogHasAll(deps: PluginCallDeps, refs: string[]) {
  const { items } = await callPlugin(deps, 'catalog', '/entities/by-refs', {
    method: 'POST',
    body: JSON.stringify({ entityRefs: refs, fields: ['kind'] }),
  });
  return (items as unknown[]).every(Boolean);
}

async function loadOncall(deps: DemoDataDeps, demo: DemoOncall) {
  const refs = demoOncallRefs(demo);
  let failure: unknown = 'the catalog never had every group and person';
  for (let poll = 0; poll < POLLS; poll++) {
    try {
      // The catalog ingests the demo organisation after start, and the import refuses owners,
      // people and entities it does not know yet; group memberships may come a little later
      // still, so a refused import is tried again too.
      if (await catalogHasAll(deps, refs)) {
        const body = demoOncallImport(demo, new Date());
        const result: OncallImportResult = await callPlugin(
          deps,
          'oncall',
          '/import',
          { method: 'POST', body: JSON.stringify(body) },
        );
        deps.logger.info(
          `demo on-call data: ${result.rotations.imported} of ${demo.rotations.length} rotations and ${result.interrupts.imported} of ${demo.interrupts.length} interrupts imported (the rest were there already)`,
        );
        return;
      }
    } catch (error) {
      failure = error;
    }
    await sleep(POLL_MS);
  }
  throw failure;
}

/**
 * Demo only: on start, gives the demo teams their rotations and a few weeks of interrupts
 * from the file at {@link DEMO_ONCALL_KEY}, through the on-call plugin's import route, so the
 * portal shows people on duty from the first minute. Every start sends the same items, and
 * the import skips those stored before.
 */
export const demoOncallPlugin = createDemoDataPlugin({
  pluginId: 'demo-oncall',
  what: 'demo on-call data',
  prepare: async config => {
    const file = config.getOptionalString(DEMO_ONCALL_KEY);
    if (!file) return undefined;
    // Read at init, so a missing or malformed file stops the start with a clear error.
    const demo = parseDemoOncall(await readFile(resolve(file), 'utf8'));
    return deps => loadOncall(deps, demo);
  },
});
