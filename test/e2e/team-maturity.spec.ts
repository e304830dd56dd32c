import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { collectConsoleErrors, screenshots, signInAsGuest } from './helpers';

// A member of team-payments opens the team's page and sees its maturity: the roll-up of what
// the team and its sub-groups own, and where to start improving.

const teamPage = '/catalog/default/group/team-payments';

test('the team page shows the team’s maturity card', async ({ page }) => {
  await signInAsGuest(page);

  // A portal that has just started may still be copying the catalog's hierarchy.
  const summary = page.getByText(
    /^\d+ of \d+ entities assessed \(\d+%\), \d+ with stale scores$/,
  );
  await expect(async () => {
    await page.goto(teamPage);
    await expect(page.getByText('Team maturity')).toBeVisible({
      timeout: 5_000,
    });
    await expect(summary).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 100_000 });
  // The roll-up answers 404 until the first sync has the team; from then on a load is clean.
  const consoleErrors = collectConsoleErrors(page);
  await page.reload();
  await expect(summary).toBeVisible();
  await expect(page.getByText(/^Level (\d(\.\d)?|–)$/)).toBeVisible();

  await page.screenshot({
    path: resolve(screenshots, 'team-maturity-card.png'),
    fullPage: true,
  });
  expect(consoleErrors).toEqual([]);
});
