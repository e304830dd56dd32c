import { signAutomationRequest } from '@agile-ops/plugin-scaffolder-backend-module-agile-ops';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { demoAutomationPlugin } from './plugin';

const SECRET = 'demo-automation-test-secret-0123456789';
const RESTARTS = '/api/demo-automation/restarts';

// `null`: no secret in the config at all.
async function start(secret: string | null = SECRET) {
  const { server } = await startTestBackend({
    features: [
      demoAutomationPlugin,
      // The real httpAuth: the mock one treats a request without a token as a signed-in user.
      httpAuthServiceFactory,
      mockServices.rootConfig.factory({
        data: secret
          ? { agileOps: { automation: { signingSecret: secret } } }
          : {},
      }),
    ],
  });
  return server;
}

function restart(
  reason: string,
  entityRef = 'component:default/ledger-service',
) {
  return JSON.stringify({
    entityRef,
    requestedBy: 'user:default/alex.morgan',
    requestId: `scaffolder-task-${reason}-restart`,
    reason,
  });
}

// What agile-ops:automation:call sends: the raw JSON and the two signature headers.
function post(
  server: Awaited<ReturnType<typeof start>>,
  body: string,
  headers: Record<string, string> = signAutomationRequest({
    secret: SECRET,
    body,
  }),
) {
  return request(server)
    .post(RESTARTS)
    .set('Content-Type', 'application/json')
    .set(headers)
    .send(body);
}

async function listed(server: Awaited<ReturnType<typeof start>>) {
  const res = await request(server)
    .get(RESTARTS)
    .set('Authorization', mockCredentials.user.header());
  expect(res.status).toBe(200);
  return (res.body.restarts as Array<{ reason: string }>).map(r => r.reason);
}

describe('demo restart automation', () => {
  it('accepts signed restart requests and lists the latest first to a signed-in user', async () => {
    const server = await start();
    for (const reason of ['memory leak', 'stuck consumer']) {
      const res = await post(server, restart(reason));
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({
        entityRef: 'component:default/ledger-service',
        requestedBy: 'user:default/alex.morgan',
        requestId: `scaffolder-task-${reason}-restart`,
        reason,
      });
    }
    expect(await listed(server)).toEqual(['stuck consumer', 'memory leak']);
  });

  it('refuses unsigned, badly signed, tampered, stale and replayed requests with 401, storing nothing', async () => {
    const server = await start();
    const body = restart('forged');
    const signed = signAutomationRequest({ secret: SECRET, body });
    const cases: Array<[string, () => request.Test, string]> = [
      ['unsigned', () => post(server, body, {}), 'the request is not signed'],
      [
        'another secret',
        () =>
          post(
            server,
            body,
            signAutomationRequest({
              secret: 'not-the-demo-secret-but-long-enough',
              body,
            }),
          ),
        'the signature does not match',
      ],
      [
        'a tampered body',
        () =>
          post(
            server,
            restart('forged', 'component:default/payments-api'),
            signed,
          ),
        'the signature does not match',
      ],
      [
        'a malformed signature',
        () =>
          post(server, body, {
            ...signed,
            'X-Agile-Ops-Signature': 'sha1=abc',
          }),
        'sha256=<64 hex digits>',
      ],
      [
        'a timestamp six minutes old',
        () =>
          post(
            server,
            body,
            signAutomationRequest({
              secret: SECRET,
              body,
              now: new Date(Date.now() - 6 * 60_000),
            }),
          ),
        'the request is stale',
      ],
    ];
    for (const [name, send, message] of cases) {
      const res = await send();
      expect({
        name,
        status: res.status,
        message: res.body.error?.message,
      }).toEqual({
        name,
        status: 401,
        message: expect.stringContaining(message),
      });
    }
    expect(await listed(server)).toEqual([]);

    const first = await post(server, body, signed);
    const replay = await post(server, body, signed);
    expect([first.status, replay.status]).toEqual([202, 401]);
    expect(replay.body.error.message).toBe(
      'the request is a replay: this signature was accepted before',
    );
    expect(await listed(server)).toEqual(['forged']);
  });

  it('refuses a signed request without an entity ref or with a body that is not JSON', async () => {
    const server = await start();
    const missing = await post(server, JSON.stringify({ reason: 'x' }));
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('entityRef');

    const notJson = await post(server, 'restart please');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.message).toBe('the body must be a JSON object');
  });

  it('lists requests only to a signed-in user', async () => {
    const server = await start();
    await post(server, restart('memory leak'));

    const anonymous = await request(server).get(RESTARTS);
    expect(anonymous.status).toBe(401);
    const service = await request(server)
      .get(RESTARTS)
      .set('Authorization', mockCredentials.service.header());
    expect(service.status).toBe(403);
    expect(await listed(server)).toEqual(['memory leak']);
  });

  it('refuses every request while no signing secret is configured', async () => {
    const server = await start(null);
    const res = await post(server, restart('memory leak'));
    expect(res.status).toBe(503);
    expect(res.body.error.message).toContain(
      'agileOps.automation.signingSecret',
    );
    expect(await listed(server)).toEqual([]);
  });
});
