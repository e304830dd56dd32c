import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import {
  collectConsoleErrors,
  guestHeaders,
  screenshots,
  signInAsGuest,
} from './helpers';

// The card vault is a production tier-1 service of team-payments, so the target profile wants
// supportability and recoverability of 4. Once its team scores both 2, its maturity card links
// the supportability gap to the template that says it improves supportability, and the link
// opens the template with the component filled in.

test('a vector below target links to the template that improves it, pre-filled with the entity', async ({
  page,
  request,
}) => {
  await request
    .post('/api/maturity/entities/component/default/card-vault/assessments', {
      headers: await guestHeaders(request),
      data: {
        scores: [
          { vector: 'supportability', score: 2 },
          { vector: 'recoverability', score: 2 },
        ],
      },
    })
    .then(res => expect(res.status()).toBe(201));
  const consoleErrors = collectConsoleErrors(page);
  await signInAsGuest(page);
  await page.goto('/catalog/default/component/card-vault');
  const card = page.getByRole('region', { name: 'Maturity card' });
  const gaps = card.getByRole('group', { name: 'Below target' });
  const link = gaps.getByRole('link', {
    name: 'Improve Supportability with Onboard a component to Agile Ops',
  });
  await expect(link).toBeVisible();
  // Recoverability is below target too, but no demo template says it improves it.
  await expect(
    gaps.getByRole('link', { name: /^Improve Recoverability/ }),
  ).toHaveCount(0);
  await card.screenshot({
    path: resolve(screenshots, 'gap-template-link.png'),
  });

  await link.click();
  await expect(page).toHaveURL(
    /\/create\/templates\/default\/onboard-component/,
  );
  // The form field of the template's `entityRef` parameter, which the launch link fills.
  await expect(page.locator('input#root_entityRef')).toHaveValue(
    'component:default/card-vault',
  );
  expect(consoleErrors).toEqual([]);
});
