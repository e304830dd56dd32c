import { mockServices } from '@backstage/backend-test-utils';
import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo } from 'node:net';
import { OncallClient } from '../client/OncallClient';

/** Answers one path of the stand-in. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A stand-in for the on-call plugin's HTTP API on a loopback port. */
export interface Loopback {
  /** Every request it got: path with query, and its Authorization header. */
  seen: Array<{ url?: string; authorization?: string }>;
  /** A client whose discovery points at the stand-in. */
  client(timeoutMs?: number): OncallClient;
  close(): Promise<void>;
}

/**
 * Starts a stand-in for the on-call plugin on 127.0.0.1 (any free port) that answers the
 * paths below `/api/oncall` of `routes` (without their query) and 404 to the rest.
 */
export async function startLoopback(
  routes: Record<string, Handler>,
): Promise<Loopback> {
  const seen: Loopback['seen'] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ url: req.url, authorization: req.headers.authorization });
    const path = (req.url ?? '').split('?')[0].replace(/^\/api\/oncall/, '');
    const route = routes[path];
    if (route) return route(req, res);
    res.statusCode = 404;
    return res.end('{"error":{"name":"NotFoundError","message":"not here"}}');
  });
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/api/oncall`;
  return {
    seen,
    client: timeoutMs =>
      new OncallClient({
        auth: mockServices.auth(),
        discovery: mockServices.discovery.mock({
          getBaseUrl: async () => baseUrl,
        }),
        timeoutMs,
      }),
    async close() {
      server.closeAllConnections();
      await new Promise(done => server.close(done));
    },
  };
}
