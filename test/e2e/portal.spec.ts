import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { collectConsoleErrors, screenshots, signInAsGuest } from './helpers';

test.describe('the portal on the demo catalog', () => {
  let consoleErrors: string[] = [];

  test.beforeEach(async ({ page }) => {
    consoleErrors = collectConsoleErrors(page);
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
