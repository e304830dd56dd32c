import { expect, Page, test } from '@playwright/test';
import { resolve } from 'node:path';
import { collectConsoleErrors, screenshots, signInAsGuest } from './helpers';

// A developer of team-payments launches "Log an interrupt" from a component's Self-service
// card: the form comes pre-filled with the component, the task succeeds, the interrupt is in the
// team's ledger and the run is counted. The same template on another team's component fails
// with the permission message.

const own = '/catalog/default/component/refund-worker';
const othersComponent = '/catalog/default/component/checkout-service';

/** Opens the template from the entity's card and fills what the pre-fill leaves open. */
async function launchLogInterrupt(
  page: Page,
  entityPath: string,
  title: string,
) {
  await page.goto(entityPath);
  const card = page.getByRole('region', { name: 'Self-service card' });
  await expect(card).toBeVisible();
  await card.getByRole('link', { name: 'Launch Log an interrupt' }).click();

  // The entity picker shows the entity the card was opened from.
  await expect(page.getByLabel('Entity')).toHaveValue(
    new RegExp(entityPath.split('/').pop()!),
  );
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Effort so far (minutes)').fill('25');
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
}

test('launch a template pre-filled from a component, see its effect and the run counted', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const consoleErrors = collectConsoleErrors(page);
  await signInAsGuest(page);

  const title = `Refunds delayed ${Date.now()}`;
  await launchLogInterrupt(page, own, title);
  await expect(page.getByText('Logged', { exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await page.screenshot({
    path: resolve(screenshots, 'self-service-task.png'),
    fullPage: true,
  });

  // The interrupt is in the team's ledger, marked as coming from self-service.
  await page.goto('/catalog/default/group/team-payments/oncall');
  await expect(page.getByRole('row').filter({ hasText: title })).toBeVisible();

  // The run is counted on the component's card.
  await page.goto(own);
  const card = page.getByRole('region', { name: 'Self-service card' });
  await expect(
    card.getByText(/^[1-9]\d* runs? in the last 30 days/),
  ).toBeVisible();
  await expect(
    card
      .getByRole('list', { name: 'Recent runs' })
      .getByText('Log an interrupt'),
  ).toBeVisible();
  await card.screenshot({
    path: resolve(screenshots, 'self-service-card.png'),
  });

  expect(consoleErrors).toEqual([]);
});

test("the same template on another team's component fails with a clear message", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInAsGuest(page);
  await launchLogInterrupt(page, othersComponent, 'Not our team');
  // The step's error is shown in the task's step list and its error panel.
  await expect(
    page
      .getByText(
        /oncall answered 403: oncall\.interrupt\.create is not permitted for group:default\/team-checkout/,
      )
      .first(),
  ).toBeVisible({ timeout: 60_000 });
  await page.screenshot({
    path: resolve(screenshots, 'self-service-denied.png'),
    fullPage: true,
  });
});
