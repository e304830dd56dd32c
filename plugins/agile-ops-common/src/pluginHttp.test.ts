import { ResponseError } from '@backstage/errors';
import {
  entityRefPath,
  jsonRequest,
  PluginHttpClient,
  queryString,
} from './pluginHttp';

class ExampleClient extends PluginHttpClient {
  get = (path: string) => this.json<{ ok: boolean }>(path);
  remove = (path: string) => this.send(path, { method: 'DELETE' });
}

function client(answer: Response) {
  const fetch = jest.fn(async (_input: string, _init?: RequestInit) => answer);
  const getBaseUrl = jest.fn(async (id: string) => `http://backend/api/${id}`);
  return {
    fetch,
    getBaseUrl,
    client: new ExampleClient('example', {
      discoveryApi: { getBaseUrl },
      fetchApi: { fetch },
    }),
  };
}

describe('PluginHttpClient', () => {
  it("asks discovery for the plugin's base URL and reads the JSON answer", async () => {
    const {
      client: example,
      fetch,
      getBaseUrl,
    } = client(new Response(JSON.stringify({ ok: true }), { status: 200 }));
    await expect(example.get('/things?x=1')).resolves.toEqual({ ok: true });
    expect(getBaseUrl).toHaveBeenCalledWith('example');
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/example/things?x=1',
      undefined,
    );
  });

  it("turns a failed answer into a ResponseError with the backend's body", async () => {
    const body = {
      error: { name: 'InputError', message: 'title must not be empty' },
      response: { statusCode: 400 },
    };
    const { client: example } = client(
      new Response(JSON.stringify(body), {
        status: 400,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    const failure = example.remove('/things/1');
    await expect(failure).rejects.toBeInstanceOf(ResponseError);
    await expect(failure).rejects.toMatchObject({
      body: { error: { message: 'title must not be empty' } },
    });
  });
});

describe('the request helpers', () => {
  it('encode each part of an entity ref for a path', () => {
    expect(entityRefPath('component:default/payments api')).toBe(
      'component/default/payments%20api',
    );
  });

  it('write only the parameters that are set', () => {
    expect(queryString({ a: 1, b: undefined, c: 'x y', d: false })).toBe(
      '?a=1&c=x+y&d=false',
    );
    expect(queryString({ a: undefined })).toBe('');
  });

  it('send a body as JSON', () => {
    expect(jsonRequest('PUT', { a: 1 })).toEqual({
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":1}',
    });
  });
});
