import { spec } from '@agile-ops/plugin-oncall-common';
import { HttpAuthService } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { ALICE, TEAM, version } from '../__testUtils__/storeFixtures';
import { createRouter } from './router';

const VERSION = version();

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** An override request the schema accepts. */
const OVERRIDE = {
  user: ALICE,
  start: '2026-03-10T00:00:00Z',
  end: '2026-03-11T00:00:00Z',
};

/** Every route that has a caller, with a request its schema accepts: method, path, body. */
const ROUTES: Array<{ method: Method; path: string; body?: object }> = (
  [
    ['get', '/teams/default/team-a/rotations'],
    ['post', '/rotations', { owner: TEAM, name: 'PoTW', version: VERSION }],
    [
      'post',
      '/rotations/import',
      {
        owner: TEAM,
        name: 'Imported',
        role: 'primary',
        timezone: 'UTC',
        ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      },
    ],
    [
      'post',
      '/import',
      {
        rotations: [
          { id: 'rot-9', owner: TEAM, name: 'PoTW', version: VERSION },
        ],
      },
    ],
    ['get', '/rotations/rot-1'],
    ['delete', '/rotations/rot-1'],
    ['post', '/rotations/rot-1/versions', VERSION],
    ['get', '/rotations/rot-1/shifts'],
    ['get', '/rotations/rot-1/calendar.ics'],
    ['post', '/rotations/rot-1/feed-token'],
    ['delete', '/rotations/rot-1/feed-token'],
    ['get', '/rotations/rot-1/overrides'],
    ['post', '/rotations/rot-1/overrides', OVERRIDE],
    ['delete', '/rotations/rot-1/overrides/ovr-1'],
    ['get', '/rotations/rot-1/handoffs'],
    ['post', '/rotations/rot-1/handoffs/notes', { text: 'All quiet' }],
    ['get', '/entities/component/default/ledger/now'],
    ['get', '/teams/default/team-a/now'],
    ['get', '/interrupts'],
    [
      'post',
      '/interrupts',
      { team: TEAM, title: 'Export stuck', category: 'incident' },
    ],
    ['patch', '/interrupts/int-1', { title: 'Stuck' }],
    ['get', '/interrupts/int-1/edits'],
    ['delete', '/interrupts/int-1'],
    ['get', '/teams/default/team-a/interrupt-stats'],
    ['get', '/teams/default/team-a/capacity'],
    ['put', '/teams/default/team-a/capacity', { people: 4, hoursPerPerson: 6 }],
  ] as Array<[Method, string, object?]>
).map(([method, path, body]) => ({ method, path, body }));

/** The one route without a caller: calendar apps cannot sign in, the token is the credential. */
const FEED_ROUTE = {
  method: 'get',
  path: `/feeds/${'a'.repeat(43)}/calendar.ics`,
} as const;

/** What the service stubs answer where an empty object would not do. */
const ANSWERS: Record<string, unknown> = {
  listForTeam: [],
  list: [],
  handoffs: [],
  calendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  calendarForToken: { rotationId: 'rot-1', ics: '' },
};

/** The router on service stubs that record the arguments of every call. */
async function routerOnStubs() {
  const calls: unknown[][] = [];
  const stub = <T>() =>
    new Proxy(
      {},
      {
        get:
          (_target, name: string) =>
          async (...args: unknown[]) => {
            calls.push(args);
            return ANSWERS[name] ?? {};
          },
      },
    ) as T;
  const caller = mockCredentials.user(ALICE);
  const credentials = jest.fn(async () => caller);
  const router = await createRouter({
    rotations: stub(),
    overrides: stub(),
    handoffNotes: stub(),
    now: stub(),
    interrupts: stub(),
    stats: stub(),
    feeds: stub(),
    imports: stub(),
    httpAuth: { credentials } as unknown as HttpAuthService,
  });
  // Errors answered as the backend's error handler does: an InputError is a 400 with its message.
  const app = express()
    .use(router)
    .use(((error, _req, res, _next) => {
      res
        .status(error.name === 'InputError' ? 400 : 500)
        .json({ error: { name: error.name, message: error.message } });
    }) as express.ErrorRequestHandler);
  return { app, calls, caller, credentials };
}

describe('createRouter', () => {
  it.each(ROUTES)(
    '$method $path asks for the caller once and hands the credentials on',
    async ({ method, path, body }) => {
      const { app, calls, caller, credentials } = await routerOnStubs();

      const response = await request(app)[method](path).send(body);

      expect(response.status).toBeLessThan(300);
      expect(credentials).toHaveBeenCalledTimes(1);
      expect(calls).toHaveLength(1);
      expect(calls[0]).toContain(caller);
    },
  );

  // The services leave these checks to the router's validator, so they must stop there.
  const interrupt = { team: TEAM, title: 'Stuck', category: 'incident' };
  const importedInterrupt = {
    ...interrupt,
    id: '0b8a3c52-1f0e-4d1a-9c3e-5a7b9d2e4f61',
    receivedAt: '2026-03-01T10:00:00Z',
  };
  const capacity = '/teams/default/team-a/capacity';
  it.each<{
    method: Method;
    path: string;
    field: string;
    body?: object;
    query?: Record<string, string>;
  }>([
    {
      method: 'post',
      path: '/interrupts',
      field: 'title',
      body: { ...interrupt, title: ' \t\n ' },
    },
    {
      method: 'post',
      path: '/interrupts',
      field: 'title',
      body: { ...interrupt, title: 't'.repeat(301) },
    },
    {
      method: 'post',
      path: '/interrupts',
      field: 'category',
      body: { ...interrupt, category: 'gossip' },
    },
    {
      method: 'post',
      path: '/interrupts',
      field: 'effortMinutes',
      body: { ...interrupt, effortMinutes: 1.5 },
    },
    {
      method: 'post',
      path: '/interrupts',
      field: 'effortMinutes',
      body: { ...interrupt, effortMinutes: 10081 },
    },
    {
      method: 'post',
      path: '/interrupts',
      field: 'source',
      body: { ...interrupt, source: 'import' },
    },
    {
      method: 'patch',
      path: '/interrupts/int-1',
      field: 'effortMinutes',
      body: { effortMinutes: -1 },
    },
    {
      method: 'patch',
      path: '/interrupts/int-1',
      field: 'title',
      body: { title: '   ' },
    },
    {
      method: 'put',
      path: capacity,
      field: 'people',
      body: { people: 0, hoursPerPerson: 6 },
    },
    {
      method: 'put',
      path: capacity,
      field: 'people',
      body: { people: '3', hoursPerPerson: 6 },
    },
    {
      method: 'put',
      path: capacity,
      field: 'hoursPerPerson',
      body: { people: 3, hoursPerPerson: 1001 },
    },
    {
      method: 'post',
      path: '/rotations/rot-1/handoffs/notes',
      field: 'text',
      body: { text: ' \n ' },
    },
    {
      method: 'post',
      path: '/rotations/rot-1/overrides',
      field: 'reason',
      body: { ...OVERRIDE, reason: 'r'.repeat(501) },
    },
    {
      method: 'post',
      path: '/rotations/rot-1/versions',
      field: 'weekday',
      body: { ...VERSION, handoff: { weekday: 8, time: '09:00' } },
    },
    {
      method: 'get',
      path: '/interrupts',
      field: 'limit',
      query: { limit: '201' },
    },
    {
      method: 'post',
      path: '/import',
      field: 'category',
      body: { interrupts: [{ ...importedInterrupt, category: 'gossip' }] },
    },
    {
      method: 'post',
      path: '/import',
      field: 'id',
      body: { interrupts: [{ ...importedInterrupt, id: 'not-a-uuid' }] },
    },
    {
      method: 'post',
      path: '/import',
      field: 'id',
      body: {
        rotations: [
          { id: '../x', owner: TEAM, name: 'PoTW', version: VERSION },
        ],
      },
    },
    {
      method: 'post',
      path: '/import',
      field: 'interrupts',
      body: {
        interrupts: Array.from({ length: 501 }, () => importedInterrupt),
      },
    },
  ])(
    '$method $path refuses a bad $field with a 400 naming it, before any service is asked',
    async ({ method, path, field, body, query }) => {
      const { app, calls } = await routerOnStubs();

      const response = await request(app)
        [method](path)
        .query(query ?? {})
        .send(body);

      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect(calls).toEqual([]);
    },
  );

  it('asks a feed URL for no credentials: its token is the credential', async () => {
    const { app, credentials } = await routerOnStubs();

    const response = await request(app).get(FEED_ROUTE.path);

    expect(response.status).toBe(200);
    expect(credentials).not.toHaveBeenCalled();
  });

  it('covers every operation of the OpenAPI document', () => {
    const covered = [...ROUTES, FEED_ROUTE];
    const missing = Object.entries(spec.paths).flatMap(([template, item]) => {
      const path = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      return Object.keys(item)
        .filter(method =>
          ['get', 'post', 'put', 'patch', 'delete'].includes(method),
        )
        .filter(
          method =>
            !covered.some(r => r.method === method && path.test(r.path)),
        )
        .map(method => `${method} ${template}`);
    });
    expect(missing).toEqual([]);
  });
});
