import { expect, Locator, Page, test } from '@playwright/test';
import { resolve } from 'node:path';
import {
  collectConsoleErrors,
  screenshots,
  signInAsGuest,
  waitForOncallDemo,
} from './helpers';

// A developer of team-payments sees who covers the ledger service, covers the PoTW shift on
// the team's On-call tab, and sees the component's card name them with an override.

const component = '/catalog/default/component/ledger-service';
const teamTab = '/catalog/default/group/team-payments/oncall';
const TEAM = ['Alex Morgan', 'Priya Raman', 'Tomas Lindqvist'];

/** The card's entry for one role, e.g. "Person of the Week". */
function roleEntry(page: Page, role: string): Locator {
  return page
    .getByRole('region', { name: 'PoTW and on-call card' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: role, exact: true }) });
}

/** A `datetime-local` value on the wall clock of `zone`, `minutes` from now. */
function localInput(zone: string, minutes: number): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(Date.now() + minutes * 60_000));
  return parts.replace(' ', 'T');
}

// The demo rotations arrive shortly after the portal becomes ready.
test.beforeAll(async ({ request }) => {
  await waitForOncallDemo(request);
});

test('see the PoTW of a component, add an override on the team tab, see the card change', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const consoleErrors = collectConsoleErrors(page);
  await signInAsGuest(page);

  await page.goto(component);
  const card = page.getByRole('region', { name: 'PoTW and on-call card' });
  await expect(card).toBeVisible();
  const potw = roleEntry(page, 'Person of the Week');
  await expect(potw).toBeVisible();
  await expect(roleEntry(page, 'Primary on-call')).toBeVisible();
  await expect(potw).toContainText(/until /);
  await expect(potw).toContainText(/Next:/);
  const before = (await potw.getByRole('link').first().textContent())?.trim();
  expect(TEAM).toContain(before);
  await card.screenshot({ path: resolve(screenshots, 'oncall-card.png') });

  // Someone else of the team covers the PoTW from now (this minute: the past is not open to
  // overrides) until tomorrow.
  const cover = TEAM.find(name => name !== before)!;
  await page.goto(teamTab);
  await page.getByRole('button', { name: 'Add override' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add override' });
  await dialog.getByLabel('Who covers').selectOption({ label: cover });
  await dialog
    .getByLabel('From (Europe/Berlin)')
    .fill(localInput('Europe/Berlin', 0));
  await dialog
    .getByLabel('To (Europe/Berlin)')
    .fill(localInput('Europe/Berlin', 24 * 60));
  await dialog.getByLabel('Reason').fill('Swapped for the release week');
  await dialog.getByRole('button', { name: 'Add override' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('list', { name: 'Overrides' })
      .getByRole('listitem')
      .filter({ hasText: cover }),
  ).toBeVisible();
  await page.screenshot({
    path: resolve(screenshots, 'oncall-team-tab.png'),
    fullPage: true,
  });

  await page.goto(component);
  await expect(potw.getByRole('link').first()).toHaveText(cover);
  await expect(potw.getByText('Override', { exact: true })).toBeVisible();
  await card.screenshot({
    path: resolve(screenshots, 'oncall-card-override.png'),
  });

  expect(consoleErrors).toEqual([]);
});
