import { APIRequestContext, expect, Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the end-to-end run leaves its screenshots. */
export const screenshots = resolve(__dirname, '../../test-results/screenshots');
mkdirSync(screenshots, { recursive: true });

/** Collects the page's console errors and uncaught exceptions into the returned list. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', msg => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', err => errors.push(err.message));
  return errors;
}

/** Signs in with the guest provider (the demo user alex.morgan of team-payments). */
export async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  // The catalog is the landing page; its title carries the organisation's name.
  await expect(
    page.getByRole('heading', { name: 'Quillwind Travel Catalog' }),
  ).toBeVisible();
}

/** Switches the app theme through the user settings page. */
export async function useTheme(page: Page, theme: 'Light' | 'Dark') {
  await page.goto('/settings');
  await page.getByRole('button', { name: new RegExp(`^${theme}`) }).click();
}

/** Authorization headers of the demo guest (alex.morgan of team-payments), for API calls. */
export async function guestHeaders(request: APIRequestContext) {
  const res = await request.get('/api/auth/guest/refresh');
  expect(res.ok()).toBe(true);
  const token = (await res.json()).backstageIdentity.token as string;
  return { Authorization: `Bearer ${token}` };
}

/**
 * Waits until the demo's on-call data is in. The portal imports it shortly after it starts,
 * once the catalog has the demo teams (`packages/backend/src/demoOncall`), all of it in one
 * transaction: once one demo rotation answers, every demo rotation and interrupt is there.
 */
export async function waitForOncallDemo(request: APIRequestContext) {
  const headers = await guestHeaders(request);
  await expect
    .poll(
      async () =>
        (
          await request.get('/api/oncall/rotations/demo-payments-potw', {
            headers,
          })
        ).status(),
      { message: 'the on-call demo data is imported', timeout: 120_000 },
    )
    .toBe(200);
}

/** The heat-map cell of one scope and vector on /maturity, found by the label every cell carries. */
export function heatCell(page: Page, scope: string, vector: string): Locator {
  return page
    .getByRole('grid')
    .getByRole('gridcell', { name: new RegExp(`^${scope}, ${vector}:`) });
}

/** "n of m scored" out of a heat-map cell label; 0 for a cell with no score. */
export async function assessedCount(cell: Locator): Promise<number> {
  const label = (await cell.getAttribute('aria-label')) ?? '';
  return Number(/(\d+) of \d+ scored/.exec(label)?.[1] ?? 0);
}
