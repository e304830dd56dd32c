import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import {
  assessedCount,
  collectConsoleErrors,
  guestHeaders,
  heatCell,
  screenshots,
  signInAsGuest,
} from './helpers';

// A member of team-payments finds what the evidence proposes for the card vault database,
// which nobody has scored, accepts a proposal from the card, and sees the card and the
// Payments domain's roll-up take it.

const ENTITY = '/api/maturity/entities/resource/default/card-vault-db';
const PAGE = '/catalog/default/resource/card-vault-db';

type Evidence = {
  vector: string;
  provider: string;
  proposedScore: number | null;
  dismissed?: unknown;
  difference?: number;
};

test('accept a proposal from the card and see the card and the domain roll-up change', async ({
  page,
  request,
}) => {
  // The first evidence collection runs a minute after start.
  test.setTimeout(300_000);
  const headers = await guestHeaders(request);
  let proposal: Evidence | undefined;
  await expect
    .poll(
      async () => {
        const res = await request.get(`${ENTITY}/scorecard`, { headers });
        const evidence: Evidence[] = (await res.json()).evidence ?? [];
        proposal = evidence.find(
          e => e.proposedScore !== null && !e.dismissed && e.difference !== 0,
        );
        return Boolean(proposal);
      },
      { message: 'the evidence is collected', timeout: 200_000 },
    )
    .toBe(true);
  const { vectors } = await (
    await request.get('/api/maturity/vectors', { headers })
  ).json();
  const title: string = vectors.find(
    (v: { id: string }) => v.id === proposal!.vector,
  ).title;

  const consoleErrors = collectConsoleErrors(page);
  await signInAsGuest(page);
  const cell = heatCell(page, 'Payments', title);
  await expect(async () => {
    await page.goto('/maturity');
    await expect(cell).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 100_000 });
  const before = await assessedCount(cell);

  await page.goto(PAGE);
  const card = page.getByRole('region', { name: 'Maturity card' });
  const proposals = card.getByRole('group', { name: 'Proposed from evidence' });
  const row = proposals.getByRole('listitem', {
    name: `${title}: proposed ${proposal!.proposedScore}`,
  });
  await expect(row).toBeVisible();
  await expect(row).toContainText(`by ${proposal!.provider}`);
  await card.screenshot({ path: resolve(screenshots, 'evidence-card.png') });

  await row
    .getByRole('button', {
      name: `Accept ${proposal!.proposedScore} for ${title}`,
    })
    .click();
  await expect(
    page.getByText(
      `${title} scored ${proposal!.proposedScore} from the ${
        proposal!.provider
      } evidence`,
    ),
  ).toBeVisible();
  // The proposal is the confirmed score now, so it leaves the list, and the card has a score.
  await expect(row).toBeHidden();
  await expect(card.getByText('Not assessed yet')).toBeHidden();
  const after = await (
    await request.get(`${ENTITY}/scorecard`, { headers })
  ).json();
  expect(
    after.vectors.find(
      (v: { vector: string }) => v.vector === proposal!.vector,
    ),
  ).toMatchObject({ score: proposal!.proposedScore, source: 'evidence' });
  await card.screenshot({
    path: resolve(screenshots, 'evidence-card-accepted.png'),
  });

  await page.goto('/maturity');
  await expect.poll(() => assessedCount(cell)).toBe(before + 1);
  expect(consoleErrors).toEqual([]);
});
