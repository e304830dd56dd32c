import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const baseURL = process.env.PORTAL_URL ?? 'http://localhost:7007';

/**
 * Browser tests against the running portal: the backend serves the built app (`yarn workspace
 * app build` first) on :7007 with an in-memory database. Set PORTAL_URL to test a portal that is
 * already running, e.g. http://localhost:3000 after `./portal start`.
 */
export default defineConfig({
  testDir: __dirname,
  testMatch: '*.spec.ts',
  // The demo's journey needs a portal of its own (demo/playwright.config.ts).
  testIgnore: 'demo/**',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  outputDir: resolve(root, 'test-results/e2e'),
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright cannot download a browser of its own here.
      executablePath: process.env.AGILE_OPS_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: process.env.PORTAL_URL
    ? undefined
    : {
        command: [
          'yarn workspace backend start',
          `--config ${resolve(root, 'app-config.yaml')}`,
          `--config ${resolve(__dirname, 'app-config.e2e.yaml')}`,
        ].join(' '),
        cwd: root,
        url: `${baseURL}/.backstage/health/v1/readiness`,
        reuseExistingServer: !process.env.CI,
        timeout: 240_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
