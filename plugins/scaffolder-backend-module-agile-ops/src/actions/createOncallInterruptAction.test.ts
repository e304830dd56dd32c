import { mockServices } from '@backstage/backend-test-utils';
import { PluginApiClient } from '../api/PluginApiClient';
import {
  createCheckpointStore,
  oboHeader,
  runAction,
} from '../__testUtils__/context';
import { sendError, startUpstream, Upstream } from '../__testUtils__/upstream';
import { createOncallInterruptAction } from './createOncallInterruptAction';

describe('oncall:interrupt:create', () => {
  let upstream: Upstream;
  let team: string | null;
  let created: (res: any, body: any) => void;
  let nextId: number;

  beforeAll(async () => {
    upstream = await startUpstream(app => {
      app.get('/api/oncall/entities/:kind/:namespace/:name/now', (_req, res) =>
        res.json({
          entityRef: 'component:default/payments-api',
          team,
          resolvedVia: team ? 'owner' : null,
          roles: [],
          escalation: [],
        }),
      );
      app.post('/api/oncall/interrupts', (req, res) => created(res, req.body));
    });
  });
  afterAll(() => upstream.close());
  beforeEach(() => {
    upstream.requests.length = 0;
    team = 'group:default/team-payments';
    nextId = 1;
    created = (res, body) =>
      res.status(201).json({
        id: `int-${nextId++}`,
        ...body,
        receivedAt: '2026-03-01T10:00:00.000Z',
        triagedBy: 'user:default/kim',
        createdBy: 'user:default/jo',
      });
  });

  const action = () =>
    createOncallInterruptAction({
      api: new PluginApiClient({
        auth: mockServices.auth(),
        discovery: upstream.discovery,
      }),
    });
  const input = {
    entityRef: 'component:default/payments-api',
    title: 'Restart requested',
    category: 'request',
    effortMinutes: 15,
  };

  it("logs the interrupt for the entity's team as self-service", async () => {
    const output = await runAction(action(), input);

    expect(output).toEqual({
      interruptId: 'int-1',
      team: 'group:default/team-payments',
      triagedBy: 'user:default/kim',
    });
    expect(upstream.requests).toEqual([
      {
        method: 'GET',
        path: '/api/oncall/entities/component/default/payments-api/now',
        authorization: oboHeader('oncall'),
        body: {},
      },
      {
        method: 'POST',
        path: '/api/oncall/interrupts',
        authorization: oboHeader('oncall'),
        body: {
          team: 'group:default/team-payments',
          entityRef: 'component:default/payments-api',
          title: 'Restart requested',
          category: 'request',
          effortMinutes: 15,
          source: 'self-service',
        },
      },
    ]);
  });

  it('uses the team given without asking who covers the entity', async () => {
    const output = await runAction(action(), {
      entityRef: 'component:default/payments-api',
      title: 'How do I rotate the password?',
      category: 'question',
      team: 'team-platform',
    });

    expect(output.team).toBe('group:default/team-platform');
    expect(upstream.requests.map(r => r.method)).toEqual(['POST']);
    expect(upstream.requests[0].body).not.toHaveProperty('effortMinutes');
  });

  it('fails when no team can be found for the entity', async () => {
    team = null;

    await expect(runAction(action(), input)).rejects.toThrow(
      'No team found for component:default/payments-api: pass team',
    );
    expect(upstream.writes()).toEqual([]);
  });

  // Title, category and effort are checked by the scaffolder against the schema before the
  // handler runs (oncallScaffolderValidation.test.ts); refs are the handler's.
  it.each([
    [{ ...input, team: 'user:default/jo' }, 'team must be a group entity ref'],
    [{ ...input, entityRef: 'component:' }, 'entityRef must be an entity ref'],
  ])('rejects bad input before any call (%#)', async (bad, message) => {
    await expect(runAction(action(), bad)).rejects.toThrow(message);
    await expect(runAction(action(), bad, { isDryRun: true })).rejects.toThrow(
      message,
    );
    expect(upstream.requests).toEqual([]);
  });

  it('only reads in a dry run', async () => {
    const output = await runAction(action(), input, { isDryRun: true });

    expect(output).toEqual({
      interruptId: 'dry-run',
      team: 'group:default/team-payments',
    });
    expect(upstream.writes()).toEqual([]);
  });

  it('returns the first interrupt when the task is retried', async () => {
    const checkpoints = createCheckpointStore();
    const first = await runAction(action(), input, { checkpoints });
    const retried = await runAction(action(), input, { checkpoints });

    expect(retried).toEqual(first);
    expect(upstream.writes()).toHaveLength(1);
  });

  it('fails the step with the reason when the initiator may not log for the team', async () => {
    created = res =>
      sendError(
        res,
        403,
        'NotAllowedError',
        'oncall.interrupt.create is not permitted for group:default/team-payments; ask a member of that group',
      );

    await expect(runAction(action(), input)).rejects.toThrow(
      'oncall answered 403: oncall.interrupt.create is not permitted for group:default/team-payments; ask a member of that group',
    );
  });

  it('fails the step when the on-call plugin is down', async () => {
    created = res => res.status(502).end();

    await expect(runAction(action(), input)).rejects.toThrow(
      'oncall answered 502: Request failed with status 502 Bad Gateway',
    );
  });
});
