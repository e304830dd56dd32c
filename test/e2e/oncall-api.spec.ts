import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { guestHeaders, waitForOncallDemo } from './helpers';

// The on-call API through the running portal with its demo rotations, signed in as the demo
// guest (alex.morgan of team-payments).

// The demo rotations arrive shortly after the portal becomes ready.
test.beforeAll(async ({ request }) => {
  await waitForOncallDemo(request);
});

test('a demo component has a PoTW and an on-call person with the next hand-off', async ({
  request,
}) => {
  const res = await request.get(
    '/api/oncall/entities/component/default/ledger-service/now',
    { headers: await guestHeaders(request) },
  );
  const now = await res.json();
  expect(now.team).toBe('group:default/team-payments');
  expect(now.roles.map((r: { role: string }) => r.role)).toEqual([
    'potw',
    'primary',
  ]);
  for (const role of now.roles) {
    expect(role.user).toMatch(/^user:default\//);
    expect(Date.parse(role.next.at)).toBeGreaterThan(Date.now());
    expect(role.next.user).not.toBe(role.user);
  }
  // PoTW, then on-call, then the team lead (priya.raman), each person named once.
  expect(now.escalation[0]).toBe(now.roles[0].user);
  expect(now.escalation).toContain(now.roles[1].user);
  expect(now.escalation).toContain('user:default/priya.raman');
  expect(new Set(now.escalation).size).toBe(now.escalation.length);
});

test('the secret .ics feed of the rotation parses to the same shifts, without e-mails', async ({
  request,
}) => {
  // iCal has whole seconds: a window on whole minutes keeps the clipped ends comparable.
  const minute = Math.floor(Date.now() / 60_000) * 60_000;
  const from = new Date(minute - 14 * 86_400_000).toISOString();
  const to = new Date(minute + 56 * 86_400_000).toISOString();
  const shifts = await (
    await request.get('/api/oncall/rotations/demo-payments-potw/shifts', {
      headers: await guestHeaders(request),
      params: { from, to },
    })
  ).json();
  // The guest is a member of team-payments, so may make the rotation's secret feed URL.
  const issue = async () => {
    const res = await request.post(
      '/api/oncall/rotations/demo-payments-potw/feed-token',
      { headers: await guestHeaders(request) },
    );
    expect(res.status()).toBe(201);
    return new URL((await res.json()).feedUrl).pathname;
  };
  const feedPath = await issue();
  // The feed is fetched without credentials, as a calendar app would.
  const feed = await request.get(feedPath, { params: { from, to } });
  expect(feed.ok()).toBe(true);
  expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
  const text = await feed.text();
  // No e-mail address by default: the only "@" left are those of the event UIDs.
  expect(
    text.replace(/\r\n[ \t]/g, '').replace(/@agile-ops\b/g, ''),
  ).not.toContain('@');

  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map(vevent => {
    const event = new ICAL.Event(vevent);
    return {
      user: vevent.getFirstPropertyValue('x-agile-ops-user'),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
  expect(events.length).toBeGreaterThanOrEqual(9);
  expect(events).toEqual(
    shifts.shifts.map((s: { user: string; start: string; end: string }) => ({
      user: s.user,
      start: s.start,
      end: s.end,
    })),
  );

  // A new feed URL revokes the old one; the rotation's own calendar needs a signed-in user.
  const newPath = await issue();
  expect((await request.get(feedPath)).status()).toBe(404);
  expect((await request.get(newPath)).status()).toBe(200);
  expect(
    (
      await request.get('/api/oncall/rotations/demo-payments-potw/calendar.ics')
    ).status(),
  ).toBe(401);
});

test("logging interrupts raises the team's interrupt share", async ({
  request,
}) => {
  const headers = await guestHeaders(request);
  const stats = async () =>
    (
      await request.get(
        '/api/oncall/teams/default/team-payments/interrupt-stats',
        { headers },
      )
    ).json();
  const before = await stats();
  const current = before.iterations.at(-1);
  expect(before.capacity).toMatchObject({
    hoursPerIteration: 240,
    source: 'annotation',
  });

  const logged = await request.post('/api/oncall/interrupts', {
    headers,
    data: {
      team: 'group:default/team-payments',
      entityRef: 'component:default/ledger-service',
      title: 'Reconciliation job failed',
      category: 'incident',
      effortMinutes: 240,
    },
  });
  expect(logged.status()).toBe(201);
  expect((await logged.json()).triagedBy).toMatch(/^user:default\//);

  const after = await stats();
  const updated = after.iterations.at(-1);
  expect(updated.start).toBe(current.start);
  expect(updated.interruptMinutes).toBe(current.interruptMinutes + 240);
  // 240 minutes more against 240 h (14,400 minutes) of capacity.
  expect(updated.share).toBeCloseTo(current.share + 240 / 14_400, 6);

  const refused = await request.post('/api/oncall/interrupts', {
    headers,
    data: {
      team: 'group:default/team-checkout',
      title: 'Not my team',
      category: 'question',
    },
  });
  expect(refused.status()).toBe(403);
});
