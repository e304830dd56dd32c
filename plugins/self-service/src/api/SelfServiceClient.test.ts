import { apiErrorBody, setupFakeBackend } from '@agile-ops/test-utils/frontend';
import { ResponseError } from '@backstage/errors';
import { makeRun, makeUsage } from '../__testUtils__/fixtures';
import { SelfServiceClient } from './SelfServiceClient';

const BASE = 'http://localhost:7007/api/maturity';

const backend = setupFakeBackend(BASE);
const { requests } = backend;
const createClient = () => backend.createClient(SelfServiceClient);

describe('SelfServiceClient', () => {
  it('reads the usage of an entity from the maturity backend', async () => {
    const usage = makeUsage({ last30Days: 2, last90Days: 5 }, [
      makeRun({ id: 'r2', ranAt: '2026-03-02T10:00:00.000Z' }),
      makeRun({ id: 'r1' }),
    ]);
    backend.answer({ json: usage });
    const { client, discoveryApi, fetchApi } = createClient();

    await expect(
      client.getUsage('component:default/payments'),
    ).resolves.toEqual(usage);

    // Runs are maturity evidence, so they live in the maturity backend.
    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('maturity');
    expect(requests).toHaveLength(1);
    expect(requests[0].method).toBe('GET');
    expect(requests[0].url.href).toBe(
      `${BASE}/entities/component/default/payments/self-service`,
    );
    // Through fetchApi, which adds the user's token; no hand-built headers.
    expect(fetchApi.fetch).toHaveBeenCalledTimes(1);
  });

  it('fills in the default namespace and encodes every part of the ref', async () => {
    backend.answer({ json: makeUsage() });
    const { client } = createClient();

    await client.getUsage('component:payments');
    await client.getUsage('resource:team a/db#1?x');

    expect(requests.map(r => r.url.pathname)).toEqual([
      '/api/maturity/entities/component/default/payments/self-service',
      '/api/maturity/entities/resource/team%20a/db%231%3Fx/self-service',
    ]);
  });

  it('rejects a ref it cannot parse before calling anyone', async () => {
    backend.answer({ json: {} });
    const { client } = createClient();

    await expect(client.getUsage('payments')).rejects.toThrow(/kind/);
    expect(requests).toHaveLength(0);
  });

  it('turns an error answer into a ResponseError with the backend message', async () => {
    backend.answer({
      status: 404,
      json: apiErrorBody(
        404,
        'NotFoundError',
        'No entity component:default/gone',
        {
          method: 'GET',
          url: '/api/maturity/entities/component/default/gone/self-service',
        },
      ),
    });
    const { client } = createClient();

    const error = await client.getUsage('component:default/gone').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
    expect(error.body.error.message).toBe('No entity component:default/gone');
  });
});
