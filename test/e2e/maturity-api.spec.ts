import { APIRequestContext, expect, test } from '@playwright/test';

// The maturity API through the running portal, signed in as the demo guest (alex.morgan of
// team-payments): own components may be assessed, other teams' may not.

async function guestToken(request: APIRequestContext) {
  const res = await request.get('/api/auth/guest/refresh');
  expect(res.ok()).toBe(true);
  return (await res.json()).backstageIdentity.token as string;
}

// A freshly started portal ingests the demo catalog within seconds of becoming ready.
test.beforeAll(async ({ request }) => {
  const headers = { Authorization: `Bearer ${await guestToken(request)}` };
  for (const name of ['refund-worker', 'checkout-service']) {
    await expect
      .poll(
        async () =>
          (
            await request.get(
              `/api/catalog/entities/by-name/component/default/${name}`,
              { headers },
            )
          ).status(),
        { timeout: 60_000 },
      )
      .toBe(200);
  }
});

const ownComponent = '/api/maturity/entities/component/default/refund-worker';
const otherTeamsComponent =
  '/api/maturity/entities/component/default/checkout-service';

test('the demo user assesses its own component and sees score, level and history', async ({
  request,
}) => {
  const headers = { Authorization: `Bearer ${await guestToken(request)}` };
  const scores = (documentation: number) =>
    [
      'supportability',
      'operability',
      'recoverability',
      'deployability',
      'stability',
      'currency',
      'architecture',
      'automation',
    ]
      .map(vector => ({ vector, score: 3 }))
      .concat([{ vector: 'documentation', score: documentation }]);

  const first = await request.post(`${ownComponent}/assessments`, {
    headers,
    data: { scores: scores(1), comment: 'first review' },
  });
  expect(first.status()).toBe(201);
  const second = await request.post(`${ownComponent}/assessments`, {
    headers,
    data: { scores: scores(4), comment: 'docs rewritten' },
  });
  expect(second.status()).toBe(201);

  const scorecard = await (
    await request.get(`${ownComponent}/scorecard`, { headers })
  ).json();
  const documentation = scorecard.vectors.find(
    (v: { vector: string }) => v.vector === 'documentation',
  );
  expect(documentation).toMatchObject({
    score: 4,
    recordedBy: 'user:default/alex.morgan',
    source: 'assessment',
    stale: false,
  });
  // 9 of 15 vectors scored (coverage 0.6): eight 3s and one 4 average 3.11, level 3.
  expect(scorecard.level).toMatchObject({
    value: 3,
    rule: 'mean',
    coverage: 0.6,
  });

  const history = await (
    await request.get(`${ownComponent}/history?vector=documentation`, {
      headers,
    })
  ).json();
  expect(
    history.series[0].points.map((p: { score: number }) => p.score),
  ).toEqual([1, 4]);
});

test("the demo user may not assess another team's component", async ({
  request,
}) => {
  const headers = { Authorization: `Bearer ${await guestToken(request)}` };
  const res = await request.post(`${otherTeamsComponent}/assessments`, {
    headers,
    data: { scores: [{ vector: 'documentation', score: 3 }] },
  });
  expect(res.status()).toBe(403);
  const scorecard = await (
    await request.get(`${otherTeamsComponent}/scorecard`, { headers })
  ).json();
  expect(
    scorecard.vectors.every((v: { score: number | null }) => v.score === null),
  ).toBe(true);
});

test('requests without a token are refused', async ({ request }) => {
  const res = await request.get(`${ownComponent}/scorecard`);
  expect(res.status()).toBe(401);
});
