import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ErrorResponseBody } from '@backstage/errors';
import { MockFetchApi, registerMswTestHooks } from '@backstage/test-utils';
import { rest } from 'msw';
import { setupServer } from 'msw/node';

/** One request the fake backend received. */
export interface RecordedRequest {
  method: string;
  url: URL;
  /** Path and query, such as `/api/oncall/interrupts?open=true`. */
  target: string;
  body: string;
  /** The request's content type, or an empty string. */
  type: string;
}

/**
 * How the fake backend answers: a status (200 unless given) with a JSON body, a text body of
 * `contentType` (`text/plain` unless given), or no body.
 */
export interface FakeAnswer {
  status?: number;
  json?: unknown;
  text?: string;
  contentType?: string;
}

/** An HTTP client of the test, with the discovery and fetch APIs it was built from. */
export interface ConnectedClient<TClient> {
  client: TClient;
  /** Answers the fake backend's base URL; read its calls to check the plugin id asked for. */
  discoveryApi: { getBaseUrl: jest.Mock<Promise<string>, [string]> };
  /** Backstage's mock fetch API with `fetch` spied on, to check requests go through it. */
  fetchApi: MockFetchApi;
}

/** The fake backend of one test file; see {@link setupFakeBackend}. */
export interface FakeBackend {
  /** Every request of the current test, in order; emptied before each test. */
  readonly requests: RecordedRequest[];
  /** Answers every request under the base URL from now until the end of the test. */
  answer(answer: FakeAnswer | ((url: URL) => FakeAnswer)): void;
  /** The only request of the current test; fails the test if there were more or none. */
  onlyRequest(): RecordedRequest;
  /** Builds an HTTP client that finds this backend through discovery. */
  createClient<TClient>(
    Client: new (options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    }) => TClient,
  ): ConnectedClient<TClient>;
}

/**
 * Stands up an msw server for the HTTP client tests of the calling file, recording every request
 * under `baseUrl` (such as `http://localhost:7007/api/oncall`) and answering as the test says.
 * Call it at the top of the file: it registers the server's jest hooks.
 */
export function setupFakeBackend(baseUrl: string): FakeBackend {
  const server = setupServer();
  registerMswTestHooks(server);
  const requests: RecordedRequest[] = [];
  beforeEach(() => {
    requests.length = 0;
  });

  return {
    requests,
    answer(answer) {
      server.use(
        rest.all(`${baseUrl}/*`, async (req, res, ctx) => {
          const url = new URL(req.url.href);
          requests.push({
            method: req.method,
            url,
            target: url.pathname + url.search,
            body: await req.text(),
            type: req.headers.get('content-type') ?? '',
          });
          const {
            status = 200,
            json,
            text,
            contentType = 'text/plain',
          } = typeof answer === 'function' ? answer(req.url) : answer;
          if (text !== undefined) {
            return res(
              ctx.status(status),
              ctx.set('Content-Type', contentType),
              ctx.body(text),
            );
          }
          return json === undefined
            ? res(ctx.status(status))
            : res(ctx.status(status), ctx.json(json));
        }),
      );
    },
    onlyRequest() {
      expect(requests).toHaveLength(1);
      return requests[0];
    },
    createClient(Client) {
      const discoveryApi = {
        getBaseUrl: jest.fn(async (_pluginId: string) => baseUrl),
      };
      const fetchApi = new MockFetchApi();
      jest.spyOn(fetchApi, 'fetch');
      return {
        client: new Client({ discoveryApi, fetchApi }),
        discoveryApi,
        fetchApi,
      };
    },
  };
}

/**
 * The body a Backstage backend sends with an error status, for a fake backend to answer with;
 * the request named in it is not checked by the clients.
 */
export function apiErrorBody(
  status: number,
  name: string,
  message: string,
  request: ErrorResponseBody['request'] = { method: 'GET', url: '/' },
): ErrorResponseBody {
  return {
    error: { name, message },
    request,
    response: { statusCode: status },
  };
}
