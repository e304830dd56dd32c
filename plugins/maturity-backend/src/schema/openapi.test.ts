import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import express from 'express';
import request from 'supertest';
import { parse } from 'yaml';
import { mockErrorHandler } from '@backstage/backend-test-utils';
import {
  AssessmentRequest,
  AssessmentResult,
  DEFAULT_ENTITY_LEVEL_RULE,
  MATURITY_LEVELS,
  MATURITY_VECTORS,
  RUBRIC_VERSION,
  Scorecard,
  SelfServiceRun,
  SelfServiceUsage,
  TargetProfile,
  TeamSelfServiceUsage,
  VECTOR_IDS,
} from '@agile-ops/plugin-maturity-common';
import { createOpenApiRouter, spec } from './openapi.generated';

const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'patch',
  'options',
  'head',
  'trace',
] as const;

type Operation = {
  operationId?: string;
  description?: string;
  responses: Record<string, { $ref?: string }>;
};

function operations(): Array<[string, string, Operation]> {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter(method => method in item).map(
      method =>
        [
          path,
          method,
          (item as Record<string, unknown>)[method] as Operation,
        ] as [string, string, Operation],
    ),
  );
}

describe('openapi.yaml', () => {
  it('matches openapi.generated.ts', () => {
    const parsed = parse(
      readFileSync(resolve(__dirname, 'openapi.yaml'), 'utf8'),
    );
    try {
      expect(spec).toStrictEqual(parsed);
    } catch (error) {
      throw new Error(
        `src/schema/openapi.generated.ts is out of date with openapi.yaml: run \`yarn generate:openapi\` in plugins/maturity-backend\n\n${
          (error as Error).message
        }`,
      );
    }
  });

  it('is an OpenAPI 3.1 document served at the plugin root', () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.info.title).toBe('maturity');
    expect(spec.servers).toEqual([{ url: '/' }]);
  });

  it('gives every operation a unique operationId and a description', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(0);
    for (const [path, method, op] of ops) {
      expect({ path, method, operationId: op.operationId }).toEqual({
        path,
        method,
        operationId: expect.stringMatching(/^[A-Z][A-Za-z]+$/),
      });
      expect({ path, method, description: op.description }).toEqual({
        path,
        method,
        description: expect.any(String),
      });
    }
    const ids = ops.map(([, , op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes every error with the shared ErrorResponse', () => {
    const errors = operations().flatMap(([path, method, op]) =>
      Object.entries(op.responses)
        .filter(([status]) => Number(status) >= 400)
        .map(([status, response]) => ({
          at: `${method} ${path} ${status}`,
          ref: response.$ref,
        })),
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.filter(e => e.ref !== '#/components/responses/ErrorResponse'),
    ).toEqual([]);
  });

  it('lists exactly the vector ids of the common package', () => {
    expect(spec.components.schemas.VectorId.enum).toEqual(VECTOR_IDS);
  });
});

describe('createOpenApiRouter', () => {
  const entityRef = 'component:default/foo';
  const path = '/entities/component/default/foo/assessments';

  function scorecardOf(ref: string): Scorecard {
    return {
      entityRef: ref,
      rubricVersion: RUBRIC_VERSION,
      level: { value: null, rule: 'mean', coverage: 0, pulledDownBy: [] },
      vectors: [
        { vector: 'documentation', score: 3, stale: false },
        { vector: 'recoverability', score: null, stale: false },
      ],
      gaps: [
        {
          target: 'production tier-1',
          vector: 'recoverability',
          required: 4,
          actual: null,
        },
      ],
    };
  }

  async function createApp(
    options?: Parameters<typeof createOpenApiRouter>[0],
  ) {
    const router = await createOpenApiRouter(options);
    router.post('/entities/:kind/:namespace/:name/assessments', (req, res) => {
      // Both assignments are compile-time checks that the inferred types and the
      // common package's types agree.
      const body: AssessmentRequest = req.body;
      const ref = `${req.params.kind}:${req.params.namespace}/${req.params.name}`;
      const result: AssessmentResult = {
        assessment: {
          id: 'a-1',
          entityRef: ref,
          createdBy: 'user:default/jo',
          createdAt: new Date().toISOString(),
          comment: body.comment,
          source: body.source ?? 'assessment',
          rubricVersion: RUBRIC_VERSION,
          scores: body.scores,
        },
        scorecard: scorecardOf(ref),
      };
      res.status(201).json(result);
    });
    router.get('/vectors', (_req, res) => {
      // The inferred response types use mutable arrays, so the frozen rubric from the
      // common package is copied rather than passed as is.
      const targets: TargetProfile[] = [
        {
          name: 'production tier-1',
          tiers: ['tier-1'],
          lifecycles: ['production'],
          minimums: { recoverability: 4, documentation: 3 },
        },
      ];
      res.json({
        rubricVersion: RUBRIC_VERSION,
        vectors: MATURITY_VECTORS.map(vector => ({
          ...vector,
          levelHints: [...vector.levelHints],
        })),
        levels: [...MATURITY_LEVELS],
        rules: {
          level: {
            rule: DEFAULT_ENTITY_LEVEL_RULE,
            minCoverage: 0.6,
            weights: { recoverability: 2 },
          },
          staleAfterDays: 90,
          targets: targets.map(target => ({
            ...target,
            tiers: target.tiers && [...target.tiers],
            lifecycles: target.lifecycles && [...target.lifecycles],
          })),
        },
      });
    });
    router.get('/entities/:kind/:namespace/:name/scorecard', (req, res) => {
      const { kind, namespace, name } = req.params;
      const scorecard = scorecardOf(`${kind}:${namespace}/${name}`);
      res.json(
        name === 'automated'
          ? {
              ...scorecard,
              evidence: [
                {
                  vector: 'automation',
                  provider: 'self-service',
                  proposedScore: 2,
                  reasons: ['1 to 4 runs propose 2'],
                  facts: [
                    {
                      key: 'runs-90-days',
                      value: 1,
                      text: '1 self-service run in the last 90 days',
                      observedAt: '2026-11-30T08:00:00.000Z',
                      source: 'self-service',
                    },
                  ],
                  collectedAt: '2026-11-30T08:00:00.000Z',
                  changedAt: '2026-11-30T08:00:00.000Z',
                },
                {
                  vector: 'documentation',
                  provider: 'catalog',
                  proposedScore: null,
                  reasons: [],
                  facts: [],
                  collectedAt: '2026-11-30T08:00:00.000Z',
                  changedAt: '2026-11-30T08:00:00.000Z',
                },
              ],
            }
          : scorecard,
      );
    });
    router.get('/entities/:kind/:namespace/:name/history', (req, res) => {
      const limit: number | undefined = req.query.limit;
      res.json({
        entityRef: `${req.params.kind}:${req.params.namespace}/${req.params.name}`,
        series: [],
        ...(limit === undefined ? {} : { nextCursor: `after-${limit + 1}` }),
      });
    });
    // The self-service shapes of the common package, as the backend serves them.
    const run: SelfServiceRun = {
      id: 'r-1',
      entityRef,
      templateRef: 'template:default/add-runbook',
      taskId: 'task-1',
      runBy: 'user:default/jo',
      ranAt: '2026-01-02T03:04:05.000Z',
    };
    router.post('/self-service/runs', (_req, res) => {
      res.status(201).json(run);
    });
    router.get('/entities/:kind/:namespace/:name/self-service', (_req, res) => {
      const usage: SelfServiceUsage = {
        entityRef,
        runs: { last30Days: 1, last90Days: 1 },
        recent: [run],
      };
      res.json(usage);
    });
    router.get('/teams/:namespace/:name/self-service', (_req, res) => {
      const usage: TeamSelfServiceUsage = {
        team: 'group:default/team-a',
        runs: { last30Days: 1, last90Days: 1 },
        entities: [{ entityRef, last30Days: 1, last90Days: 1 }],
      };
      res.json(usage);
    });
    router.get('/export', (req, res) => {
      res.set('x-format', String(req.query.format));
      res.json([
        {
          entityRef,
          vector: 'documentation',
          score: 3,
          stale: false,
          recordedAt: '2026-01-02T03:04:05.000Z',
          recordedBy: 'user:default/jo',
          source: 'assessment',
          rubricVersion: RUBRIC_VERSION,
        },
      ]);
    });
    return express().use(router).use(mockErrorHandler());
  }

  const validBody = {
    scores: [
      { vector: 'documentation', score: 3, rationale: 'README and runbook' },
    ],
    comment: 'quarterly review',
    idempotencyKey: 'review-2026-q1',
  };

  it('resolves to an express router', async () => {
    const router = await createOpenApiRouter();
    expect(typeof router).toBe('function');
    expect(typeof router.use).toBe('function');
  });

  it('accepts a valid assessment', async () => {
    const app = await createApp();
    const response = await request(app)
      .post(path)
      .set('Idempotency-Key', 'review-2026-q1')
      .send(validBody);
    expect(response.status).toBe(201);
    expect(response.body.assessment).toMatchObject({
      entityRef,
      source: 'assessment',
      scores: validBody.scores,
    });
  });

  it('rejects a score above 5 with a 400 naming the score', async () => {
    const app = await createApp();
    const response = await request(app)
      .post(path)
      .send({ scores: [{ vector: 'documentation', score: 7 }] });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('InputError');
    expect(response.body.error.message).toMatch(/score/);
  });

  it.each([
    ['no scores', { scores: [] }],
    ['a missing scores field', { comment: 'hi' }],
    [
      'a fractional score',
      { scores: [{ vector: 'documentation', score: 2.5 }] },
    ],
    ['an unknown vector', { scores: [{ vector: 'speed', score: 2 }] }],
    ['an unknown field', { ...validBody, extra: true }],
    [
      'an unknown field in a score',
      { scores: [{ vector: 'documentation', score: 2, weight: 1 }] },
    ],
    ['an unknown source', { ...validBody, source: 'guess' }],
    ['a too long comment', { ...validBody, comment: 'x'.repeat(4001) }],
    [
      'a too long rationale',
      {
        scores: [
          { vector: 'documentation', score: 2, rationale: 'x'.repeat(2001) },
        ],
      },
    ],
    [
      'a too long idempotency key',
      { ...validBody, idempotencyKey: 'k'.repeat(201) },
    ],
    [
      'more scores than vectors',
      {
        scores: Array.from({ length: 16 }, () => ({
          vector: 'documentation',
          score: 1,
        })),
      },
    ],
  ])('rejects an assessment with %s', async (_label, body) => {
    const app = await createApp();
    const response = await request(app).post(path).send(body);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('InputError');
  });

  it('rejects a too long Idempotency-Key header', async () => {
    const app = await createApp();
    const response = await request(app)
      .post(path)
      .set('Idempotency-Key', 'k'.repeat(201))
      .send(validBody);
    expect(response.status).toBe(400);
  });

  it('coerces and checks query parameters', async () => {
    const app = await createApp();
    const history = '/entities/component/default/foo/history';

    const ok = await request(app).get(history).query({
      limit: '10',
      vector: 'documentation',
      from: '2026-01-01T00:00:00Z',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ entityRef, series: [], nextCursor: 'after-11' });

    for (const query of [
      { limit: '0' },
      { limit: '1001' },
      { vector: 'speed' },
      { from: 'yesterday' },
      { unknown: 'x' },
    ]) {
      const bad = await request(app).get(history).query(query);
      expect({ query, status: bad.status }).toEqual({ query, status: 400 });
    }
  });

  it('defaults the export format to json and rejects unknown formats', async () => {
    const app = await createApp();
    const ok = await request(app).get('/export');
    expect(ok.status).toBe(200);
    expect(ok.headers['x-format']).toBe('json');
    const bad = await request(app).get('/export').query({ format: 'xml' });
    expect(bad.status).toBe(400);
  });

  it('accepts nullable scores when validating responses', async () => {
    const app = await createApp({
      validatorOptions: { validateResponses: true },
    });
    const response = await request(app).get(
      '/entities/component/default/foo/scorecard',
    );
    expect(response.status).toBe(200);
    expect(response.body.level.value).toBeNull();
    expect(response.body.vectors[1].score).toBeNull();
  });

  it('describes the self-service shapes of the common package', async () => {
    const app = await createApp({
      validatorOptions: { validateResponses: true },
    });
    for (const route of [
      '/entities/component/default/foo/self-service',
      '/teams/default/team-a/self-service',
      '/entities/component/default/automated/scorecard',
    ]) {
      const res = await request(app).get(route);
      expect({ route, status: res.status }).toEqual({ route, status: 200 });
    }
    const recorded = await request(app).post('/self-service/runs').send({
      entityRef,
      templateRef: 'template:default/add-runbook',
      taskId: 'task-1',
    });
    expect(recorded.status).toBe(201);
  });

  it.each([
    ['no taskId', { entityRef, templateRef: 'template:default/t' }],
    [
      'a taskId over 200 characters',
      { entityRef, templateRef: 'template:default/t', taskId: 't'.repeat(201) },
    ],
    [
      'an unknown field',
      { entityRef, templateRef: 'template:default/t', taskId: 't', at: 1 },
    ],
  ])('rejects a self-service run with %s', async (_label, body) => {
    const app = await createApp();
    const res = await request(app).post('/self-service/runs').send(body);
    expect(res.status).toBe(400);
  });

  it('describes the shipped rubric', async () => {
    const app = await createApp({
      validatorOptions: { validateResponses: true },
    });
    const response = await request(app).get('/vectors');
    expect(response.status).toBe(200);
    expect(response.body.vectors.map((v: { id: string }) => v.id)).toEqual(
      VECTOR_IDS,
    );
    expect(response.body.levels).toHaveLength(6);
  });

  it('serves its own document', async () => {
    const app = await createApp();
    const response = await request(app).get('/openapi.json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(Object.keys(spec.paths));
  });
});
