import { mockServices } from '@backstage/backend-test-utils';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ScaffolderTasks } from './ScaffolderTasks';

const claim = {
  taskId: 't-1',
  templateRef: 'template:default/add-runbook',
  userEntityRef: 'user:default/jo',
};

function tasksAt(baseUrl: string) {
  return new ScaffolderTasks({
    discovery: {
      getBaseUrl: async () => baseUrl,
      getExternalBaseUrl: async () => baseUrl,
    },
    auth: mockServices.auth({ pluginId: 'maturity' }),
  });
}

describe('ScaffolderTasks', () => {
  let server: Server;
  let answer: { status: number; body: unknown };
  const seen: Array<{ url?: string; authorization?: string }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url, authorization: req.headers.authorization });
      res.writeHead(answer.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));

  const base = () =>
    `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/scaffolder`;

  it('accepts a running task of the user and the template, asked with a service token', async () => {
    answer = {
      status: 200,
      body: {
        status: 'processing',
        createdBy: 'user:default/JO',
        spec: { templateInfo: { entityRef: 'Template:default/add-runbook' } },
      },
    };
    await expect(tasksAt(base()).verify(claim)).resolves.toBeUndefined();
    expect(seen.at(-1)).toEqual({
      url: '/api/scaffolder/v2/tasks/t-1',
      authorization: expect.stringMatching(/^Bearer mock-service-token/),
    });
  });

  it('refuses with 503 naming the setting when the scaffolder answers with an error', async () => {
    answer = { status: 500, body: {} };
    await expect(tasksAt(base()).verify(claim)).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringMatching(
        /^Could not check task t-1 with the scaffolder \(it answered 500\); .*maturity\.selfService\.verifyTasks: false/,
      ),
    });
  });

  it('refuses with 503 when there is no scaffolder to ask', async () => {
    // A port that was just free and is closed again: nothing answers there.
    const closed = createServer();
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise(resolve => closed.close(resolve));
    await expect(
      tasksAt(`http://127.0.0.1:${port}/api/scaffolder`).verify(claim),
    ).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining('Could not check task t-1'),
    });
  });
});
