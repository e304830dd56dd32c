import {
  AddRotationVersionRequest,
  FeedTokenResponse,
  InterruptsResponse,
  NowResponse,
} from '@agile-ops/plugin-oncall-common';
import { apiErrorBody, setupFakeBackend } from '@agile-ops/test-utils/frontend';
import { ResponseError } from '@backstage/errors';
import { OncallClient } from './OncallClient';

const BASE = 'http://localhost:7007/api/oncall';
const WINDOW = {
  from: '2026-03-02T08:00:00.000Z',
  to: '2026-03-30T07:00:00.000Z',
};

const backend = setupFakeBackend(BASE);
const { requests, onlyRequest } = backend;
const createClient = () => backend.createClient(OncallClient);

describe('OncallClient', () => {
  it('asks the oncall backend found by discovery who covers an entity now', async () => {
    const now: NowResponse = {
      entityRef: 'component:default/payments',
      team: 'group:default/team-payments',
      resolvedVia: 'owner',
      roles: [],
      escalation: [],
    };
    backend.answer({ json: now });
    const { client, discoveryApi } = createClient();

    await expect(
      client.getEntityNow('component:default/payments'),
    ).resolves.toEqual(now);
    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('oncall');
    const request = onlyRequest();
    expect(request.method).toBe('GET');
    expect(request.url.href).toBe(
      `${BASE}/entities/component/default/payments/now`,
    );
  });

  it('URL-encodes every part of entity refs, group refs and ids', async () => {
    backend.answer({ json: { rotations: [], overrides: [], handoffs: [] } });
    const { client } = createClient();

    await client.getEntityNow('component:team a/pay#ments?x');
    await client.listTeamRotations('group:ops/on call');
    await client.getRotation('rot/1?x');
    await client.listOverrides('rot/1', WINDOW);
    await client.deleteOverride('rot 1', 'ov/2#');
    await client.deleteInterrupt('int/3');

    expect(requests.map(r => r.url.pathname)).toEqual([
      '/api/oncall/entities/component/team%20a/pay%23ments%3Fx/now',
      '/api/oncall/teams/ops/on%20call/rotations',
      '/api/oncall/rotations/rot%2F1%3Fx',
      '/api/oncall/rotations/rot%2F1/overrides',
      '/api/oncall/rotations/rot%201/overrides/ov%2F2%23',
      '/api/oncall/interrupts/int%2F3',
    ]);
  });

  it('reads a team by namespace/name, taking the default namespace and kind from a short ref', async () => {
    backend.answer({ json: { rotations: [{ id: 'r1' }] } });
    const { client } = createClient();

    await expect(client.listTeamRotations('team-payments')).resolves.toEqual([
      { id: 'r1' },
    ]);
    expect(onlyRequest().target).toBe(
      '/api/oncall/teams/default/team-payments/rotations',
    );
  });

  const rotationVersion: AddRotationVersionRequest = {
    timezone: 'Europe/Berlin',
    role: 'potw',
    participants: ['user:default/alice'],
    handoff: { weekday: 1, time: '09:00' },
    shiftLength: 'P1W',
    startDate: '2026-03-02',
  };

  // One row per write: the call, the body it must send, and where.
  it.each<
    [
      string,
      (c: OncallClient, body: any) => Promise<unknown>,
      object,
      string,
      string,
    ]
  >([
    [
      'createRotation',
      (c, body) => c.createRotation(body),
      {
        owner: 'group:default/team-payments',
        name: 'PoTW',
        version: rotationVersion,
      },
      'POST',
      '/api/oncall/rotations',
    ],
    [
      'importRotation',
      (c, body) => c.importRotation(body),
      {
        owner: 'group:default/team-payments',
        name: 'Imported',
        role: 'primary',
        timezone: 'UTC',
        ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      },
      'POST',
      '/api/oncall/rotations/import',
    ],
    [
      'addRotationVersion',
      (c, body) => c.addRotationVersion('rot-1', body),
      { ...rotationVersion, effectiveFrom: '2026-04-06T07:00:00.000Z' },
      'POST',
      '/api/oncall/rotations/rot-1/versions',
    ],
    [
      'createOverride',
      (c, body) => c.createOverride('rot-1', body),
      {
        user: 'user:default/carol',
        start: '2026-03-03T08:00:00.000Z',
        end: '2026-03-04T08:00:00.000Z',
        replaces: 'user:default/alice',
        reason: 'Dentist',
      },
      'POST',
      '/api/oncall/rotations/rot-1/overrides',
    ],
    [
      'createHandoffNote',
      (c, body) => c.createHandoffNote('rot-1', body),
      { text: 'Payments queue is slow' },
      'POST',
      '/api/oncall/rotations/rot-1/handoffs/notes',
    ],
    [
      'createInterrupt',
      (c, body) => c.createInterrupt(body),
      {
        team: 'group:default/team-payments',
        entityRef: 'component:default/payments',
        title: 'Refund stuck',
        category: 'request',
        effortMinutes: 30,
      },
      'POST',
      '/api/oncall/interrupts',
    ],
    [
      'updateInterrupt',
      (c, body) => c.updateInterrupt('int-1', body),
      // null clears a field on PATCH and must reach the backend as null.
      { effortMinutes: null, resolvedAt: '2026-03-03T10:00:00.000Z' },
      'PATCH',
      '/api/oncall/interrupts/int-1',
    ],
    [
      'setCapacity',
      (c, body) => c.setCapacity('group:default/team-payments', body),
      { people: 5, hoursPerPerson: 48 },
      'PUT',
      '/api/oncall/teams/default/team-payments/capacity',
    ],
  ])(
    '%s sends its body as JSON and returns the answer',
    async (_name, call, body, method, path) => {
      const answer = { id: 'answer-1' };
      backend.answer({ status: method === 'POST' ? 201 : 200, json: answer });
      const { client } = createClient();

      await expect(call(client, body)).resolves.toEqual(answer);

      const request = onlyRequest();
      expect(request.method).toBe(method);
      expect(request.target).toBe(path);
      expect(request.type).toMatch(/^application\/json/);
      expect(JSON.parse(request.body)).toEqual(body);
    },
  );

  it('reads shifts, overrides, hand-offs and interrupt statistics for a window', async () => {
    backend.answer({
      json: {
        rotationId: 'rot-1',
        shifts: [],
        gaps: [],
        overrides: [{ id: 'ov-1' }],
        handoffs: [{ at: WINDOW.from }],
        iterations: [],
      },
    });
    const { client } = createClient();

    await client.getShifts('rot-1', WINDOW);
    await expect(client.listOverrides('rot-1', WINDOW)).resolves.toEqual([
      { id: 'ov-1' },
    ]);
    await expect(client.listHandoffs('rot-1', WINDOW)).resolves.toEqual([
      { at: WINDOW.from },
    ]);
    await client.getInterruptStats('group:default/team-payments', WINDOW);

    const window = `?from=${encodeURIComponent(
      WINDOW.from,
    )}&to=${encodeURIComponent(WINDOW.to)}`;
    expect(
      requests.map(r => `${r.method} ${r.url.pathname}${r.url.search}`),
    ).toEqual([
      `GET /api/oncall/rotations/rot-1/shifts${window}`,
      `GET /api/oncall/rotations/rot-1/overrides${window}`,
      `GET /api/oncall/rotations/rot-1/handoffs${window}`,
      `GET /api/oncall/teams/default/team-payments/interrupt-stats${window}`,
    ]);
  });

  it('lists interrupts with only the filters that are set', async () => {
    const page: InterruptsResponse = { interrupts: [], nextCursor: 'c&2' };
    backend.answer({ json: page });
    const { client } = createClient();

    await expect(
      client.listInterrupts({
        team: 'group:default/team-payments',
        open: true,
        limit: 20,
        cursor: 'c&1',
      }),
    ).resolves.toEqual(page);
    await client.listInterrupts({});

    expect(Object.fromEntries(requests[0].url.searchParams)).toEqual({
      team: 'group:default/team-payments',
      open: 'true',
      limit: '20',
      cursor: 'c&1',
    });
    expect(requests[1].url.href).toBe(`${BASE}/interrupts`);
  });

  it('reads a rotation and a team capacity', async () => {
    backend.answer({ json: { id: 'rot-1', hoursPerIteration: 240 } });
    const { client } = createClient();

    await client.getRotation('rot-1');
    await client.getCapacity('group:default/team-payments');

    expect(requests.map(r => `${r.method} ${r.url.pathname}`)).toEqual([
      'GET /api/oncall/rotations/rot-1',
      'GET /api/oncall/teams/default/team-payments/capacity',
    ]);
  });

  it.each([
    ['deleteRotation', (c: OncallClient) => c.deleteRotation('rot-1')],
    ['deleteOverride', (c: OncallClient) => c.deleteOverride('rot-1', 'ov-1')],
    ['deleteInterrupt', (c: OncallClient) => c.deleteInterrupt('int-1')],
    ['revokeFeedToken', (c: OncallClient) => c.revokeFeedToken('rot-1')],
  ])(
    '%s sends DELETE and resolves without a value on 204',
    async (_n, call) => {
      backend.answer({ status: 204 });
      const { client } = createClient();

      await expect(call(client)).resolves.toBeUndefined();
      expect(onlyRequest().method).toBe('DELETE');
    },
  );

  it('asks the backend for a feed URL and hands back what it answers', async () => {
    const answer: FeedTokenResponse = {
      feedUrl: `${BASE}/feeds/s3cret/calendar.ics`,
      token: 's3cret',
    };
    backend.answer({ status: 201, json: answer });
    const { client } = createClient();

    await expect(client.createFeedToken('rot 1')).resolves.toEqual(answer);
    const { method, target } = onlyRequest();
    expect(`${method} ${target}`).toBe(
      'POST /api/oncall/rotations/rot%201/feed-token',
    );
  });

  it('revokes the feed URL of the rotation named', async () => {
    backend.answer({ status: 204 });
    const { client } = createClient();

    await client.revokeFeedToken('rot 1');
    expect(onlyRequest().target).toBe(
      '/api/oncall/rotations/rot%201/feed-token',
    );
  });

  it.each([
    [400, 'InputError', 'participants must not be empty'],
    [401, 'AuthenticationError', 'Missing credentials'],
    [403, 'NotAllowedError', 'Not a member of group:default/team-payments'],
    [404, 'NotFoundError', 'No rotation rot-404'],
  ])(
    'turns a %s answer into a ResponseError with the backend message',
    async (status, name, message) => {
      backend.answer({ status, json: apiErrorBody(status, name, message) });
      const { client } = createClient();

      const error = await client
        .createOverride('rot-404', {
          user: 'user:default/carol',
          start: WINDOW.from,
          end: WINDOW.to,
        })
        .catch(e => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(status);
      expect(error.cause).toMatchObject({ name, message });
      expect(error.body.error.message).toBe(message);
    },
  );

  it('fails a delete with a ResponseError instead of resolving', async () => {
    backend.answer({
      status: 404,
      json: apiErrorBody(404, 'NotFoundError', 'No interrupt int-1'),
    });
    const { client } = createClient();

    await expect(client.deleteInterrupt('int-1')).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
    });
  });
});
