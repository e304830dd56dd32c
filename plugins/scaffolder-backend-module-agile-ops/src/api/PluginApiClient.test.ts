import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ResponseError } from '@backstage/errors';
import { sendError, startUpstream, Upstream } from '../__testUtils__/upstream';
import { failedStatus } from './failedResponse';
import { PluginApiClient } from './PluginApiClient';

describe('PluginApiClient', () => {
  let upstream: Upstream;

  beforeAll(async () => {
    upstream = await startUpstream(app => {
      app.post('/api/oncall/echo', (req, res) =>
        res.status(201).json(req.body),
      );
      app.get('/api/oncall/empty', (_req, res) => res.status(204).end());
      app.post('/api/oncall/refused', (_req, res) =>
        sendError(res, 403, 'NotAllowedError', 'not your team'),
      );
      app.get('/api/oncall/proxy', (_req, res) =>
        res
          .status(502)
          .type('text/html')
          .send(`<html>${'x'.repeat(400)}`),
      );
      app.get('/api/oncall/silent', (_req, res) => res.status(503).end());
    });
  });
  afterAll(() => upstream.close());

  const client = () =>
    new PluginApiClient({
      auth: mockServices.auth(),
      discovery: upstream.discovery,
    });

  it('sends JSON with a token on behalf of the user and reads JSON back', async () => {
    const answer = await client().request({
      pluginId: 'oncall',
      method: 'POST',
      path: '/echo',
      body: { a: 1 },
      credentials: mockCredentials.user('user:default/kim'),
    });

    expect(answer).toEqual({ a: 1 });
    expect(upstream.requests.at(-1)?.authorization).toBe(
      mockCredentials.service.header({
        onBehalfOf: mockCredentials.user('user:default/kim'),
        targetPluginId: 'oncall',
      }),
    );
  });

  it('reads an empty answer as an empty object', async () => {
    await expect(
      client().request({
        pluginId: 'oncall',
        method: 'GET',
        path: '/empty',
        credentials: mockCredentials.user(),
      }),
    ).resolves.toEqual({});
  });

  // The error a request failed with; a request that succeeds fails the test.
  const failure = (promise: Promise<unknown>): Promise<Error> =>
    promise.then(
      () => Promise.reject(new Error('the request did not fail')),
      (error: Error) => error,
    );
  const get = (path: string) =>
    client().request({
      pluginId: 'oncall',
      method: 'GET',
      path,
      credentials: mockCredentials.user(),
    });

  it("names the plugin, the status and the plugin's message, keeping the ResponseError", async () => {
    const error = await failure(
      client().request({
        pluginId: 'oncall',
        method: 'POST',
        path: '/refused',
        body: {},
        credentials: mockCredentials.user(),
      }),
    );

    expect(error.message).toBe('oncall answered 403: not your team');
    expect(error.cause).toBeInstanceOf(ResponseError);
    expect(error.cause).toMatchObject({
      statusCode: 403,
      cause: { name: 'NotAllowedError', message: 'not your team' },
    });
    expect(failedStatus(error)).toBe(403);
  });

  it('names the plugin and the status when nothing answers the path', async () => {
    const error = await failure(get('/missing'));

    expect(error.message).toMatch(/^oncall answered 404: /);
    expect(failedStatus(error)).toBe(404);
  });

  it('cuts a long body short and names the status of an empty one', async () => {
    const proxy = await failure(get('/proxy'));
    expect(proxy.message).toMatch(
      /^oncall answered 502: Request failed with status 502 Bad Gateway, <html>x+…$/,
    );
    expect(proxy.message).toHaveLength('oncall answered 502: '.length + 301);

    await expect(get('/silent')).rejects.toThrow(
      /^oncall answered 503: Request failed with status 503 Service Unavailable$/,
    );
  });

  it('knows no status of an error that is not an answer', () => {
    expect(failedStatus(new Error('socket hang up'))).toBeUndefined();
    expect(failedStatus('404')).toBeUndefined();
  });
});
