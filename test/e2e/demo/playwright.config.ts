import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import portal from '../playwright.config';

const root = resolve(__dirname, '../../..');

/**
 * The demo's first minutes: the same browser setup as the other browser tests, against a fresh
 * portal started as `./portal start` starts it, with `app-config.demo.yaml` and its history
 * import (still in memory, so every run starts from nothing).
 */
export default defineConfig({
  ...portal,
  testDir: __dirname,
  testIgnore: [],
  outputDir: resolve(root, 'test-results/e2e-demo'),
  webServer: portal.webServer && {
    ...portal.webServer,
    command: [
      'yarn workspace backend start',
      `--config ${resolve(root, 'app-config.yaml')}`,
      `--config ${resolve(root, 'app-config.demo.yaml')}`,
      `--config ${resolve(__dirname, '../app-config.e2e.yaml')}`,
    ].join(' '),
  },
});
