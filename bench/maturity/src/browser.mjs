// The overview page (/maturity of plugins/maturity) in headless Chromium, served by the
// backend from the built app: cold and warm loads, a drill-down into a domain and the switch to
// owner groups. Each time is taken inside the page, from the page's own clock, and ends when the
// heat map first shows the rows the API says it should (see "Browser measurements" in the
// README).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { api } from './http.mjs';
import { log } from './log.mjs';
import { row } from './rows.mjs';
import { summarize } from './stats.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The heat map's default page size (MaturityOverview's `rowsPerPage`). */
const PAGE_SIZE = 25;
/** The fixed cells of a heat-map row before the vectors: level, coverage, stale. */
const FIXED_CELLS = 3;
const TIMEOUT_MS = 120_000;
const DOMAINS_LABEL = 'Domains by maturity vector';
const GROUPS_LABEL = 'Owner groups by maturity vector';
const ROLLUP_ROUTE = '/api/maturity/rollups/organization/default/all';
const VECTORS_ROUTE = '/api/maturity/vectors';

const sleep = ms => new Promise(r => setTimeout(r, ms));

/** Fails early, with what to do, when the browser is missing. */
export function checkChromium(settings) {
  try {
    fs.accessSync(settings.chromium, fs.constants.X_OK);
  } catch {
    throw new Error(
      `no Chromium at ${settings.chromium} for the browser measurements: install Debian's ` +
        `chromium package, point AGILE_OPS_CHROMIUM at a Chromium binary, or set ` +
        `BENCH_BROWSER=0 to measure the API alone`,
    );
  }
}

/**
 * Runs in every document before its own scripts (an init script): records each change of the
 * heat maps on the page, with the page's clock (milliseconds since the navigation started), and
 * the time of each click and Enter. The benchmark reads the records afterwards, so waiting for
 * them costs the page nothing and the time a check takes to come round does not count.
 */
function recordGrids() {
  const grids = [];
  const inputs = [];
  // Resource timings for the breakdown; the app loads more than the default 250 files.
  performance.setResourceTimingBufferSize(5000);
  let last = '';
  const record = () => {
    const state = [];
    for (const grid of document.querySelectorAll('[role="grid"]')) {
      const names = [];
      let cells = 0;
      let valued = 0;
      for (const tr of grid.querySelectorAll('tbody tr')) {
        const header = tr.querySelector('[role="rowheader"]');
        if (!header) continue;
        names.push(header.textContent.trim());
        if (names.length === 1) {
          const gridcells = [...tr.querySelectorAll('[role="gridcell"]')];
          cells = gridcells.length;
          // The vector cells (after level, coverage, stale) that show a value, not "–".
          valued = gridcells
            .slice(3)
            .filter(c => !/^\s*–/.test(c.textContent)).length;
        }
      }
      state.push({
        label: grid.getAttribute('aria-label'),
        names,
        cells,
        valued,
      });
    }
    const key = JSON.stringify(state);
    if (key !== last) {
      last = key;
      grids.push({ at: performance.now(), state });
    }
  };
  new MutationObserver(record).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-label'],
  });
  addEventListener('click', () => inputs.push(performance.now()), true);
  addEventListener(
    'keydown',
    event => event.key === 'Enter' && inputs.push(performance.now()),
    true,
  );
  window.__benchGrids = { grids, inputs };
}

/** Where the time of a load went: navigation and resource timing of the document. */
function loadBreakdown([rollupRoute, vectorsRoute]) {
  const [nav] = performance.getEntriesByType('navigation');
  const resources = performance.getEntriesByType('resource');
  const lastOf = route => {
    const hits = resources.filter(r => new URL(r.name).pathname === route);
    const hit = hits[hits.length - 1];
    return hit && { start: hit.startTime, end: hit.responseEnd };
  };
  const scripts = resources.filter(r => r.initiatorType === 'script');
  return {
    html: nav?.responseEnd,
    domContentLoaded: nav?.domContentLoadedEventEnd,
    scriptsLoaded: Math.max(0, ...scripts.map(r => r.responseEnd)),
    signIn: lastOf('/api/auth/guest/refresh'),
    vectors: lastOf(vectorsRoute),
    rollup: lastOf(rollupRoute),
    files: resources.length + 1,
    transferred:
      (nav?.transferSize ?? 0) +
      resources.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
  };
}

const ms = value => (value === undefined ? '?' : `${value.toFixed(0)} ms`);
const span = s => (s ? `${ms(s.start)}–${ms(s.end)}` : 'not requested');

function describeLoad(name, { ready, breakdown: b }) {
  return `${name}: grid ready at ${ms(ready)} (HTML ${ms(b.html)}, scripts ${ms(
    b.scriptsLoaded,
  )}, DOMContentLoaded ${ms(b.domContentLoaded)}, guest sign-in ${span(
    b.signIn,
  )}, vectors ${span(b.vectors)}, roll-up ${span(b.rollup)}; ${
    b.files
  } files, ${(b.transferred / 1e6).toFixed(2)} MB over the network)`;
}

/** The name the overview shows for a scope (scopeName of plugins/maturity). */
function scopeName(rollup) {
  if (rollup.scope.title) return rollup.scope.title;
  const match = /^[^:]+:(?:([^/]+)\/)?(.+)$/.exec(rollup.scope.entityRef);
  if (!match) return rollup.scope.entityRef;
  const [, namespace, name] = match;
  return namespace && namespace !== 'default' ? `${namespace}/${name}` : name;
}

/**
 * What a heat map must show to count as loaded: its label, the first page of rows (all of them
 * scopes of the expected set; the previous level stays on screen, under the new label, while the
 * next loads) and every cell of the first row, optionally with at least one value.
 */
function expectation(label, scopes, vectors, { values = true } = {}) {
  const names = new Set(scopes.map(scopeName));
  return {
    label,
    rows: Math.min(PAGE_SIZE, names.size),
    names,
    cells: FIXED_CELLS + vectors,
    values,
  };
}

const matches = (grid, want) =>
  grid.label === want.label &&
  grid.names.length === want.rows &&
  grid.names.every(name => want.names.has(name)) &&
  grid.cells === want.cells &&
  (!want.values || grid.valued > 0);

/**
 * Waits until the page's records show the expected heat map at or after `since` (page clock);
 * returns that moment and the grid as recorded.
 */
async function gridReady(page, want, since = 0) {
  const deadline = Date.now() + TIMEOUT_MS;
  let seen = 0;
  let latest;
  for (;;) {
    const records = await page.evaluate(
      from => window.__benchGrids?.grids.slice(from) ?? [],
      seen,
    );
    seen += records.length;
    for (const record of records) {
      latest = record;
      if (record.at < since) continue;
      const grid = record.state.find(g => matches(g, want));
      if (grid) return { at: record.at, grid };
    }
    if (Date.now() > deadline) {
      throw new Error(
        `"${want.label}" with ${want.rows} rows did not appear within ${
          TIMEOUT_MS / 1000
        } s; last seen: ${JSON.stringify(latest?.state ?? [])}`,
      );
    }
    await sleep(20);
  }
}

/** The page clock's time of the latest click or Enter. */
async function lastInput(page) {
  const at = await page.evaluate(() => window.__benchGrids.inputs.at(-1));
  if (at === undefined) throw new Error('the click did not reach the page');
  return at;
}

/** Checks the rendered grid the way a test would, through the accessibility tree. */
async function checkGrid(page, want) {
  const grid = page.getByRole('grid', { name: want.label, exact: true });
  const rows = await grid.getByRole('rowheader').count();
  if (rows !== want.rows) {
    throw new Error(`"${want.label}": ${rows} rows, expected ${want.rows}`);
  }
  return grid;
}

/** Console errors, uncaught exceptions and failed requests of a page, into `problems`. */
function watchProblems(page, problems) {
  page.on('console', message => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('response', response => {
    if (response.status() >= 400) {
      problems.push(
        `HTTP ${response.status()}: ${response
          .request()
          .method()} ${response.url()}`,
      );
    }
  });
  page.on('requestfailed', request => {
    const failure = request.failure()?.errorText ?? 'failed';
    // Requests cut off by the next navigation (e.g. the signals event stream) are expected.
    if (failure !== 'net::ERR_ABORTED') {
      problems.push(`request failed (${failure}): ${request.url()}`);
    }
  });
}

async function newPage(browser, settings, problems, storageState) {
  const context = await browser.newContext({
    baseURL: settings.baseUrl,
    viewport: { width: 1600, height: 1000 },
    storageState,
  });
  await context.addInitScript(recordGrids);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  watchProblems(page, problems);
  return { context, page };
}

/** Guest sign-in as a person does it: the sign-in page, "Enter", the catalog. */
async function signIn(page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await page
    .getByRole('heading', { name: /Catalog$/ })
    .first()
    .waitFor();
}

/** One full load of /maturity (a navigation): ready time on the page clock and breakdown. */
async function loadOverview(page, domains) {
  await page.goto('/maturity', { waitUntil: 'commit' });
  const { at } = await gridReady(page, domains);
  await checkGrid(page, domains);
  const breakdown = await page.evaluate(loadBreakdown, [
    ROLLUP_ROUTE,
    VECTORS_ROUTE,
  ]);
  return { ready: at, breakdown };
}

/** Backend CPU (100 % = one core) over what `fn` does. */
async function withCpu(backend, fn) {
  const cpu = backend.cpuSeconds();
  const started = Date.now();
  const value = await fn();
  const backendCpu =
    (100 * (backend.cpuSeconds() - cpu)) / ((Date.now() - started) / 1000);
  return { value, backendCpu };
}

/** What the API says the overview will show, for the expectations. */
async function expectedScopes(ctx) {
  const { settings, token } = ctx;
  const { vectors } = await api(settings, token, VECTORS_ROUTE);
  const organisation = await api(settings, token, ROLLUP_ROUTE);
  const groups = [];
  let cursor;
  do {
    const query = new URLSearchParams({ scope: 'group', limit: '1000' });
    if (cursor) query.set('cursor', cursor);
    const page = await api(settings, token, `/api/maturity/rollups?${query}`);
    groups.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return { vectors: vectors.length, domains: organisation.children, groups };
}

/**
 * The browser step: sign in, cold loads in fresh contexts, warm loads, drill-downs and switches
 * to owner groups; rows for the results table.
 */
export async function browserOverview(ctx) {
  const { settings, db, backend, size } = ctx;
  const expected = await expectedScopes(ctx);
  if (!expected.domains?.length) {
    throw new Error('browser: the organisation roll-up has no domains');
  }
  const domains = expectation(
    DOMAINS_LABEL,
    expected.domains,
    expected.vectors,
  );
  const groups = expectation(GROUPS_LABEL, expected.groups, expected.vectors, {
    values: false,
  });
  const problems = [];
  // Chromium competes with everything else on the machine: say how busy it was.
  log(
    `${db}: browser: load average ${os
      .loadavg()
      .map(l => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} CPUs before the browser starts`,
  );
  const browser = await chromium.launch({
    executablePath: settings.chromium,
    args: CHROMIUM_ARGS,
  });
  let page;
  try {
    const main = await newPage(browser, settings, problems);
    page = main.page;
    await signIn(page);
    const storageState = await main.context.storageState();

    // (a) Cold: a fresh context each time (empty HTTP and code cache), signed in as before.
    const cold = await withCpu(backend, async () => {
      const loads = [];
      for (let i = 0; i < size.browserColdRuns; i++) {
        const fresh = await newPage(browser, settings, problems, storageState);
        page = fresh.page;
        try {
          const load = await loadOverview(fresh.page, domains);
          log(`${db}:   ${describeLoad(`cold load ${i + 1}`, load)}`);
          loads.push(load);
        } finally {
          page = main.page;
          await fresh.context.close();
        }
      }
      return loads;
    });

    // (b) Warm: the signed-in page loads /maturity again and again (a full navigation each
    // time, with the files in the HTTP cache). The first is unrecorded.
    const warm = await withCpu(backend, async () => {
      await loadOverview(page, domains);
      const loads = [];
      for (let i = 0; i < size.browserRuns; i++) {
        loads.push(await loadOverview(page, domains));
      }
      return loads;
    });
    const warmStats = summarize(warm.value.map(l => l.ready));
    const median = warm.value.find(l => l.ready === warmStats.p50);
    log(`${db}:   ${describeLoad('warm load, the median', median)}`);

    // (c) Drill-down: click a domain's name, wait for its systems; back to all domains.
    const firstPage = (await gridReady(page, domains)).grid.names;
    const byName = new Map(expected.domains.map(d => [scopeName(d), d]));
    const drill = await withCpu(backend, async () => {
      const samples = [];
      const childCounts = [];
      for (let i = -1; i < size.browserRuns; i++) {
        const name = firstPage[(i + 1) % firstPage.length];
        const domain = await api(
          settings,
          ctx.token,
          `/api/maturity/rollups/${byName
            .get(name)
            .scope.entityRef.replace(':', '/')}`,
        );
        const inside = expectation(
          `Inside ${name} by maturity vector`,
          domain.children ?? [],
          expected.vectors,
        );
        const grid = page.getByRole('grid', { name: DOMAINS_LABEL });
        await grid.getByRole('button', { name, exact: true }).click();
        const clicked = await lastInput(page);
        const { at } = await gridReady(page, inside, clicked);
        await checkGrid(page, inside);
        if (i >= 0) {
          samples.push(at - clicked);
          childCounts.push(domain.children.length);
        }
        await page
          .getByRole('navigation', { name: 'Drill-down' })
          .getByRole('button', { name: 'All domains' })
          .click();
        await gridReady(page, domains, await lastInput(page));
      }
      return { samples, childCounts };
    });

    // (d) The switch to owner groups, and back to domains (not timed).
    const switchGroups = await withCpu(backend, async () => {
      const samples = [];
      for (let i = -1; i < size.browserRuns; i++) {
        await page.getByRole('button', { name: 'Owner groups' }).click();
        const clicked = await lastInput(page);
        const { at } = await gridReady(page, groups, clicked);
        await checkGrid(page, groups);
        if (i >= 0) samples.push(at - clicked);
        await page.getByRole('button', { name: 'Domains and systems' }).click();
        await gridReady(page, domains, await lastInput(page));
      }
      return samples;
    });

    await page.screenshot({
      path: path.join(settings.workDir, `overview-${db}.png`),
      fullPage: true,
    });

    for (const problem of problems) log(`${db}:   browser: ${problem}`);
    const shownDomains = `${domains.rows} of ${domains.names.size} domains`;
    const systems = drill.value.childCounts;
    const systemsText =
      Math.min(...systems) === Math.max(...systems)
        ? `${systems[0]}`
        : `${Math.min(...systems)}–${Math.max(...systems)}`;
    const coldStats = summarize(cold.value.map(l => l.ready));
    // How much of a load is the overview's own: from its first request to the rendered grid
    // (the rest is the app starting and the guest sign-in).
    const overviewPart = (name, loads) => {
      const own = loads.value
        .filter(l => l.breakdown.vectors)
        .map(l => l.ready - l.breakdown.vectors.start);
      return own.length
        ? [
            row(
              `browser: ${name} load, from the first maturity request to the grid`,
              db,
              summarize(own),
              { target: '(info)', met: null, backendCpu: loads.backendCpu },
            ),
          ]
        : [];
    };
    return [
      row(
        `browser: /maturity cold load, fresh context (${shownDomains})`,
        db,
        coldStats,
        {
          target: 'p50 < 2 s',
          met: coldStats.p50 < 2000,
          backendCpu: cold.backendCpu,
        },
      ),
      ...overviewPart('cold', cold),
      row(`browser: /maturity warm load (${shownDomains})`, db, warmStats, {
        target: 'p50 < 2 s',
        met: warmStats.p50 < 2000,
        backendCpu: warm.backendCpu,
      }),
      ...overviewPart('warm', warm),
      row(
        `browser: click a domain → its ${systemsText} systems`,
        db,
        summarize(drill.value.samples),
        { target: '(info)', met: null, backendCpu: drill.backendCpu },
      ),
      row(
        `browser: switch to owner groups (${groups.rows} of ${groups.names.size})`,
        db,
        summarize(switchGroups.value),
        { target: '(info)', met: null, backendCpu: switchGroups.backendCpu },
      ),
      {
        measurement: 'browser: console errors, failed requests',
        db,
        throughput: `${problems.length} found`,
        target: 'none',
        met: problems.length === 0,
        problems,
      },
    ];
  } catch (error) {
    if (page) {
      const shot = path.join(settings.workDir, `browser-failure-${db}.png`);
      await page
        .screenshot({ path: shot, fullPage: true })
        .then(() => log(`${db}: browser: screenshot of the failure: ${shot}`))
        .catch(() => {});
    }
    for (const problem of problems) log(`${db}:   browser: ${problem}`);
    throw error;
  } finally {
    await browser.close();
  }
}
