import { expect, Page, test } from '@playwright/test';
import { resolve } from 'node:path';
import {
  assessedCount,
  collectConsoleErrors,
  heatCell,
  screenshots,
  signInAsGuest,
  useTheme,
} from './helpers';

// A developer of team-payments assesses the ledger service through the dialog and sees the
// result in the card, the tab's history and the architects' heat map. Runs in one page so the
// steps build on each other, like a person clicking through the portal.

const component = '/catalog/default/component/ledger-service';

const SCORES: Record<string, string> = {
  Supportability: '3',
  Operability: '3',
  Recoverability: '1',
  Documentation: '4',
  Architecture: '3',
  Currency: '3',
  Usability: '3',
  Deployability: '3',
  Stability: '3',
  Community: '3',
};

/** The confirmation appears, then goes away by itself (and out of the screenshots). */
async function expectSavedToast(page: Page, vectors: number) {
  const toast = page.getByText(`Assessment saved: ${vectors} vector(s) scored`);
  await expect(toast).toBeVisible();
  await expect(toast).toBeHidden({ timeout: 20_000 });
}

test('assess a component through the dialog and see card, history and heat map change', async ({
  page,
}) => {
  // One long journey through three views, twice (light and dark).
  test.setTimeout(300_000);
  const consoleErrors = collectConsoleErrors(page);
  await signInAsGuest(page);

  // The architects' view before: how many Payments entities have a documentation score.
  // A portal that has just started may still be copying the catalog's hierarchy (it syncs again
  // until nothing changes), so reload until the Payments domain is there.
  const paymentsDocs = heatCell(page, 'Payments', 'Documentation');
  await expect(async () => {
    await page.goto('/maturity');
    await expect(paymentsDocs).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 100_000 });
  const before = await assessedCount(paymentsDocs);

  // The card of an unassessed component invites an assessment.
  await page.goto(component);
  const card = page.getByRole('region', { name: 'Maturity card' });
  await expect(card.getByText('Not assessed yet')).toBeVisible();
  await card.getByRole('button', { name: 'Assess now' }).click();

  const dialog = page.getByRole('dialog', {
    name: /Assess component:default\/ledger-service/,
  });
  await expect(dialog).toBeVisible();
  // Nothing scored: the dialog says so instead of sending an empty assessment.
  await dialog.getByRole('button', { name: 'Save assessment' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Score at least one vector',
  );
  // A rationale without a score is caught before submit too.
  await dialog.getByLabel('Maturity rationale').fill('no score given');
  await dialog.getByRole('button', { name: 'Save assessment' }).click();
  await expect(
    dialog.getByText('Pick a score for this rationale, or clear it'),
  ).toBeVisible();
  await dialog.getByLabel('Maturity rationale').fill('');

  for (const [vector, score] of Object.entries(SCORES)) {
    await dialog.getByLabel(`${vector} score`).selectOption(score);
  }
  await dialog
    .getByLabel('Documentation rationale')
    .fill('Runbook and ADRs are current');
  await dialog.getByLabel('Comment').fill('First review of the ledger service');
  await dialog.getByRole('button', { name: 'Save assessment' }).click();
  await expect(dialog).toBeHidden();
  await expectSavedToast(page, 10);

  // 10 of 15 vectors scored (coverage 0.67 ≥ 0.6): mean (8×3 + 1 + 4) / 10 = 2.9 → level 2.
  await expect(card.getByText('Level 2 · Manual')).toBeVisible();
  await expect(
    card.getByRole('group', { name: 'Pulling the level down' }),
  ).toContainText('Recoverability (1)');
  await expect(
    card.getByRole('group', { name: 'Not scored yet' }),
  ).toContainText('Happiness');
  await card.screenshot({
    path: resolve(screenshots, 'maturity-card-light.png'),
  });

  // The tab: the table shows the scores, a second assessment shows in the history at once.
  await card
    .getByRole('link', { name: 'Scores, history and assessments' })
    .click();
  const table = page.getByRole('table', { name: 'Vector scores' });
  await expect(table.getByLabel('Documentation: 4 of 5')).toBeVisible();
  await expect(table.getByText('Runbook and ADRs are current')).toBeVisible();
  await page.getByRole('button', { name: 'Assess', exact: true }).click();
  const again = page.getByRole('dialog');
  await again.getByLabel('Documentation score').selectOption('5');
  await again.getByLabel('Recoverability score').selectOption('3');
  await again.getByRole('button', { name: 'Save assessment' }).click();
  await expect(again).toBeHidden();
  await expectSavedToast(page, 2);
  await expect(table.getByLabel('Documentation: 5 of 5')).toBeVisible();
  // (8×3 + 3 + 5) / 10 = 3.2 → level 3, and the level line now has two steps.
  await expect(page.getByText('Level 3 · Serviceable')).toBeVisible();
  await page.getByLabel('Series').selectOption('documentation');
  await expect(
    page.getByRole('img', {
      name: /^Documentation over time: 2 recorded change\(s\) in range, now 5$/,
    }),
  ).toBeVisible();
  await page.screenshot({
    path: resolve(screenshots, 'maturity-tab-light.png'),
    fullPage: true,
  });

  // The heat map: one more Payments entity has a documentation score.
  await page.goto('/maturity');
  await expect
    .poll(() => assessedCount(heatCell(page, 'Payments', 'Documentation')))
    .toBe(before + 1);
  await page.screenshot({
    path: resolve(screenshots, 'maturity-overview-light.png'),
    fullPage: true,
  });

  // Keyboard drill-down: Enter on the focused Payments row opens its systems, then Billing
  // Ledger's entities, where the ledger service shows its own score.
  await heatCell(page, 'Payments', 'Documentation').focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('grid', { name: 'Inside Payments by maturity vector' }),
  ).toBeVisible();
  await heatCell(page, 'Billing Ledger', 'Documentation').focus();
  await page.keyboard.press('Enter');
  await expect(heatCell(page, 'Ledger Service', 'Documentation')).toHaveText(
    '5',
  );
  // The drill-down is in the URL: the browser's back button steps out of a scope.
  await page.goBack();
  await expect(
    page.getByRole('grid', { name: 'Inside Payments by maturity vector' }),
  ).toBeVisible();

  // The same three views in the dark theme.
  await useTheme(page, 'Dark');
  await page.goto(component);
  await expect(card.getByText('Level 3 · Serviceable')).toBeVisible();
  await card.screenshot({
    path: resolve(screenshots, 'maturity-card-dark.png'),
  });
  await page.goto(`${component}/maturity`);
  await expect(table.getByLabel('Documentation: 5 of 5')).toBeVisible();
  await page.screenshot({
    path: resolve(screenshots, 'maturity-tab-dark.png'),
    fullPage: true,
  });
  await page.goto('/maturity');
  await expect(heatCell(page, 'Payments', 'Documentation')).toBeVisible();
  await page.screenshot({
    path: resolve(screenshots, 'maturity-overview-dark.png'),
    fullPage: true,
  });
  await useTheme(page, 'Light');

  expect(consoleErrors).toEqual([]);
});
