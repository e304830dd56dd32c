// `yarn bench:maturity`: generate, then for each database start the backend, wait for the
// catalog, measure, stop; print one table. BENCH_SIZE=smoke for a quick end-to-end check.

import fs from 'node:fs';
import path from 'node:path';
import { ensureAppBuild } from './app.mjs';
import { startBackend, waitForCatalog } from './backend.mjs';
import { checkChromium } from './browser.mjs';
import { databaseVersions } from './database.mjs';
import { generate } from './generate.mjs';
import { log } from './log.mjs';
import { measureAll } from './measure.mjs';
import { waitForIdleTasks } from './tasks.mjs';
import { buildOrganisation, catalogCounts } from './organisation.mjs';
import { machine, machineText, resultsTable } from './report.mjs';
import { settings } from './settings.mjs';
import { guestToken } from './http.mjs';

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function measureDatabase(db, org, catalogIndex) {
  const backend = await startBackend(db, settings, catalogIndex);
  try {
    const ingestMs = await waitForCatalog(
      settings,
      catalogCounts(org),
      backend,
    );
    // The scheduled first runs (sync after 10 s, snapshot after 1 min) must not overlap the
    // measurements.
    const sinceStart = Date.now() - backend.startedAt;
    if (sinceStart < 75_000) await sleep(75_000 - sinceStart);
    await waitForIdleTasks({ settings, token: await guestToken(settings) });
    const rows = await measureAll({
      settings,
      db,
      org,
      size: settings.size,
      backend,
    });
    return [
      {
        measurement: `catalog ingestion of ${Object.values(catalogCounts(org))
          .reduce((a, b) => a + b, 0)
          .toLocaleString('en-US')} entities`,
        db,
        p50: ingestMs,
        target: '(info)',
        met: null,
      },
      ...rows,
    ];
  } finally {
    await backend.stop();
    log(`${db}: backend stopped`);
  }
}

async function main() {
  fs.mkdirSync(settings.workDir, { recursive: true });
  log(
    `size ${settings.sizeName}, databases ${settings.databases.join(
      ', ',
    )}, files in ${settings.workDir}`,
  );
  if (settings.browser) {
    // The browser measurements need Chromium and the built app; fail before the long part.
    checkChromium(settings);
    await ensureAppBuild(settings);
  } else {
    log('BENCH_BROWSER=0: no browser measurements');
  }
  const versions = await databaseVersions(settings);
  const env = machine(versions);
  let org;
  if (settings.reuseData) {
    org = buildOrganisation(settings.size);
    log('BENCH_REUSE_DATA=1: measuring the data generated before');
  } else {
    ({ org } = await generate(settings));
  }
  const catalogIndex = path.join(settings.catalogDir, 'all.yaml');

  const rows = [];
  let failed = false;
  for (const db of settings.databases) {
    try {
      rows.push(...(await measureDatabase(db, org, catalogIndex)));
    } catch (error) {
      failed = true;
      log(`${db}: failed: ${error.stack ?? error}`);
      rows.push({
        measurement: `failed: ${String(error.message).split('\n')[0]}`,
        db,
      });
    }
  }

  const table = resultsTable(rows);
  const report = [
    `## Maturity benchmark, size ${settings.sizeName}`,
    '',
    machineText(env),
    '',
    `Organisation: ${org.domains.length} domains, ${org.systems.length} systems, ${org.leaves.length} components and resources, ${org.groups.length} groups, ${org.users.length} users, ${settings.size.assessments} assessments of 15 vectors per component and resource.`,
    '',
    table,
    '',
  ].join('\n');
  const out = path.join(settings.workDir, `results-${settings.sizeName}`);
  fs.writeFileSync(`${out}.md`, report);
  fs.writeFileSync(`${out}.json`, JSON.stringify({ env, rows }, null, 2));
  process.stdout.write(`\n${report}\n`);
  log(`results also in ${out}.md and ${out}.json`);
  if (failed) process.exitCode = 1;
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
