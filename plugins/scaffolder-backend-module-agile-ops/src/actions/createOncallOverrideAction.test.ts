import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { PluginApiClient } from '../api/PluginApiClient';
import {
  createCheckpointStore,
  oboHeader,
  runAction,
} from '../__testUtils__/context';
import { sendError, startUpstream, Upstream } from '../__testUtils__/upstream';
import { createOncallOverrideAction } from './createOncallOverrideAction';

const NOW_PATH = '/api/oncall/entities/component/default/payments-api/now';

describe('oncall:override:create', () => {
  let upstream: Upstream;
  let now: (res: any) => void;
  let created: (res: any, body: any, rotationId: string) => void;
  let nextId: number;

  beforeAll(async () => {
    upstream = await startUpstream(app => {
      app.get('/api/oncall/entities/:kind/:namespace/:name/now', (_req, res) =>
        now(res),
      );
      app.post('/api/oncall/rotations/:id/overrides', (req, res) =>
        created(res, req.body, req.params.id),
      );
    });
  });
  afterAll(() => upstream.close());
  beforeEach(() => {
    upstream.requests.length = 0;
    nextId = 1;
    now = res =>
      res.json({
        entityRef: 'component:default/payments-api',
        team: 'group:default/team-payments',
        resolvedVia: 'owner',
        roles: [
          { role: 'potw', rotationId: 'rot-potw', rotationName: 'PoTW' },
          {
            role: 'primary',
            rotationId: 'rot-primary',
            rotationName: 'Primary',
          },
        ],
        escalation: [],
      });
    created = (res, body, rotationId) =>
      res.status(201).json({
        id: `ov-${nextId++}`,
        rotationId,
        ...body,
        createdBy: 'user:default/jo',
        createdAt: '2026-03-01T10:00:00.000Z',
      });
  });

  const action = () =>
    createOncallOverrideAction({
      api: new PluginApiClient({
        auth: mockServices.auth(),
        discovery: upstream.discovery,
      }),
      auth: mockServices.auth(),
    });
  const input = {
    entityRef: 'component:default/payments-api',
    start: '2026-03-02T09:00:00+01:00',
    end: '2026-03-04T09:00:00+01:00',
  };

  it('puts the initiator on the PoTW rotation of the entity', async () => {
    const output = await runAction(action(), input);

    expect(output).toEqual({
      overrideId: 'ov-1',
      rotationId: 'rot-potw',
      user: 'user:default/jo',
      start: '2026-03-02T08:00:00.000Z',
      end: '2026-03-04T08:00:00.000Z',
    });
    expect(upstream.requests).toEqual([
      {
        method: 'GET',
        path: NOW_PATH,
        authorization: oboHeader('oncall'),
        body: {},
      },
      {
        method: 'POST',
        path: '/api/oncall/rotations/rot-potw/overrides',
        authorization: oboHeader('oncall'),
        body: {
          user: 'user:default/jo',
          start: '2026-03-02T08:00:00.000Z',
          end: '2026-03-04T08:00:00.000Z',
        },
      },
    ]);
  });

  it('covers another role for another person, relieving someone', async () => {
    const output = await runAction(action(), {
      ...input,
      role: 'primary',
      user: 'user:default/kim',
      replaces: 'sam',
      reason: 'Sam is at a conference',
    });

    expect(output).toMatchObject({
      rotationId: 'rot-primary',
      user: 'user:default/kim',
    });
    expect(upstream.writes()[0].body).toEqual({
      user: 'user:default/kim',
      start: '2026-03-02T08:00:00.000Z',
      end: '2026-03-04T08:00:00.000Z',
      replaces: 'user:default/sam',
      reason: 'Sam is at a conference',
    });
  });

  it('needs a user when the task was not started by one', async () => {
    await expect(
      runAction(action(), input, { credentials: mockCredentials.service() }),
    ).rejects.toThrow(
      'user is required when the task was not started by a signed-in user',
    );
    expect(upstream.requests).toEqual([]);
  });

  it('names the rotations the team has when the role has none', async () => {
    await expect(
      runAction(action(), { ...input, role: 'secondary' }),
    ).rejects.toThrow(
      'group:default/team-payments has no secondary rotation (its rotations: potw, primary)',
    );
    expect(upstream.writes()).toEqual([]);
  });

  // The role, the reason and the format of start and end are checked by the scaffolder against
  // the schema before the handler runs (oncallScaffolderValidation.test.ts); refs, a real
  // instant with its offset and the order of start and end are the handler's.
  it.each([
    [
      { ...input, start: '2026-03-02 09:00' },
      'start must be an ISO 8601 date-time with a zone',
    ],
    [
      { ...input, end: '2026-03-02T09:00:00' },
      'end must be an ISO 8601 date-time with a zone',
    ],
    [{ ...input, end: input.start }, 'end must be after start'],
    [
      { ...input, user: 'group:default/team-payments' },
      'user must be a user entity ref',
    ],
    [{ ...input, entityRef: '' }, 'entityRef must be an entity ref'],
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
      overrideId: 'dry-run',
      rotationId: 'rot-potw',
      user: 'user:default/jo',
      start: '2026-03-02T08:00:00.000Z',
      end: '2026-03-04T08:00:00.000Z',
    });
    expect(upstream.requests.map(r => r.method)).toEqual(['GET']);
  });

  it('returns the first override when the task is retried', async () => {
    const checkpoints = createCheckpointStore();
    const first = await runAction(action(), input, { checkpoints });
    const retried = await runAction(action(), input, { checkpoints });

    expect(retried).toEqual(first);
    expect(upstream.writes()).toHaveLength(1);
  });

  it('fails the step with the reason when the initiator may not write', async () => {
    created = res =>
      sendError(
        res,
        403,
        'NotAllowedError',
        'oncall.override.create is not permitted for group:default/team-payments; ask a member of that group',
      );

    await expect(runAction(action(), input)).rejects.toThrow(
      'oncall answered 403: oncall.override.create is not permitted for group:default/team-payments; ask a member of that group',
    );
  });

  it('fails the step when the entity cannot be resolved', async () => {
    now = res =>
      sendError(
        res,
        404,
        'NotFoundError',
        'component:default/payments-api not found',
      );

    await expect(
      runAction(action(), input, { isDryRun: true }),
    ).rejects.toThrow(
      'oncall answered 404: component:default/payments-api not found',
    );
  });

  it('fails the step when the on-call plugin is down', async () => {
    now = res => sendError(res, 500, 'Error', 'database is gone');

    await expect(runAction(action(), input)).rejects.toThrow(
      'oncall answered 500: database is gone',
    );
    expect(upstream.writes()).toEqual([]);
  });
});
