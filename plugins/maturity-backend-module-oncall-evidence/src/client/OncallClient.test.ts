import { NowResponseSchema } from '@agile-ops/plugin-oncall-common';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Loopback, startLoopback } from '../__testUtils__/loopback';

// The client against a loopback stand-in for the on-call plugin, the edge it talks to. The
// module test runs it against the real plugin; this one covers the answers the real one
// seldom gives: errors, redirects, malformed bodies, slowness.

const NOW_ANSWER = {
  entityRef: 'group:default/team-a',
  team: 'group:default/team-a',
  resolvedVia: 'self',
  roles: [],
  escalation: ['user:default/jo'],
};

describe('OncallClient', () => {
  let oncall: Loopback;

  beforeAll(async () => {
    oncall = await startLoopback({
      '/now': (_req, res) => res.end(JSON.stringify(NOW_ANSWER)),
      '/broken': (_req, res) => {
        res.statusCode = 500;
        res.end(`{"error":{"message":"${'x'.repeat(1000)}"}}`);
      },
      // Back to this stand-in, so the test sees whether the client came.
      '/moved': (_req, res) => {
        res.statusCode = 302;
        res.setHeader('location', '/api/oncall/now');
        res.end();
      },
      '/odd': (_req, res) =>
        res.end(JSON.stringify({ ...NOW_ANSWER, escalation: 'jo' })),
      // Never answers within the tests' timeouts.
      '/slow': () => {},
    });
  });
  afterAll(() => oncall.close());

  const credentials = mockCredentials.service('plugin:maturity');
  const session = (signal = new AbortController().signal, timeoutMs = 5_000) =>
    oncall.client(timeoutMs).session({ credentials, signal });

  it('reads a checked answer with a token of the maturity plugin for the on-call plugin', async () => {
    const answer = await (await session()).get('/now', NowResponseSchema);

    expect(answer).toEqual(NOW_ANSWER);
    expect(oncall.seen.at(-1)).toEqual({
      url: '/api/oncall/now',
      authorization: mockCredentials.service.header({
        onBehalfOf: credentials,
        targetPluginId: 'oncall',
      }),
    });
  });

  it('answers undefined for a 404', async () => {
    await expect(
      (await session()).get('/missing', NowResponseSchema),
    ).resolves.toBeUndefined();
  });

  it('fails with the status and the start of the body for other errors', async () => {
    const error: Error = await (await session())
      .get('/broken', NowResponseSchema)
      .then(
        () => new Error('the request did not fail'),
        (e: Error) => e,
      );

    expect(error.message).toMatch(/^oncall \/broken answered 500: \{"error"/);
    expect(error.message.length).toBeLessThan(400);
  });

  it('follows no redirect, so the token goes nowhere else', async () => {
    const before = oncall.seen.length;
    await expect(
      (await session()).get('/moved', NowResponseSchema),
    ).rejects.toThrow(/fetch failed/);
    expect(oncall.seen.slice(before).map(s => s.url)).toEqual([
      '/api/oncall/moved',
    ]);
  });

  it('fails naming the field of an answer of another shape', async () => {
    await expect(
      (await session()).get('/odd', NowResponseSchema),
    ).rejects.toThrow(
      /^oncall \/odd answered an unexpected shape at escalation: /,
    );
  });

  it('gives up after its timeout, and when the page is aborted', async () => {
    await expect(
      (await session(undefined, 50)).get('/slow', NowResponseSchema),
    ).rejects.toThrow(/timeout/i);

    const page = new AbortController();
    const pending = (await session(page.signal)).get(
      '/slow',
      NowResponseSchema,
    );
    page.abort(new Error('the provider ran past its time limit'));
    await expect(pending).rejects.toThrow(
      'the provider ran past its time limit',
    );
  });
});
