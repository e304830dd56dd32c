import { APIRequestContext, expect, test } from '@playwright/test';
import { guestHeaders, waitForOncallDemo } from './helpers';

// What a signed-in user of a shared portal can do to everyone else, tried through the running
// portal as the demo guest (alex.morgan of team-payments): a calendar import that would stall
// the backend, reads of the confidential Fraud Detection system, and naming a stranger on duty.

/** Refs and names of the confidential system and its entities, which the guest may not read. */
const CONFIDENTIAL = [
  'fraud-detection',
  'fraud-scoring-service',
  'fraud-model-trainer',
  'fraud-features-cache',
  'fraud-scoring-api',
  'Fraud Detection',
  'Fraud Scoring',
  'Fraud Model',
];

/** An iCal schedule whose rule can never produce an occurrence: every day that is 30 February. */
const NEVER_MATCHING_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//agile-ops//e2e//EN',
  'BEGIN:VEVENT',
  'UID:never-30-february',
  'DTSTAMP:20261201T000000Z',
  'DTSTART:20000101T090000Z',
  'DTEND:20000101T170000Z',
  'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
  'SUMMARY:PoTW: Alex Morgan',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

let headers: Record<string, string>;

test.beforeAll(async ({ request }) => {
  headers = await guestHeaders(request);
  // The on-call answers below must hold the demo's confidential interrupt to show it is left out.
  await waitForOncallDemo(request);
  // The hierarchy sync has the demo organisation once Payments has systems in its roll-up.
  await expect
    .poll(
      async () => {
        const res = await request.get(
          '/api/maturity/rollups/domain/default/payments',
          { headers },
        );
        return res.ok() ? (await res.json()).children?.length ?? 0 : 0;
      },
      { timeout: 90_000 },
    )
    .toBeGreaterThan(0);
});

async function expectNoConfidentialRef(
  request: APIRequestContext,
  path: string,
) {
  const res = await request.get(path, { headers });
  const body = await res.text();
  for (const hidden of CONFIDENTIAL) {
    expect(
      { path, status: res.status(), leaks: body.includes(hidden) },
      `${path} must not name ${hidden}`,
    ).toEqual({ path, status: res.status(), leaks: false });
  }
  return res;
}

test('an import whose rule never matches is refused in under 2 s while the catalog answers', async ({
  request,
}) => {
  const started = Date.now();
  const importing = request.post('/api/oncall/rotations/import', {
    headers,
    data: {
      owner: 'group:default/team-payments',
      name: 'Never',
      role: 'potw',
      timezone: 'UTC',
      ics: NEVER_MATCHING_ICS,
    },
  });
  // While the import runs, another plugin keeps answering.
  const probeStarted = Date.now();
  const probe = await request.get('/api/catalog/entities?limit=1', { headers });
  const probeTook = Date.now() - probeStarted;
  const res = await importing;
  const took = Date.now() - started;

  expect(probe.status()).toBe(200);
  expect(probeTook).toBeLessThan(2_000);
  expect(res.status()).toBeGreaterThanOrEqual(400);
  expect(res.status()).toBeLessThan(500);
  expect(took).toBeLessThan(2_000);
  expect((await res.json()).error.message).toContain('never-30-february');
});

test('the guest finds no ref of the confidential system in maturity or on-call answers', async ({
  request,
}) => {
  for (const path of [
    '/api/maturity/rollups?scope=domain',
    '/api/maturity/rollups?scope=system',
    '/api/maturity/rollups?scope=group',
    '/api/maturity/rollups/organization/default/all',
    '/api/maturity/rollups/domain/default/payments',
    '/api/maturity/rollups/domain/default/payments/history',
    '/api/maturity/rollups/group/default/team-payments',
    '/api/maturity/rollups/organization/default/all/reassess?limit=50',
    '/api/maturity/rollups/domain/default/payments/reassess?limit=50',
    '/api/maturity/export?scope=domain&format=csv',
    '/api/maturity/export?scope=domain&format=json',
    '/api/maturity/teams/default/team-fraud-signals/self-service',
    '/api/maturity/status',
    '/api/oncall/interrupts?limit=200',
    '/api/oncall/teams/default/team-fraud-signals/now',
    '/api/oncall/teams/default/team-fraud-signals/rotations',
    '/api/oncall/teams/default/team-fraud-signals/interrupt-stats',
    '/api/oncall/teams/default/team-payments/interrupt-stats',
  ]) {
    await expectNoConfidentialRef(request, path);
  }

  for (const path of [
    '/api/maturity/entities/component/default/fraud-scoring-service/scorecard',
    '/api/maturity/entities/component/default/fraud-scoring-service/history',
    '/api/maturity/rollups/system/default/fraud-detection',
    '/api/oncall/entities/component/default/fraud-scoring-service/now',
  ]) {
    const res = await request.get(path, { headers });
    expect({ path, status: res.status() }).toEqual({ path, status: 404 });
  }

  const bulk = await request.post('/api/maturity/scorecards', {
    headers,
    data: {
      entityRefs: [
        'component:default/fraud-scoring-service',
        'component:default/ledger-service',
      ],
    },
  });
  // A hidden ref is answered like a missing one: back in notFound, as the caller wrote it.
  const { items, notFound } = await bulk.json();
  expect(notFound).toEqual(['component:default/fraud-scoring-service']);
  const text = JSON.stringify(items);
  expect(text).toContain('ledger-service');
  for (const hidden of CONFIDENTIAL) expect(text).not.toContain(hidden);
});

test('a feed URL without its token, or with a wrong one, is a 404', async ({
  request,
}) => {
  for (const path of [
    '/api/oncall/feeds/calendar.ics',
    `/api/oncall/feeds/${'A'.repeat(43)}/calendar.ics`,
  ]) {
    const res = await request.get(path);
    expect({ path, status: res.status() }).toEqual({ path, status: 404 });
  }
});

test('naming someone outside the team in a rotation is a 400 that names them', async ({
  request,
}) => {
  const res = await request.post('/api/oncall/rotations', {
    headers,
    data: {
      owner: 'group:default/team-payments',
      name: 'With a stranger',
      version: {
        timezone: 'Europe/Berlin',
        role: 'secondary',
        participants: ['user:default/alex.morgan', 'user:default/hannah.weiss'],
        handoff: { weekday: 1, time: '09:00' },
        shiftLength: 'P1W',
        startDate: '2026-12-07',
      },
    },
  });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.message).toBe(
    'version.participants[1]: user:default/hannah.weiss is not a member of group:default/team-payments or of its sub-groups',
  );
});
