import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import {
  collectConsoleErrors,
  guestHeaders,
  screenshots,
  signInAsGuest,
} from '../helpers';

// A newcomer runs `./portal start` and looks around within the first three minutes: the
// architects' overview has trends over more than a year and every domain has assessed
// entities, a component's card shows its level over months, the team page and the home page
// show the team's past. Nothing is done by hand: the portal imports the demo's history itself.

const DAY = 86_400_000;
const DOMAINS = ['Platform', 'Payments', 'Booking', 'Discovery'];
/** The promise: everything below within three minutes of the portal being ready. */
const FIRST_MINUTES = 180_000;

test('a fresh demo portal shows more than a year of maturity history without a manual step', async ({
  page,
  request,
}) => {
  test.setTimeout(FIRST_MINUTES + 120_000);
  const ready = Date.now();
  const headers = await guestHeaders(request);

  // The organisation's level trend reaches back more than a year (backfilled from the import).
  await expect
    .poll(
      async () => {
        const res = await request.get(
          '/api/maturity/rollups/organization/default/all/history?vector=level',
          { headers },
        );
        if (!res.ok()) return 0;
        const points = (await res.json()).series[0]?.points ?? [];
        return points.length > 0
          ? (Date.now() - Date.parse(points[0].day)) / DAY
          : 0;
      },
      {
        message: 'days the organisation trend spans',
        timeout: FIRST_MINUTES - (Date.now() - ready),
        intervals: [5_000],
      },
    )
    .toBeGreaterThan(365);

  await signInAsGuest(page);
  const consoleErrors = collectConsoleErrors(page);
  await page.goto('/maturity');
  await expect(
    page.getByRole('img', {
      name: /^Mean level of .+: \d{3,} snapshot\(s\) since /,
    }),
  ).toBeVisible();
  const assessed: Record<string, number> = {};
  for (const domain of DOMAINS) {
    const label = await page
      .getByRole('gridcell', {
        name: new RegExp(`^${domain}: \\d+ of \\d+ entities assessed$`),
      })
      .getAttribute('aria-label');
    assessed[domain] = Number(/: (\d+) of/.exec(label ?? '')?.[1] ?? 0);
  }
  // Every demo domain has coverage above zero.
  expect(Object.entries(assessed).filter(([, n]) => n === 0)).toEqual([]);
  await page.screenshot({
    path: resolve(screenshots, 'demo-overview.png'),
    fullPage: true,
  });

  // The latest step of the trend explains itself: the assessments behind it.
  await page.getByRole('button', { name: 'Why did it change?' }).click();
  const why = page.getByRole('region', { name: 'Why it changed' });
  await expect(why.getByRole('listitem').first()).toBeVisible();
  await expect(why.getByRole('listitem').first()).toContainText(
    /: .+ (\d → )?\d \((assessment|import|evidence|action), .+\)$/,
  );
  await why.screenshot({
    path: resolve(screenshots, 'demo-why-it-changed.png'),
  });

  // A component of the improving Payments domain: its level over months on the card.
  await page.goto('/catalog/default/component/payment-gateway-service');
  const sparkline = page.getByRole('img', {
    name: /^Level trend: Level \d → \d since .+, \d+ assessments$/,
  });
  await expect(sparkline).toBeVisible();
  const assessments = Number(
    /, (\d+) assessments$/.exec(
      (await sparkline.getAttribute('aria-label'))!,
    )![1],
  );
  expect(assessments).toBeGreaterThanOrEqual(3);
  await page
    .getByRole('region', { name: 'Maturity card' })
    .screenshot({ path: resolve(screenshots, 'demo-component-card.png') });

  // The team's card has its trend; the home page has the team's maturity with its past.
  await page.goto('/catalog/default/group/team-payments');
  await expect(
    page.getByRole('img', { name: /^Team level over time: \d{3,} snapshots/ }),
  ).toBeVisible();
  await page.goto('/home');
  await expect(
    page.getByText(
      /^Level \d(\.\d)? · \d+ of \d+ assessed \(\d+%\) · \d+ stale$/,
    ),
  ).toBeVisible();
  await page.screenshot({
    path: resolve(screenshots, 'demo-home.png'),
    fullPage: true,
  });

  expect(consoleErrors).toEqual([]);
});
