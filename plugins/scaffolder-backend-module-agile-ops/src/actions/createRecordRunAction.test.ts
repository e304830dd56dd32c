import { mockServices } from '@backstage/backend-test-utils';
import { PluginApiClient } from '../api/PluginApiClient';
import {
  createCheckpointStore,
  oboHeader,
  runAction,
} from '../__testUtils__/context';
import { sendError, startUpstream, Upstream } from '../__testUtils__/upstream';
import { createRecordRunAction } from './createRecordRunAction';

describe('agile-ops:run:record', () => {
  let upstream: Upstream;
  let recorded: (res: any, body: any) => void;

  beforeAll(async () => {
    upstream = await startUpstream(app => {
      app.post('/api/maturity/self-service/runs', (req, res) =>
        recorded(res, req.body),
      );
    });
  });
  afterAll(() => upstream.close());
  beforeEach(() => {
    upstream.requests.length = 0;
    recorded = (res, body) =>
      res.status(201).json({
        id: 'run-1',
        ...body,
        runBy: 'user:default/jo',
        ranAt: '2026-03-01T10:00:00.000Z',
      });
  });

  const action = () =>
    createRecordRunAction({
      api: new PluginApiClient({
        auth: mockServices.auth(),
        discovery: upstream.discovery,
      }),
    });
  const input = { entityRef: 'component:default/payments-api' };
  const templateRef = 'template:default/restart-service';

  it("records a run of the task's template for the entity", async () => {
    const output = await runAction(action(), input, { templateRef });

    expect(output).toEqual({ runId: 'run-1' });
    expect(upstream.requests).toEqual([
      {
        method: 'POST',
        path: '/api/maturity/self-service/runs',
        authorization: oboHeader('maturity'),
        body: {
          entityRef: 'component:default/payments-api',
          templateRef,
          taskId: 'task-1',
        },
      },
    ]);
  });

  // The scaffolder refuses a templateRef input (see scaffolderValidation.test.ts); even given
  // one, the handler counts the task's own template.
  it("counts the task's template even when the input names another", async () => {
    await runAction(
      action(),
      { ...input, templateRef: 'template:default/add-runbook' },
      { templateRef },
    );

    expect(upstream.requests[0].body.templateRef).toBe(templateRef);
  });

  it('refuses to count a run of a task that has no template', async () => {
    for (const isDryRun of [false, true]) {
      await expect(runAction(action(), input, { isDryRun })).rejects.toThrow(
        'agile-ops:run:record counts runs of a template, and this task was not started from a template entity; nothing was recorded',
      );
    }
    expect(upstream.requests).toEqual([]);
  });

  it.each([
    [{ entityRef: 'not a ref' }, 'entityRef must be an entity ref'],
    [{ entityRef: '' }, 'entityRef must be an entity ref'],
  ])('rejects bad input before any call (%#)', async (bad, message) => {
    await expect(runAction(action(), bad, { templateRef })).rejects.toThrow(
      message,
    );
    await expect(
      runAction(action(), bad, { templateRef, isDryRun: true }),
    ).rejects.toThrow(message);
    expect(upstream.requests).toEqual([]);
  });

  it('writes nothing in a dry run', async () => {
    const output = await runAction(action(), input, {
      templateRef,
      isDryRun: true,
    });

    expect(output).toEqual({ runId: 'dry-run' });
    expect(upstream.requests).toEqual([]);
  });

  it('returns the first run when the task is retried', async () => {
    const checkpoints = createCheckpointStore();
    const first = await runAction(action(), input, {
      templateRef,
      checkpoints,
    });
    const retried = await runAction(action(), input, {
      templateRef,
      checkpoints,
    });

    expect(retried).toEqual(first);
    expect(upstream.writes()).toHaveLength(1);
  });

  it('fails the step when the entity is not visible to the initiator', async () => {
    recorded = res =>
      sendError(
        res,
        404,
        'NotFoundError',
        'component:default/payments-api not found',
      );

    await expect(runAction(action(), input, { templateRef })).rejects.toThrow(
      'maturity answered 404: component:default/payments-api not found',
    );
  });

  it('fails the step when the maturity plugin is down', async () => {
    recorded = res =>
      sendError(res, 503, 'ServiceUnavailableError', 'database is starting');

    await expect(runAction(action(), input, { templateRef })).rejects.toThrow(
      'maturity answered 503: database is starting',
    );
  });
});
