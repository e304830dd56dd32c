import { spec } from '@agile-ops/plugin-maturity-common';
import { PluginBackend, startPluginBackend } from '@agile-ops/test-utils';
import {
  BackstageCredentials,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import maturityPlugin from '../index';

// The limits come from the generated document itself, not from a copy, so this test follows
// openapi.yaml: whatever it says, the HTTP route and the action must both hold to it.
const RATIONALE =
  spec.components.schemas.AssessmentScoreInput.properties.rationale.maxLength;
const COMMENT =
  spec.components.schemas.AssessmentRequest.properties.comment.maxLength;

const JO = 'user:default/jo';
const ASSESSMENTS =
  '/api/maturity/entities/component/default/limits/assessments';

/** An assessment whose rationale and comment have the given lengths. */
function assessment(lengths: { rationale: number; comment: number }) {
  return {
    scores: [
      {
        vector: 'documentation' as const,
        score: 3,
        rationale: 'r'.repeat(lengths.rationale),
      },
    ],
    comment: 'c'.repeat(lengths.comment),
  };
}

const atLimit = { rationale: RATIONALE, comment: COMMENT };

/** One field over its limit: where the validator's message and zod's issue name it. */
const overLimit = [
  {
    field: 'scores[0].rationale',
    lengths: { ...atLimit, rationale: RATIONALE + 1 },
    named: /scores\/0\/rationale/,
    path: ['scores', 0, 'rationale'],
  },
  {
    field: 'comment',
    lengths: { ...atLimit, comment: COMMENT + 1 },
    named: /\/comment\b/,
    path: ['comment'],
  },
];

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('the limits of an assessment, as the OpenAPI document states them', () => {
  const registry = actionsRegistryServiceMock();
  const user: BackstageCredentials = mockCredentials.user(JO);
  let server: PluginBackend['server'];
  let keys = 0;

  beforeAll(async () => {
    ({ server } = await startPluginBackend({
      plugin: maturityPlugin,
      knex: await databases.init('SQLITE_3'),
      features: [
        catalogServiceMock.factory({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'component',
              metadata: { name: 'limits', namespace: 'default' },
              spec: { type: 'service', owner: 'team-a' },
            },
          ],
        }),
        createServiceFactory({
          service: actionsRegistryServiceRef,
          deps: {},
          factory: () => registry,
        }),
      ],
    }));
  });

  const post = (body: object) =>
    request(server)
      .post(ASSESSMENTS)
      .set('Authorization', mockCredentials.user.header(JO))
      .send(body);

  const invoke = (body: object) =>
    registry.invoke({
      id: 'test:assess-entity',
      input: {
        entityRef: 'component:default/limits',
        idempotencyKey: `limits-${++keys}`,
        ...body,
      },
      credentials: user,
    });

  it('reads limits that are there', () => {
    expect(RATIONALE).toBeGreaterThan(0);
    expect(COMMENT).toBeGreaterThan(0);
  });

  it('accepts a rationale and a comment of exactly the limit over HTTP', async () => {
    const res = await post(assessment(atLimit));
    expect(res.status).toBe(201);
    expect(res.body.assessment.scores[0].rationale).toHaveLength(RATIONALE);
    expect(res.body.assessment.comment).toHaveLength(COMMENT);
  });

  it('accepts a rationale and a comment of exactly the limit through the action', async () => {
    const { output } = await invoke(assessment(atLimit));
    expect(output).toMatchObject({
      assessmentId: expect.any(String),
      replayed: false,
    });
  });

  it.each(overLimit)(
    'refuses $field one character over the limit over HTTP with a 400 naming it',
    async ({ lengths, named }) => {
      const res = await post(assessment(lengths));
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toMatch(named);
    },
  );

  it.each(overLimit)(
    'refuses $field one character over the limit through the action, naming it',
    async ({ lengths, path }) => {
      const error = await invoke(assessment(lengths)).then(
        () => undefined,
        (e: Error & { cause?: { issues?: unknown[] } }) => e,
      );
      expect(error?.name).toBe('InputError');
      expect(error?.message).toContain(`"${path[path.length - 1]}"`);
      expect(error?.cause?.issues).toEqual([
        expect.objectContaining({ code: 'too_big', path }),
      ]);
    },
  );

  it('stored only the assessments at the limit', async () => {
    const res = await request(server)
      .get(ASSESSMENTS)
      .set('Authorization', mockCredentials.user.header(JO));
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(2);
  });
});
