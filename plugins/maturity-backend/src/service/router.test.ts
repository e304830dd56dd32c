import { catalogEntity, ownedBy } from '../__testUtils__/catalogEntities';
import { scaffolderFor } from '../__testUtils__/visibility';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { DatabaseRollupStore } from '../rollups/DatabaseRollupStore';
import { DatabaseSnapshotStore } from '../rollups/DatabaseSnapshotStore';
import { OperationsService } from '../rollups/OperationsService';
import { RollupService } from '../rollups/RollupService';
import {
  maturityAssessmentCreatePermission,
  RUBRIC_VERSION,
  VectorEvidence,
} from '@agile-ops/plugin-maturity-common';
import { AuditorService } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import request from 'supertest';
import { DatabaseMaturityStore } from '../database/DatabaseMaturityStore';
import { DatabaseSelfServiceStore } from '../selfService/DatabaseSelfServiceStore';
import { SelfServiceService } from '../selfService/SelfServiceService';
import { selfServiceEvidence } from '../selfService/selfServiceEvidence';
import { DatabaseEvidenceStore } from '../evidence/DatabaseEvidenceStore';
import { EvidenceCollection } from '../evidence/EvidenceCollection';
import { scorecardEvidence } from '../evidence/scorecardEvidence';
import { ProposalDecisions } from '../evidence/ProposalDecisions';
import { ExplainService } from '../explain/ExplainService';
import { Access } from '@agile-ops/backend-common';
import { EntityLookup } from './EntityLookup';
import { MaturityService } from './MaturityService';
import {
  assessPermissionFor,
  readablePermissions,
  allowOnly,
} from '../__testUtils__/assessPermission';
import { createRouter } from './router';
import { AssessmentImport } from './AssessmentImport';
import { FactPush } from '../evidence/pushed/FactPush';
import { DatabasePushedFactStore } from '../evidence/pushed/DatabasePushedFactStore';
import { readMaturitySettings } from './settings';

const OWNER = 'user:default/owner';
const STRANGER = 'user:default/stranger';
const FOO = 'component:default/foo';
const SCORECARD = '/entities/component/default/foo/scorecard';
const HISTORY = '/entities/component/default/foo/history';
const ASSESSMENTS = '/entities/component/default/foo/assessments';

// The in-memory catalog looks refs up case-sensitively, so kinds are written in lower case
// here; the real catalog treats `Component` and `component` alike.
const component = (name: string, owner: string) =>
  catalogEntity('component', name, {
    spec: { type: 'service', lifecycle: 'production', owner },
    relations: [ownedBy(owner)],
  });

const entities = [
  component('foo', 'group:default/team-a'),
  component('bar', 'group:default/team-b'),
];

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

type AuditEvent = {
  success: jest.Mock;
  fail: jest.Mock;
};

describe('createRouter', () => {
  let app: express.Express;
  let store: DatabaseMaturityStore;
  let clock: Date;
  let events: AuditEvent[];
  let auditor: jest.Mocked<AuditorService>;
  let decideAssessment: jest.Mock;
  let collectEvidence: () => Promise<unknown>;

  beforeEach(async () => {
    const knex = await databases.init('SQLITE_3');
    const settings = readMaturitySettings(
      new ConfigReader({ maturity: { level: { minCoverage: 0 } } }),
    );
    // As the plugin wires it: the store derives levels with the configured rule.
    store = await DatabaseMaturityStore.create(
      mockServices.database({ knex }),
      {
        levelOptions: settings.level,
      },
    );
    clock = new Date('2026-03-01T10:00:00.000Z');
    events = [];
    auditor = {
      createEvent: jest.fn(async () => {
        const event = { success: jest.fn(), fail: jest.fn() };
        events.push(event);
        return event;
      }),
    } as unknown as jest.Mocked<AuditorService>;
    // The policy under test elsewhere: here only the owner may assess, and everyone may read
    // every entity the catalog has.
    decideAssessment = jest.fn(allowOnly(OWNER));
    const permissions = readablePermissions(decideAssessment);
    const lookup = new EntityLookup({
      catalog: catalogServiceMock({ entities }),
      permissions,
    });
    const access = new Access(permissions, auditor);
    const selfServiceStore = new DatabaseSelfServiceStore(knex);
    const evidenceStore = new DatabaseEvidenceStore(knex);
    const collection = new EvidenceCollection({
      providers: [selfServiceEvidence(selfServiceStore)],
      store: evidenceStore,
      tasks: new DatabaseHierarchyStore(knex),
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      settings: { maxEntitiesPerRun: 100, providerTimeoutMs: 10_000 },
      now: () => clock,
    });
    collectEvidence = () => collection.collect([FOO]);
    const selfService = new SelfServiceService({
      store: selfServiceStore,
      entities: lookup,
      access,
      onRecorded: async entityRef => {
        await collection.collect([entityRef]);
      },
      now: () => clock,
    });
    const service = new MaturityService({
      store,
      evidence: scorecardEvidence(evidenceStore, new Map([['catalog', 3]])),
      catalog: catalogServiceMock({ entities }),
      entities: lookup,
      access,
      assessPermission: assessPermissionFor(
        permissions,
        catalogServiceMock({ entities }),
      ),
      settings,
      now: () => clock,
    });
    const { visibility } = lookup;
    const router = await createRouter({
      service,
      rollups: new RollupService({
        store: new DatabaseRollupStore(knex),
        visibility,
        settings: {
          rules: {},
          defaultRule: 'mean',
          staleAfterMs: 90 * 86_400_000,
        },
      }),
      operations: new OperationsService({
        db: knex,
        tasks: new DatabaseHierarchyStore(knex),
        snapshots: new DatabaseSnapshotStore(knex),
        scheduler: mockServices.scheduler.mock(),
        access,
        visibility,
      }),
      selfService,
      assessmentImport: new AssessmentImport({
        store,
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        access,
        now: () => clock,
      }),
      decisions: new ProposalDecisions({
        store: evidenceStore,
        entities: lookup,
        assessPermission: assessPermissionFor(
          permissions,
          catalogServiceMock({ entities }),
        ),
        access,
        service,
        now: () => clock,
      }),
      facts: new FactPush({
        store: new DatabasePushedFactStore(knex),
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        access,
        now: () => clock,
      }),
      explain: new ExplainService({
        db: knex,
        entities: lookup,
        visibility,
        now: () => clock,
      }),
      // Requests without an Authorization header are anonymous.
      httpAuth: mockServices.httpAuth({
        pluginId: 'maturity',
        defaultCredentials: mockCredentials.none(),
      }),
    });
    app = express().use(router).use(mockErrorHandler());
  });

  const body = {
    scores: [
      { vector: 'documentation', score: 3, rationale: 'README and runbook' },
      { vector: 'stability', score: 2 },
    ],
    comment: 'quarterly review',
  };

  const asOwner = () => mockCredentials.user.header(OWNER);
  const asStranger = () => mockCredentials.user.header(STRANGER);
  // What a scaffolder task started by the stranger sends: their token, the scaffolder as actor.
  const asScaffolderForStranger = () => scaffolderFor(STRANGER);

  async function nothingStored() {
    expect(await store.getCurrentScores([FOO])).toEqual([]);
    expect(await store.getHistory({ entityRef: FOO, limit: 10 })).toEqual([]);
    expect(await store.listAssessments({ entityRef: FOO, limit: 10 })).toEqual(
      [],
    );
  }

  describe('POST assessments', () => {
    it('records an owner’s assessment, checks the permission on the entity and audits success', async () => {
      const res = await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asOwner())
        .send(body);

      expect(res.status).toBe(201);
      expect(res.headers['idempotent-replayed']).toBeUndefined();
      expect(res.body.assessment).toMatchObject({
        id: expect.any(String),
        entityRef: FOO,
        createdBy: OWNER,
        createdAt: clock.toISOString(),
        comment: 'quarterly review',
        source: 'assessment',
        scores: body.scores,
      });
      const documentation = res.body.scorecard.vectors.find(
        (v: { vector: string }) => v.vector === 'documentation',
      );
      expect(documentation).toMatchObject({
        score: 3,
        recordedBy: OWNER,
        rationale: 'README and runbook',
        stale: false,
      });
      // (3 + 2) / 2 floors to 2 with minCoverage 0.
      expect(res.body.scorecard.level).toMatchObject({
        value: 2,
        pulledDownBy: [],
      });

      expect(decideAssessment).toHaveBeenCalledTimes(1);
      expect(decideAssessment).toHaveBeenCalledWith(
        [{ permission: maturityAssessmentCreatePermission }],
        {
          credentials: expect.objectContaining({
            principal: expect.objectContaining({ userEntityRef: OWNER }),
          }),
        },
      );

      expect(auditor.createEvent).toHaveBeenCalledTimes(1);
      expect(auditor.createEvent).toHaveBeenCalledWith({
        eventId: 'assessment-create',
        severityLevel: 'medium',
        request: expect.objectContaining({ method: 'POST' }),
        // The user is named in the event itself too, not only through the request.
        meta: { entityRef: FOO, actor: OWNER },
      });
      expect(events[0].success).toHaveBeenCalledWith({
        meta: {
          assessmentId: res.body.assessment.id,
          replayed: false,
          vectors: ['documentation', 'stability'],
        },
      });
      expect(events[0].fail).not.toHaveBeenCalled();

      expect(await store.getCurrentScores([FOO])).toHaveLength(2);
    });

    it('refuses a non-owner with 403, audits the failure and stores nothing', async () => {
      const res = await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asStranger())
        .send(body);

      expect(res.status).toBe(403);
      expect(res.body.error.name).toBe('NotAllowedError');
      expect(res.body.error.message).toContain(FOO);
      expect(decideAssessment).toHaveBeenCalledTimes(1);
      expect(events).toHaveLength(1);
      expect(events[0].success).not.toHaveBeenCalled();
      expect(events[0].fail).toHaveBeenCalledWith({
        error: expect.any(NotAllowedError),
      });
      await nothingStored();
    });

    it('refuses an anonymous caller with 401 before anything else happens', async () => {
      const res = await request(app).post(ASSESSMENTS).send(body);

      expect(res.status).toBe(401);
      expect(res.body.error.name).toBe('AuthenticationError');
      expect(decideAssessment).not.toHaveBeenCalled();
      expect(auditor.createEvent).not.toHaveBeenCalled();
      await nothingStored();
    });

    it('refuses a service principal with 403: writes need a user', async () => {
      const res = await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', mockCredentials.service.header())
        .send(body);

      expect(res.status).toBe(403);
      expect(res.body.error.name).toBe('NotAllowedError');
      expect(decideAssessment).not.toHaveBeenCalled();
      await nothingStored();
    });

    it('audits invalid input as a failure without asking the permission policy', async () => {
      const res = await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asOwner())
        .send({
          scores: [
            { vector: 'documentation', score: 3 },
            { vector: 'documentation', score: 4 },
          ],
        });

      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'scores[1].vector "documentation" appears more than once',
      );
      expect(decideAssessment).not.toHaveBeenCalled();
      expect(events[0].fail).toHaveBeenCalledWith({
        error: expect.any(InputError),
      });
      await nothingStored();
    });

    it('answers 404 for an entity that is not in the catalog and audits it', async () => {
      const res = await request(app)
        .post('/entities/component/default/ghost/assessments')
        .set('Authorization', asOwner())
        .send(body);

      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('component:default/ghost');
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          meta: { entityRef: 'component:default/ghost', actor: OWNER },
        }),
      );
      expect(events[0].fail).toHaveBeenCalledWith({
        error: expect.any(NotFoundError),
      });
      expect(decideAssessment).not.toHaveBeenCalled();
    });

    it('replays a retried request and audits it as a replay; refuses a reused key with 409', async () => {
      const first = await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asOwner())
        .set('Idempotency-Key', 'review-1')
        .send(body);
      expect(first.status).toBe(201);

      clock = new Date(clock.getTime() + 60_000);
      const retry = await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asOwner())
        .send({ ...body, idempotencyKey: 'review-1' });
      expect(retry.status).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body.assessment.id).toBe(first.body.assessment.id);
      expect(retry.body.assessment.createdAt).toBe(
        first.body.assessment.createdAt,
      );
      expect(events[1].success).toHaveBeenCalledWith({
        meta: expect.objectContaining({
          assessmentId: first.body.assessment.id,
          replayed: true,
        }),
      });

      const conflict = await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asOwner())
        .set('Idempotency-Key', 'review-1')
        .send({ scores: [{ vector: 'documentation', score: 5 }] });
      expect(conflict.status).toBe(409);
      expect(conflict.body.error.message).toContain('review-1');
      expect(events[2].fail).toHaveBeenCalledWith({
        error: expect.any(ConflictError),
      });

      expect(
        await store.getHistory({ entityRef: FOO, limit: 10 }),
      ).toHaveLength(2);
    });

    it('answers malformed JSON with a 400 InputError', async () => {
      const res = await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asOwner())
        .set('Content-Type', 'application/json')
        .send('{"scores": [');
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(auditor.createEvent).not.toHaveBeenCalled();
      await nothingStored();
    });

    it('answers a body above 256 kB with 413', async () => {
      const res = await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asOwner())
        .send({ ...body, comment: 'c'.repeat(300 * 1024) });
      expect(res.status).toBe(413);
      expect(res.body.error.message).toMatch(/too large/);
      await nothingStored();
    });

    it('refuses a header key that differs from the body key', async () => {
      const res = await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asOwner())
        .set('Idempotency-Key', 'a')
        .send({ ...body, idempotencyKey: 'b' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/Idempotency-Key/);
      await nothingStored();
    });
  });

  describe('POST /import/assessments', () => {
    const IMPORT = '/import/assessments';
    const past = (
      name: string,
      assessedAt: string,
      score: number,
      extra: object = {},
    ) => ({
      entityRef: `component:default/${name}`,
      assessedBy: 'user:default/kim',
      assessedAt,
      scores: [{ vector: 'documentation', score }],
      idempotencyKey: `old-tool-${name}-${assessedAt}`,
      ...extra,
    });

    it('stores past assessments as given, with source import, once', async () => {
      const assessments = [
        past('foo', '2025-06-01T09:00:00Z', 1, { rubricVersion: '2025.1' }),
        past('foo', '2025-12-01T09:00:00Z', 3),
        past('bar', '2025-09-01T09:00:00Z', 2),
      ];
      const res = await request(app)
        .post(IMPORT)
        .set('Authorization', asOwner())
        .send({ assessments });

      expect(res.status).toBe(200);
      expect(res.body).toEqual({ imported: 3, skipped: 0 });
      const history = await store.getHistory({ entityRef: FOO, limit: 10 });
      expect(
        history.map(h => [
          h.recordedAt.toISOString(),
          h.score,
          h.source,
          h.recordedBy,
          h.rubricVersion,
        ]),
      ).toEqual(
        expect.arrayContaining([
          [
            '2025-06-01T09:00:00.000Z',
            1,
            'import',
            'user:default/kim',
            '2025.1',
          ],
          [
            '2025-12-01T09:00:00.000Z',
            3,
            'import',
            'user:default/kim',
            RUBRIC_VERSION,
          ],
        ]),
      );
      // The newest imported score is current.
      const [current] = await store.getCurrentScores([FOO]);
      expect(current).toMatchObject({ score: 3, source: 'import' });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'assessment-import',
          meta: { assessments: 3, actor: OWNER },
        }),
      );
      expect(events[0].success).toHaveBeenCalledWith({
        meta: { imported: 3, skipped: 0 },
      });

      const again = await request(app)
        .post(IMPORT)
        .set('Authorization', asOwner())
        .send({ assessments });
      expect(again.body).toEqual({ imported: 0, skipped: 3 });
      expect(
        await store.getHistory({ entityRef: FOO, limit: 10 }),
      ).toHaveLength(2);
    });

    it('does not move a newer current score back', async () => {
      await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asOwner())
        .send(body);
      const res = await request(app)
        .post(IMPORT)
        .set('Authorization', asOwner())
        .send({ assessments: [past('foo', '2025-01-01T00:00:00Z', 5)] });
      expect(res.body).toEqual({ imported: 1, skipped: 0 });
      const documentation = (await store.getCurrentScores([FOO])).find(
        c => c.vector === 'documentation',
      );
      expect(documentation).toMatchObject({ score: 3, source: 'assessment' });
    });

    it('refuses a caller without the import permission and stores nothing', async () => {
      const res = await request(app)
        .post(IMPORT)
        .set('Authorization', mockCredentials.user.header(STRANGER))
        .send({ assessments: [past('foo', '2025-06-01T09:00:00Z', 1)] });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe('You may not import assessments');
      expect(await store.getCurrentScores([FOO])).toEqual([]);
    });

    it.each([
      [
        'a date in the future',
        past('bar', '2026-03-02T00:00:00Z', 1),
        /^assessments\[1\]\.assessedAt must not be in the future/,
      ],
      [
        'an entity the catalog does not have',
        past('gone', '2025-06-01T00:00:00Z', 1),
        /^assessments\[1\]\.entityRef names no entity in the catalog: component:default\/gone$/,
      ],
      [
        'a group instead of a component',
        {
          ...past('x', '2025-06-01T00:00:00Z', 1),
          entityRef: 'group:default/team-a',
        },
        /^assessments\[1\]\.entityRef must be a component or a resource/,
      ],
      [
        'an assessor who is no user',
        {
          ...past('bar', '2025-06-01T00:00:00Z', 1),
          assessedBy: 'group:default/team-a',
        },
        /^assessments\[1\]\.assessedBy must be a user entity ref/,
      ],
    ])(
      'answers %s with a 400 naming the item and stores none of the batch',
      async (_case, bad, message) => {
        const res = await request(app)
          .post(IMPORT)
          .set('Authorization', asOwner())
          .send({ assessments: [past('foo', '2025-06-01T09:00:00Z', 1), bad] });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
        expect(await store.getCurrentScores([FOO])).toEqual([]);
      },
    );
  });

  describe('reads', () => {
    it('serves the scorecard to a service principal and to a user who may not assess', async () => {
      await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asOwner())
        .send(body)
        .expect(201);

      for (const header of [mockCredentials.service.header(), asStranger()]) {
        const res = await request(app)
          .get(SCORECARD)
          .set('Authorization', header);
        expect(res.status).toBe(200);
        expect(res.body.entityRef).toBe(FOO);
        expect(
          res.body.vectors.find(
            (v: { vector: string }) => v.vector === 'stability',
          ).score,
        ).toBe(2);
      }
      // Reads are not audited and need no permission beyond catalog visibility.
      expect(auditor.createEvent).toHaveBeenCalledTimes(1);
      expect(decideAssessment).toHaveBeenCalledTimes(1);
    });

    it('lists assessments newest first, a page at a time', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        clock = new Date(Date.UTC(2026, 2, 1, 10, i));
        const res = await request(app)
          .post(ASSESSMENTS)
          .set('Authorization', asOwner())
          .send({ scores: [{ vector: 'documentation', score: i }] })
          .expect(201);
        ids.push(res.body.assessment.id);
      }

      const page1 = await request(app)
        .get(ASSESSMENTS)
        .query({ limit: 2 })
        .set('Authorization', asStranger());
      expect(page1.status).toBe(200);
      expect(page1.body.items.map((a: { id: string }) => a.id)).toEqual([
        ids[2],
        ids[1],
      ]);
      expect(page1.body.nextCursor).toEqual(expect.any(String));

      const page2 = await request(app)
        .get(ASSESSMENTS)
        .query({ limit: 2, cursor: page1.body.nextCursor })
        .set('Authorization', asStranger());
      expect(page2.status).toBe(200);
      expect(page2.body.items.map((a: { id: string }) => a.id)).toEqual([
        ids[0],
      ]);
      expect(page2.body.nextCursor).toBeUndefined();

      const garbage = await request(app)
        .get(ASSESSMENTS)
        .query({ cursor: 'not-a-cursor' })
        .set('Authorization', asStranger());
      expect(garbage.status).toBe(400);
      expect(garbage.body.error.message).toMatch(/^cursor is not valid/);
    });

    it('filters history by vector and time range', async () => {
      for (let i = 0; i < 3; i++) {
        clock = new Date(Date.UTC(2026, 2, 1 + i));
        await request(app)
          .post(ASSESSMENTS)
          .set('Authorization', asOwner())
          .send({
            scores: [
              { vector: 'documentation', score: i + 1 },
              { vector: 'stability', score: 5 - i },
            ],
          })
          .expect(201);
      }

      const docs = await request(app)
        .get(HISTORY)
        .query({ vector: 'documentation' })
        .set('Authorization', asStranger());
      expect(docs.status).toBe(200);
      expect(docs.body.series).toHaveLength(1);
      expect(docs.body.series[0].vector).toBe('documentation');
      expect(
        docs.body.series[0].points.map((p: { score: number }) => p.score),
      ).toEqual([1, 2, 3]);

      // Instants as people type them, not URL-encoded (`allowReserved` in the document).
      const window = await request(app)
        .get(
          `${HISTORY}?from=2026-03-02T00:00:00.000Z&to=2026-03-02T23:59:59.999Z`,
        )
        .set('Authorization', asStranger());
      expect(window.status).toBe(200);
      expect(
        window.body.series.map(
          (s: { vector: string; points: Array<{ score: number }> }) => [
            s.vector,
            s.points.map(p => p.score),
          ],
        ),
      ).toEqual([
        ['documentation', [2]],
        ['stability', [4]],
      ]);
    });

    it.each([
      // Refused by the document's `format: date-time`: the router parses nothing itself.
      [
        'from',
        'notadate',
        /^request\/query\/from must match format "date-time"/,
      ],
      ['to', '2026-13-01T00:00:00Z', /^request\/query\/to must match format/],
      ['from', '2026-02-30T00:00:00Z', /^request\/query\/from must match/],
      // A valid RFC 3339 date-time that no JavaScript Date can hold: the service refuses it.
      ['to', '2016-12-31T23:59:60Z', /^to must be a date-time .*23:59:60Z"$/],
    ])(
      'answers a history %s of %s with a 400 naming it',
      async (field, value, message) => {
        const res = await request(app)
          .get(HISTORY)
          .query({ [field]: value })
          .set('Authorization', asStranger());
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        expect(res.body.error.message).toMatch(message);
      },
    );

    it('exports only entities still in the catalog, with spreadsheet-safe CSV', async () => {
      await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asOwner())
        .send({
          scores: [
            {
              vector: 'documentation',
              score: 3,
              rationale: '=HYPERLINK("http://evil"), see wiki',
            },
          ],
        })
        .expect(201);
      // Scores of an entity that has since left the catalog stay in the store.
      await store.recordAssessment({
        entityRef: 'component:default/removed',
        createdBy: OWNER,
        source: 'import',
        rubricVersion: '2026-11',
        scores: [{ vector: 'stability', score: 1 }],
        requestHash: 'x',
        at: clock,
      });

      const json = await request(app)
        .get('/export')
        .set('Authorization', asStranger());
      expect(json.status).toBe(200);
      expect(JSON.parse(json.text)).toEqual([
        expect.objectContaining({
          entityRef: FOO,
          vector: 'documentation',
          score: 3,
        }),
      ]);

      const csv = await request(app)
        .get('/export')
        .query({ format: 'csv' })
        .set('Authorization', asStranger());
      expect(csv.status).toBe(200);
      const lines = csv.text.split('\r\n');
      expect(lines).toHaveLength(3);
      expect(lines[2]).toBe('');
      expect(lines[1]).toBe(
        `${FOO},documentation,3,false,${clock.toISOString()},${OWNER},assessment,2026-11,"'=HYPERLINK(""http://evil""), see wiki"`,
      );
    });
  });
  describe('self-service runs', () => {
    const DAY = 86_400_000;
    const advance = (days: number) => {
      clock = new Date(clock.getTime() + days * DAY);
    };
    const usage = async () =>
      (
        await request(app)
          .get('/entities/component/default/foo/self-service')
          .set('Authorization', asStranger())
          .expect(200)
      ).body;
    const evidence = async () =>
      (
        await request(app)
          .get(SCORECARD)
          .set('Authorization', asStranger())
          .expect(200)
      ).body.evidence;

    it('counts a run and its evidence while it is in the 30 and 90 day windows', async () => {
      // Recording needs no maturity permission, only a scaffolder task of a user who can see
      // the entity.
      const recorded = await request(app)
        .post('/self-service/runs')
        .set('Authorization', asScaffolderForStranger())
        .send({
          entityRef: FOO,
          templateRef: 'template:default/add-runbook',
          taskId: 'task-1',
        });
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({
        runBy: STRANGER,
        ranAt: clock.toISOString(),
      });

      expect((await usage()).runs).toEqual({ last30Days: 1, last90Days: 1 });
      // The run is collected as evidence at once, without waiting for the schedule.
      const facts = async () =>
        ((await evidence()) ?? []).flatMap((e: VectorEvidence) =>
          e.facts.map(f => f.text),
        );
      expect(await evidence()).toEqual([
        {
          vector: 'automation',
          provider: 'self-service',
          proposedScore: 2,
          reasons: [expect.stringContaining('1 self-service run in 90 days')],
          facts: [
            expect.objectContaining({
              key: 'runs-90-days',
              value: 1,
              text: '1 self-service run in the last 90 days',
              observedAt: clock.toISOString(),
            }),
            expect.objectContaining({ key: 'runs-30-days', value: 1 }),
          ],
          collectedAt: clock.toISOString(),
          changedAt: clock.toISOString(),
        },
      ]);
      // The scorecard an assessment answers with shows it too.
      const assessed = await request(app)
        .post(ASSESSMENTS)
        .set('Authorization', asOwner())
        .send(body);
      expect(assessed.body.scorecard.evidence).toHaveLength(1);

      advance(30);
      expect((await usage()).runs).toEqual({ last30Days: 1, last90Days: 1 });
      advance(1);
      expect((await usage()).runs).toEqual({ last30Days: 0, last90Days: 1 });
      // Evidence moves with collections, not with every read.
      expect(await facts()).toContain('1 self-service run in the last 30 days');
      await collectEvidence();
      expect(await facts()).toEqual([
        '1 self-service run in the last 90 days',
        '0 self-service runs in the last 30 days',
      ]);

      advance(60);
      const old = await usage();
      expect(old.runs).toEqual({ last30Days: 0, last90Days: 0 });
      // Still listed as a recent run, but no longer evidence once collected again.
      expect(old.recent.map((r: { taskId: string }) => r.taskId)).toEqual([
        'task-1',
      ]);
      await collectEvidence();
      expect(await evidence()).toBeUndefined();
    });
  });
});
