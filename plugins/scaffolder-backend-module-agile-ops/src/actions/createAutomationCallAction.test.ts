import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createCheckpointStore, runAction } from '../__testUtils__/context';
import { sendError, startUpstream, Upstream } from '../__testUtils__/upstream';
import { createAutomationCallAction } from './createAutomationCallAction';

describe('agile-ops:automation:call', () => {
  let upstream: Upstream;
  let hook: (res: any, body: any) => void;
  let nextId: number;

  beforeAll(async () => {
    upstream = await startUpstream(app => {
      app.post('/hooks/restart', (req, res) => hook(res, req.body));
      app.post('/admin/wipe', (_req, res) => res.status(200).end());
    });
  });
  afterAll(() => upstream.close());
  beforeEach(() => {
    upstream.requests.length = 0;
    nextId = 1;
    hook = (res, body) =>
      res
        .status(202)
        .json({ jobId: `job-${nextId++}`, target: body.entityRef });
  });

  const action = (allowedUrls?: string[]) =>
    createAutomationCallAction({
      config: mockServices.rootConfig({
        data: allowedUrls ? { agileOps: { automation: { allowedUrls } } } : {},
      }),
      auth: mockServices.auth(),
    });
  const allowed = () => [`${upstream.baseUrl}/hooks/`];
  const input = () => ({
    url: `${upstream.baseUrl}/hooks/restart`,
    entityRef: 'component:default/payments-api',
    body: {
      environment: 'production',
      requestedBy: 'user:default/someone-else',
    },
  });

  it('posts the body with the entity and the initiator, and no Backstage token', async () => {
    const output = await runAction(action(allowed()), input());

    expect(output).toEqual({
      status: 202,
      response: { jobId: 'job-1', target: 'component:default/payments-api' },
    });
    expect(upstream.requests).toEqual([
      {
        method: 'POST',
        path: '/hooks/restart',
        authorization: undefined,
        body: {
          environment: 'production',
          entityRef: 'component:default/payments-api',
          requestedBy: 'user:default/jo',
        },
      },
    ]);
  });

  it('refuses every call while no URL is allowed, naming the config key', async () => {
    await expect(runAction(action(), input())).rejects.toThrow(
      'no URL is allowed until agileOps.automation.allowedUrls lists URL prefixes',
    );
    await expect(runAction(action([]), input())).rejects.toThrow(
      'agileOps.automation.allowedUrls',
    );
    expect(upstream.requests).toEqual([]);
  });

  it.each([
    ['another path', '/admin/wipe'],
    ['a path that climbs out of the prefix', '/hooks/../admin/wipe'],
  ])('refuses %s', async (_name, path) => {
    await expect(
      runAction(action(allowed()), {
        ...input(),
        url: `${upstream.baseUrl}${path}`,
      }),
    ).rejects.toThrow(
      'is not allowed: it starts with none of the prefixes in agileOps.automation.allowedUrls',
    );
    expect(upstream.requests).toEqual([]);
  });

  it('refuses a host that only looks like an allowed one', async () => {
    const config = ['https://automation.example.com'];
    for (const url of [
      'https://automation.example.com@127.0.0.1/hooks/restart',
      'https://automation.example.com.evil.io/hooks/restart',
      'http://automation.example.com/hooks/restart',
    ]) {
      await expect(
        runAction(action(config), { ...input(), url }),
      ).rejects.toThrow(/not allowed|without credentials/);
    }
  });

  it.each([
    [{ url: 'ftp://files.example.com/x' }, 'url must be an http(s) URL'],
    [{ url: 'restart' }, 'url must be an absolute http(s) URL'],
    [{ entityRef: 'nope' }, 'entityRef must be an entity ref'],
  ])('rejects bad input before any call (%#)', async (bad, message) => {
    await expect(
      runAction(action(allowed()), { ...input(), ...bad }),
    ).rejects.toThrow(message);
    expect(upstream.requests).toEqual([]);
  });

  it('needs a signed-in initiator', async () => {
    await expect(
      runAction(action(allowed()), input(), {
        credentials: mockCredentials.service(),
      }),
    ).rejects.toThrow('needs a task started by a signed-in user');
  });

  it('sends nothing in a dry run but still checks the allow-list', async () => {
    const output = await runAction(action(allowed()), input(), {
      isDryRun: true,
    });
    expect(output).toEqual({ status: 200, response: { dryRun: true } });

    await expect(
      runAction(action(), input(), { isDryRun: true }),
    ).rejects.toThrow('agileOps.automation.allowedUrls');
    expect(upstream.requests).toEqual([]);
  });

  it('returns the first answer when the task is retried', async () => {
    const checkpoints = createCheckpointStore();
    const first = await runAction(action(allowed()), input(), { checkpoints });
    const retried = await runAction(action(allowed()), input(), {
      checkpoints,
    });

    expect(retried).toEqual(first);
    expect(upstream.writes()).toHaveLength(1);
  });

  it('fails the step when the endpoint answers with an error', async () => {
    hook = res => sendError(res, 503, 'Error', 'restart queue is full');

    await expect(runAction(action(allowed()), input())).rejects.toThrow(
      `${upstream.baseUrl}/hooks/restart answered 503: restart queue is full`,
    );
  });

  it('passes a text answer through as text', async () => {
    hook = res => res.status(200).type('text/plain').send('queued');

    await expect(runAction(action(allowed()), input())).resolves.toEqual({
      status: 200,
      response: 'queued',
    });
  });
});
