import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { collectConsoleErrors, screenshots, signInAsGuest } from './helpers';

// The guest, alex.morgan of team-payments, opens the home page and finds the three cards about
// their team: its maturity with what to reassess next, who is on call now, and its interrupt
// share in the running iteration.

test('the home page shows the guest’s team: maturity, on call now, interrupt share', async ({
  page,
}) => {
  await signInAsGuest(page);
  const maturity = page
    .getByRole('region', { name: /team-payments|Payments/ })
    .filter({ hasText: /assessed/ });
  // A portal that has just started may still be copying the catalog's hierarchy.
  await expect(async () => {
    await page.goto('/home');
    await expect(maturity).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 100_000 });
  const consoleErrors = collectConsoleErrors(page);
  await page.reload();

  await expect(page.getByText("My teams' maturity")).toBeVisible();
  await expect(maturity).toContainText(
    /Level (\d(\.\d)?|–) · \d+ of \d+ assessed \(\d+%\) · \d+ stale/,
  );
  // Nothing of the demo catalog is assessed yet in this portal: all of it is due.
  const due = maturity.getByRole('list', { name: /reassess next/ });
  await expect(due.getByText('never scored').first()).toBeVisible();

  await expect(page.getByText('On call now for my teams')).toBeVisible();
  const onDuty = page.getByRole('list', { name: /on duty now$/ }).first();
  await expect(onDuty).toContainText(/Person of the Week: \S+/);

  await expect(page.getByText("My teams' interrupt share")).toBeVisible();
  await expect(page.getByText(/^This iteration \(/).first()).toBeVisible();

  await page.screenshot({
    path: resolve(screenshots, 'home-page.png'),
    fullPage: true,
  });
  expect(consoleErrors).toEqual([]);

  // An entity due for assessment links to where it is assessed.
  await due.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/catalog\/default\/\w+\/[^/]+\/maturity$/);
  await expect(
    page.getByRole('table', { name: 'Vector scores' }),
  ).toBeVisible();
});
