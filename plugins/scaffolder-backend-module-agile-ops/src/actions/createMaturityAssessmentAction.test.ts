import { mockServices } from '@backstage/backend-test-utils';
import { PluginApiClient } from '../api/PluginApiClient';
import {
  createCheckpointStore,
  oboHeader,
  runAction,
} from '../__testUtils__/context';
import { sendError, startUpstream, Upstream } from '../__testUtils__/upstream';
import { createMaturityAssessmentAction } from './createMaturityAssessmentAction';

const PATH =
  '/api/maturity/entities/component/default/payments-api/assessments';

describe('maturity:assessment:create', () => {
  let upstream: Upstream;
  let answer: (res: any, body: any) => void;

  beforeAll(async () => {
    upstream = await startUpstream(app => {
      app.post(PATH, (req, res) => answer(res, req.body));
    });
  });
  afterAll(() => upstream.close());
  beforeEach(() => {
    upstream.requests.length = 0;
    answer = (res, body) =>
      res.status(201).json({
        assessment: { id: 'a-1', scores: body.scores },
        scorecard: { level: { value: 2 } },
      });
  });

  const action = () =>
    createMaturityAssessmentAction({
      api: new PluginApiClient({
        auth: mockServices.auth(),
        discovery: upstream.discovery,
      }),
    });
  const input = {
    entityRef: 'component:default/payments-api',
    scores: [
      { vector: 'documentation', score: 3, rationale: 'TechDocs' },
      { vector: 'automation', score: 0 },
    ],
    comment: 'Quarterly review',
  };

  it('records the scores on behalf of the initiator with an idempotency key', async () => {
    const output = await runAction(action(), input);

    expect(output).toEqual({ assessmentId: 'a-1', level: 2 });
    expect(upstream.requests).toEqual([
      {
        method: 'POST',
        path: PATH,
        authorization: oboHeader('maturity'),
        body: {
          scores: input.scores,
          comment: 'Quarterly review',
          idempotencyKey: 'scaffolder-task-1-step-1',
        },
      },
    ]);
  });

  // What the action's schema cannot say; everything else the scaffolder refuses before the
  // handler runs (see 'through the scaffolder' below).
  it.each([
    [
      { ...input, entityRef: 'payments-api' },
      'entityRef must be an entity ref',
    ],
    [
      {
        ...input,
        scores: [
          { vector: 'documentation', score: 2 },
          { vector: 'automation', score: 2 },
          { vector: 'documentation', score: 3 },
        ],
      },
      'scores[2].vector "documentation" appears more than once',
    ],
  ])('rejects bad input before any call (%#)', async (bad, message) => {
    await expect(runAction(action(), bad)).rejects.toThrow(message);
    await expect(runAction(action(), bad, { isDryRun: true })).rejects.toThrow(
      message,
    );
    expect(upstream.requests).toEqual([]);
  });

  it('writes nothing in a dry run', async () => {
    const output = await runAction(action(), input, { isDryRun: true });

    expect(output).toEqual({ assessmentId: 'dry-run', level: null });
    expect(upstream.requests).toEqual([]);
  });

  it('returns the first result when the task is retried', async () => {
    const checkpoints = createCheckpointStore();
    const first = await runAction(action(), input, { checkpoints });
    answer = (res, body) =>
      res.status(201).json({
        assessment: { id: 'a-2', scores: body.scores },
        scorecard: { level: { value: 4 } },
      });
    const retried = await runAction(action(), input, { checkpoints });

    expect(retried).toEqual(first);
    expect(upstream.writes()).toHaveLength(1);
  });

  it('fails the step with the reason when the permission is missing', async () => {
    answer = res =>
      sendError(
        res,
        403,
        'NotAllowedError',
        'maturity.assessment.create is not permitted for component:default/payments-api',
      );

    await expect(runAction(action(), input)).rejects.toThrow(
      'maturity answered 403: maturity.assessment.create is not permitted for component:default/payments-api',
    );
  });

  it('fails the step when the maturity plugin is down, and runs again on retry', async () => {
    const checkpoints = createCheckpointStore();
    answer = res => res.status(503).send('upstream connect error');

    await expect(runAction(action(), input, { checkpoints })).rejects.toThrow(
      'maturity answered 503: Request failed with status 503 Service Unavailable, upstream connect error',
    );
    expect(checkpoints.values.size).toBe(0);

    answer = (res, body) =>
      res.status(201).json({
        assessment: { id: 'a-3', scores: body.scores },
        scorecard: { level: { value: null } },
      });
    await expect(runAction(action(), input, { checkpoints })).resolves.toEqual({
      assessmentId: 'a-3',
      level: null,
    });
    expect(upstream.writes()).toHaveLength(2);
  });
});
