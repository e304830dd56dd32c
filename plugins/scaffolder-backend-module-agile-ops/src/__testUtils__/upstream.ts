import { DiscoveryService } from '@backstage/backend-plugin-api';
import express from 'express';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** One request a fake upstream received. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body: any;
}

/** A request of a fake upstream, with its body as the bytes received (`undefined` without a body). */
export type RawBodyRequest = express.Request & { rawBody?: string };

/** A real HTTP server on 127.0.0.1 standing in for other plugins or an automation endpoint. */
export interface Upstream {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Requests that could have written something. */
  writes(): RecordedRequest[];
  /** Points every plugin id at `{baseUrl}/api/{pluginId}`. */
  discovery: DiscoveryService;
  close(): Promise<void>;
}

/** Starts a fake upstream on a random port; `routes` adds its handlers. */
export async function startUpstream(
  routes: (app: express.Express) => void,
): Promise<Upstream> {
  const app = express();
  const requests: RecordedRequest[] = [];
  // Keeps the exact bytes received, so a test can check a signature over them.
  app.use(
    express.json({
      verify: (req, _res, buf) => {
        (req as RawBodyRequest).rawBody = buf.toString('utf8');
      },
    }),
  );
  app.use((req, _res, next) => {
    requests.push({
      method: req.method,
      path: req.path,
      authorization: req.headers.authorization,
      body: req.body,
    });
    next();
  });
  routes(app);

  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const pluginUrl = async (pluginId: string) => `${baseUrl}/api/${pluginId}`;

  return {
    baseUrl,
    requests,
    writes: () => requests.filter(r => r.method !== 'GET'),
    discovery: { getBaseUrl: pluginUrl, getExternalBaseUrl: pluginUrl },
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve())),
      ),
  };
}

/** Answers the way Backstage's error middleware does: `{ error: { name, message }, ... }`. */
export function sendError(
  res: express.Response,
  status: number,
  name: string,
  message: string,
) {
  res.status(status).json({
    error: { name, message },
    request: { method: res.req.method, url: res.req.originalUrl },
    response: { statusCode: status },
  });
}
