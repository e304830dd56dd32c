import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { startUpstream, Upstream } from '../__testUtils__/upstream';
import { PluginApiClient, upstreamMessage } from './PluginApiClient';

describe('PluginApiClient', () => {
  let upstream: Upstream;

  beforeAll(async () => {
    upstream = await startUpstream(app => {
      app.post('/api/oncall/echo', (req, res) =>
        res.status(201).json(req.body),
      );
      app.get('/api/oncall/empty', (_req, res) => res.status(204).end());
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

  it('names the plugin and the status when nothing answers the path', async () => {
    await expect(
      client().request({
        pluginId: 'oncall',
        method: 'GET',
        path: '/missing',
        credentials: mockCredentials.user(),
      }),
    ).rejects.toMatchObject({
      name: 'PluginApiError',
      pluginId: 'oncall',
      status: 404,
      message: expect.stringMatching(/^oncall answered 404: /),
    });
  });

  it('prefers the Backstage error message and cuts other bodies short', () => {
    expect(
      upstreamMessage(
        '{"error":{"name":"InputError","message":"bad"}}',
        'Bad Request',
      ),
    ).toBe('bad');
    expect(upstreamMessage('x'.repeat(400), 'Bad Gateway')).toHaveLength(301);
    expect(upstreamMessage('  ', 'Bad Gateway')).toBe('Bad Gateway');
    expect(upstreamMessage('', '')).toBe('no error message');
  });
});
