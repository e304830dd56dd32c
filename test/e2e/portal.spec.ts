import { expect, Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const screenshots = resolve(__dirname, '../../test-results/screenshots');
mkdirSync(screenshots, { recursive: true });

async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  // The catalog is the landing page; its title carries the organisation's name.
  await expect(
    page.getByRole('heading', { name: 'Quillwind Travel Catalog' }),
  ).toBeVisible();
}

test.describe('the portal on the demo catalog', () => {
  const consoleErrors: string[] = [];

  test.beforeEach(async ({ page }) => {
    consoleErrors.length = 0;
    page.on('console', msg => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', err => consoleErrors.push(err.message));
    await signInAsGuest(page);
  });

  test.afterEach(() => {
    expect(consoleErrors).toEqual([]);
  });

  test('the catalog lists the demo components', async ({ page }) => {
    await expect(
      page.getByRole('link', { name: 'Payment Gateway Service' }),
    ).toBeVisible();
    await page.screenshot({
      path: resolve(screenshots, 'catalog.png'),
      fullPage: true,
    });
  });

  test('a domain page shows its systems', async ({ page }) => {
    await page.goto('/catalog/default/domain/payments');
    await expect(page.getByRole('heading', { name: 'Payments' })).toBeVisible();
    const systems = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'Has systems' }) });
    await expect(
      systems.getByRole('link', { name: 'Payment Processing' }),
    ).toHaveAttribute('href', '/catalog/default/system/payment-processing');
    await expect(
      systems.getByRole('link', { name: 'Billing Ledger' }),
    ).toBeVisible();
    await page.screenshot({
      path: resolve(screenshots, 'domain-payments.png'),
      fullPage: true,
    });
  });

  test('a component page shows its owner and system', async ({ page }) => {
    await page.goto('/catalog/default/component/payment-gateway-service');
    await expect(
      page.getByRole('heading', { name: 'Payment Gateway Service' }),
    ).toBeVisible();
    const about = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'About' }) });
    await expect(about.getByRole('link', { name: 'Payments' })).toHaveAttribute(
      'href',
      '/catalog/default/group/team-payments',
    );
    await expect(
      about.getByRole('link', { name: 'Payment Processing' }),
    ).toHaveAttribute('href', '/catalog/default/system/payment-processing');
    await page.screenshot({
      path: resolve(screenshots, 'component-payment-gateway-service.png'),
      fullPage: true,
    });
  });
});
