import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { PluginApiClient } from '../api/PluginApiClient';
import {
  createCheckpointStore,
  oboHeader,
  runAction,
} from '../__testUtils__/context';
import {
  RawBodyRequest,
  sendError,
  startUpstream,
  Upstream,
} from '../__testUtils__/upstream';
import { createAutomationRequestVerifier } from '../automation/signing';
import { createAutomationCallAction } from './createAutomationCallAction';

const SECRET = 'the-test-automation-signing-secret-0123';
const VISIBLE = 'component:default/payments-api';
const HIDDEN = 'component:default/fraud-detection';

describe('agile-ops:automation:call', () => {
  // One real server is the automation endpoint and the catalog; another stands for wherever a
  // redirect would lead.
  let upstream: Upstream;
  let elsewhere: Upstream;
  let hook: (res: any, body: any) => void;
  let verdicts: Array<string | undefined>;
  let nextId: number;

  beforeAll(async () => {
    elsewhere = await startUpstream(app => {
      app.post('/steal', (_req, res) => res.status(200).json({ stolen: true }));
    });
    upstream = await startUpstream(app => {
      app.get(
        '/api/catalog/entities/by-name/:kind/:namespace/:name',
        (req, res) => {
          const ref = `${req.params.kind}:${req.params.namespace}/${req.params.name}`;
          // The catalog only answers for the initiator, and hides what they may not read.
          if (req.headers.authorization !== oboHeader('catalog')) {
            sendError(res, 401, 'AuthenticationError', 'not the initiator');
          } else if (ref === VISIBLE) {
            res.json({
              kind: 'Component',
              metadata: { name: req.params.name },
            });
          } else {
            sendError(res, 404, 'NotFoundError', `No entity named '${ref}'`);
          }
        },
      );
      const verifier = createAutomationRequestVerifier({ secret: SECRET });
      app.post('/hooks/restart', (req, res) => {
        try {
          verifier.verify({
            headers: req.headers,
            body: (req as RawBodyRequest).rawBody ?? '',
          });
          verdicts.push(undefined);
        } catch (error) {
          verdicts.push((error as Error).message);
        }
        hook(res, req.body);
      });
      app.post('/admin/wipe', (_req, res) => res.status(200).end());
    });
  });
  afterAll(async () => {
    await upstream.close();
    await elsewhere.close();
  });
  beforeEach(() => {
    upstream.requests.length = 0;
    elsewhere.requests.length = 0;
    verdicts = [];
    nextId = 1;
    hook = (res, body) =>
      res
        .status(202)
        .json({ jobId: `job-${nextId++}`, target: body.entityRef });
  });

  const action = (
    allowedUrls?: string[],
    // `null`: no secret in the config at all.
    secret: string | null = SECRET,
  ) => {
    const auth = mockServices.auth();
    return createAutomationCallAction({
      config: mockServices.rootConfig({
        data: {
          agileOps: {
            automation: { allowedUrls, signingSecret: secret ?? undefined },
          },
        },
      }),
      auth,
      api: new PluginApiClient({ auth, discovery: upstream.discovery }),
    });
  };
  const allowed = () => [`${upstream.baseUrl}/hooks/`];
  const input = () => ({
    url: `${upstream.baseUrl}/hooks/restart`,
    entityRef: VISIBLE,
    body: {
      environment: 'production',
      requestedBy: 'user:default/someone-else',
    },
  });

  it('posts a signed body with the entity, the initiator and a request id, and no Backstage token', async () => {
    const output = await runAction(action(allowed()), input());

    expect(output).toEqual({
      status: 202,
      response: { jobId: 'job-1', target: VISIBLE },
    });
    expect(upstream.requests).toEqual([
      {
        method: 'GET',
        path: '/api/catalog/entities/by-name/component/default/payments-api',
        authorization: oboHeader('catalog'),
        body: {},
      },
      {
        method: 'POST',
        path: '/hooks/restart',
        authorization: undefined,
        body: {
          environment: 'production',
          entityRef: VISIBLE,
          requestedBy: 'user:default/jo',
          requestId: 'scaffolder-task-1-step-1',
        },
      },
    ]);
    // The receiver's verifier, the one the demo automation uses, accepts the signature.
    expect(verdicts).toEqual([undefined]);
  });

  it('sends a signature the receiver refuses under another secret', async () => {
    const forged = action(allowed(), 'someone-elses-secret-of-enough-length');
    await runAction(forged, input());
    expect(verdicts).toEqual([
      'the request is badly signed: the signature does not match the body and timestamp',
    ]);
  });

  it.each([301, 302, 303, 307, 308])(
    'refuses a %i redirect, naming where it points, and does not follow it',
    async status => {
      hook = res => res.redirect(status, `${elsewhere.baseUrl}/steal`);
      await expect(runAction(action(allowed()), input())).rejects.toThrow(
        `${upstream.baseUrl}/hooks/restart answered ${status} with a redirect to ${elsewhere.baseUrl}/steal; redirects are not followed`,
      );
      expect(elsewhere.requests).toEqual([]);
    },
  );

  it('refuses an entity the initiator may not read, or that does not exist, before any call', async () => {
    for (const isDryRun of [false, true]) {
      await expect(
        runAction(
          action(allowed()),
          { ...input(), entityRef: HIDDEN },
          {
            isDryRun,
          },
        ),
      ).rejects.toThrow(
        `${HIDDEN} is not in the catalog or user:default/jo may not read it; nothing was sent`,
      );
    }
    expect(upstream.writes()).toEqual([]);
  });

  it.each([
    [null, 'agileOps.automation.signingSecret is not set in app-config'],
    [
      'too-short',
      'agileOps.automation.signingSecret must be at least 32 characters',
    ],
  ])(
    'refuses to call without a usable secret (%s)',
    async (secret, message) => {
      for (const isDryRun of [false, true]) {
        await expect(
          runAction(action(allowed(), secret), input(), { isDryRun }),
        ).rejects.toThrow(message);
      }
      expect(upstream.requests).toEqual([]);
    },
  );

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
    ['a longer first segment', '/hooks.evil/restart'],
  ])('refuses %s', async (_name, path) => {
    await expect(
      runAction(action(allowed()), {
        ...input(),
        url: `${upstream.baseUrl}${path}`,
      }),
    ).rejects.toThrow(
      'is not allowed: it is below none of the prefixes in agileOps.automation.allowedUrls',
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
    expect(upstream.requests).toEqual([]);
  });

  it('sends nothing in a dry run but still checks the allow-list', async () => {
    const output = await runAction(action(allowed()), input(), {
      isDryRun: true,
    });
    expect(output).toEqual({ status: 200, response: { dryRun: true } });

    await expect(
      runAction(action(), input(), { isDryRun: true }),
    ).rejects.toThrow('agileOps.automation.allowedUrls');
    expect(upstream.writes()).toEqual([]);
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
