import { createTestDatabases } from '@agile-ops/test-utils';
import {
  AuditorService,
  SchedulerServiceTaskInvocationDefinition,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import maturityPlugin from '../index';

jest.setTimeout(120_000);

const JO = 'user:default/jo';
const TEAM = 'group:default/team-a';
const TEMPLATE = 'template:default/add-runbook';
const RUNS = '/api/maturity/self-service/runs';
const user = (ref = JO) => mockCredentials.user.header(ref);
const usagePath = (name: string) =>
  `/api/maturity/entities/component/default/${name}/self-service`;

// catalogServiceMock looks refs up case-sensitively: kinds are written in lower case.
function entity(kind: string, name: string, owner?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec: owner ? { type: 'service', owner } : {},
    relations: owner ? [{ type: 'ownedBy', targetRef: owner }] : [],
  };
}

const entities: Entity[] = [
  entity('group', 'team-a'),
  entity('group', 'team-b'),
  ...['replayed', 'usage', 'busy', 'quiet', 'evidence', 'audited'].map(name =>
    entity('component', name, TEAM),
  ),
  entity('component', 'theirs', 'group:default/team-b'),
];

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'self-service routes on %s',
  databaseId => {
    let server: Parameters<typeof request>[0];
    const tasks = new Map<string, SchedulerServiceTaskInvocationDefinition>();
    const auditEvents: Array<{
      options: Parameters<AuditorService['createEvent']>[0];
      success: jest.Mock;
      fail: jest.Mock;
    }> = [];
    let taskCounter = 0;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      // Scheduled tasks run only when triggered, so the test decides when the hierarchy syncs.
      const scheduler = mockServices.scheduler.mock({
        scheduleTask: async task => {
          tasks.set(task.id, task);
        },
        triggerTask: async id => {
          await tasks.get(id)!.fn(new AbortController().signal);
        },
      });
      const auditor = mockServices.auditor.mock({
        createEvent: async options => {
          const event = {
            options,
            success: jest.fn(async () => {}),
            fail: jest.fn(async () => {}),
          };
          auditEvents.push(event);
          return event;
        },
      });
      const backend = await startTestBackend({
        features: [
          maturityPlugin,
          catalogServiceMock.factory({ entities }),
          mockServices.database.factory({ knex }),
          mockServices.httpAuth.factory({
            defaultCredentials: mockCredentials.none(),
          }),
          scheduler.factory,
          auditor.factory,
        ],
      });
      server = backend.server;
      // The team route reads owners from the synced hierarchy.
      await request(server)
        .post('/api/maturity/hierarchy/refresh')
        .set('Authorization', user())
        .expect(202);
    });

    function record(name: string, taskId = `task-${++taskCounter}`) {
      return request(server)
        .post(RUNS)
        .set('Authorization', user())
        .send({
          entityRef: `component:default/${name}`,
          templateRef: TEMPLATE,
          taskId,
        });
    }

    it('records a run with 201 and answers a repeat with 200 and the same run', async () => {
      const body = {
        entityRef: 'Component:default/replayed',
        templateRef: 'Template:default/add-runbook',
        taskId: 'task-replayed',
      };
      const first = await request(server)
        .post(RUNS)
        .set('Authorization', user())
        .send(body);
      expect(first.status).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(first.body).toEqual({
        id: expect.any(String),
        entityRef: 'component:default/replayed',
        templateRef: TEMPLATE,
        taskId: 'task-replayed',
        runBy: JO,
        ranAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      });

      const repeat = await request(server)
        .post(RUNS)
        .set('Authorization', user())
        .send(body);
      expect(repeat.status).toBe(200);
      expect(repeat.headers['idempotent-replayed']).toBe('true');
      expect(repeat.body).toEqual(first.body);

      const usage = await request(server)
        .get(usagePath('replayed'))
        .set('Authorization', user());
      expect(usage.body.runs).toEqual({ last30Days: 1, last90Days: 1 });
    });

    it('refuses anonymous callers with 401 and services without a user with 403', async () => {
      const anonymous = [
        request(server).post(RUNS).send({
          entityRef: 'component:default/usage',
          templateRef: TEMPLATE,
          taskId: 'anonymous',
        }),
        request(server).get(usagePath('usage')),
        request(server).get('/api/maturity/teams/default/team-a/self-service'),
      ];
      for (const res of await Promise.all(anonymous)) {
        expect(res.status).toBe(401);
      }

      const service = await request(server)
        .post(RUNS)
        .set('Authorization', mockCredentials.service.header())
        .send({
          entityRef: 'component:default/usage',
          templateRef: TEMPLATE,
          taskId: 'service',
        });
      expect(service.status).toBe(403);
      // Services may read.
      const read = await request(server)
        .get(usagePath('usage'))
        .set('Authorization', mockCredentials.service.header());
      expect(read.status).toBe(200);
      expect(read.body.recent).toEqual([]);
    });

    it('answers 404 naming an entity the catalog does not know', async () => {
      const post = await record('ghost');
      expect(post.status).toBe(404);
      expect(post.body.error.message).toBe(
        'No entity component:default/ghost in the catalog',
      );
      const usage = await request(server)
        .get(usagePath('ghost'))
        .set('Authorization', user());
      expect(usage.status).toBe(404);
      const team = await request(server)
        .get('/api/maturity/teams/default/nobody/self-service')
        .set('Authorization', user());
      expect(team.status).toBe(404);
      expect(team.body.error.message).toContain('group:default/nobody');
    });

    const valid = {
      entityRef: 'component:default/usage',
      templateRef: TEMPLATE,
      taskId: 'valid',
    };
    it.each([
      ['a missing taskId', { ...valid, taskId: undefined }, /taskId/],
      ['an empty taskId', { ...valid, taskId: '' }, /taskId/],
      [
        'a taskId over 200 characters',
        { ...valid, taskId: 'x'.repeat(201) },
        /taskId/,
      ],
      [
        'a malformed entityRef',
        { ...valid, entityRef: 'not a ref' },
        /^entityRef must be/,
      ],
      [
        'a templateRef that is no template',
        { ...valid, templateRef: 'component:default/usage' },
        /^templateRef must be/,
      ],
      ['an unknown field', { ...valid, extra: true }, /extra|additional/],
    ])('refuses %s with a 400 naming the field', async (_l, body, message) => {
      const res = await request(server)
        .post(RUNS)
        .set('Authorization', user())
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toMatch(message);
    });

    it('names a malformed path', async () => {
      const res = await request(server)
        .get('/api/maturity/teams/de_fault/team-a/self-service')
        .set('Authorization', user());
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^namespace must be/);
    });

    it('reports an entity’s counts and its latest ten runs, newest first', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        const res = await record('usage', `usage-${i}`);
        expect(res.status).toBe(201);
        ids.push(res.body.id);
      }
      const res = await request(server)
        .get(usagePath('usage'))
        .set('Authorization', user());
      expect(res.status).toBe(200);
      expect(res.body.entityRef).toBe('component:default/usage');
      expect(res.body.runs).toEqual({ last30Days: 12, last90Days: 12 });
      expect(res.body.recent).toHaveLength(10);
      const times = res.body.recent.map((r: { ranAt: string }) => r.ranAt);
      expect(times).toEqual([...times].sort().reverse());
      expect(res.body.recent[0]).toMatchObject({
        entityRef: 'component:default/usage',
        templateRef: TEMPLATE,
        runBy: JO,
      });
    });

    it('adds up the runs of a team’s entities, most runs first', async () => {
      for (let i = 0; i < 3; i++) await record('busy').expect(201);
      await record('quiet').expect(201);
      await record('theirs').expect(201);

      const res = await request(server)
        .get('/api/maturity/teams/default/team-a/self-service')
        .set('Authorization', user());
      expect(res.status).toBe(200);
      expect(res.body.team).toBe(TEAM);
      const byRef = new Map(
        res.body.entities.map(
          (e: { entityRef: string; last90Days: number }) => [
            e.entityRef,
            e.last90Days,
          ],
        ),
      );
      expect(byRef.get('component:default/busy')).toBe(3);
      expect(byRef.get('component:default/quiet')).toBe(1);
      expect(byRef.has('component:default/theirs')).toBe(false);
      const counts = res.body.entities.map(
        (e: { last90Days: number }) => e.last90Days,
      );
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(res.body.runs.last90Days).toBe(
        counts.reduce((a: number, b: number) => a + b, 0),
      );

      const other = await request(server)
        .get('/api/maturity/teams/default/team-b/self-service')
        .set('Authorization', user());
      expect(other.body).toEqual({
        team: 'group:default/team-b',
        runs: { last30Days: 1, last90Days: 1 },
        entities: [
          {
            entityRef: 'component:default/theirs',
            last30Days: 1,
            last90Days: 1,
          },
        ],
      });
    });

    it('shows the runs as automation evidence on the entity’s scorecard only', async () => {
      const scorecard = () =>
        request(server)
          .get('/api/maturity/entities/component/default/evidence/scorecard')
          .set('Authorization', user());
      const before = await scorecard();
      expect(before.status).toBe(200);
      expect(before.body.evidence).toBeUndefined();

      await record('evidence').expect(201);
      const after = await scorecard();
      expect(after.body.evidence).toEqual([
        {
          vector: 'automation',
          facts: ['1 self-service run in the last 90 days (1 in the last 30)'],
          proposedScore: 2,
        },
      ]);

      const bulk = await request(server)
        .post('/api/maturity/scorecards')
        .set('Authorization', user())
        .send({ entityRefs: ['component:default/evidence'] });
      expect(bulk.status).toBe(200);
      expect(bulk.body.items[0].evidence).toBeUndefined();
    });

    it('audits every recording, successful or not', async () => {
      const before = auditEvents.length;
      const ok = await record('audited', 'audited-task').expect(201);
      await record('audited', 'audited-task').expect(200);
      await record('ghost', 'audited-ghost').expect(404);

      const events = auditEvents
        .slice(before)
        .filter(e => e.options.eventId === 'self-service-run-record');
      expect(events.map(e => e.options)).toEqual([
        expect.objectContaining({
          severityLevel: 'low',
          meta: {
            entityRef: 'component:default/audited',
            templateRef: TEMPLATE,
            taskId: 'audited-task',
          },
        }),
        expect.objectContaining({
          meta: expect.objectContaining({ taskId: 'audited-task' }),
        }),
        expect.objectContaining({
          meta: expect.objectContaining({
            entityRef: 'component:default/ghost',
          }),
        }),
      ]);
      expect(events[0].success).toHaveBeenCalledWith({
        meta: { runId: ok.body.id, replayed: false },
      });
      expect(events[1].success).toHaveBeenCalledWith({
        meta: { runId: ok.body.id, replayed: true },
      });
      expect(events[2].fail).toHaveBeenCalledWith({
        error: expect.objectContaining({ name: 'NotFoundError' }),
      });
    });
  },
);
