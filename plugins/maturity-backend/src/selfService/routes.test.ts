import {
  createTestDatabases,
  manualScheduler,
  PluginBackend,
  RecordedAuditEvent,
} from '@agile-ops/test-utils';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import express from 'express';
import request from 'supertest';
import { catalogEntity, ownedBy } from '../__testUtils__/catalogEntities';
import { startMaturityBackend } from '../__testUtils__/maturityBackend';
import {
  expectNothingHidden,
  scaffolderFor,
} from '../__testUtils__/visibility';

jest.setTimeout(120_000);

const JO = 'user:default/jo';
const TEAM = 'group:default/team-a';
const TEMPLATE = 'template:default/add-runbook';
const RUNS = '/api/maturity/self-service/runs';
const user = (ref = JO) => mockCredentials.user.header(ref);
// Runs come from scaffolder tasks acting for the user who started them.
const asTask = (ref = JO) => scaffolderFor(ref);
const usagePath = (name: string) =>
  `/api/maturity/entities/component/default/${name}/self-service`;

// Kinds in lower case, for the in-memory catalog.
const entity = (kind: string, name: string, owner?: string) =>
  catalogEntity(kind, name, {
    spec: owner ? { type: 'service', owner } : {},
    relations: owner ? [ownedBy(owner)] : [],
  });

const entities: Entity[] = [
  entity('group', 'team-a'),
  entity('group', 'team-b'),
  ...['replayed', 'usage', 'busy', 'quiet', 'evidence', 'audited'].map(name =>
    entity('component', name, TEAM),
  ),
  entity('component', 'theirs', 'group:default/team-b'),
  entity('component', 'secret', TEAM),
  entity('component', 'guarded', TEAM),
  entity('template', 'add-runbook'),
  entity('template', 'confidential-template'),
];

// The guest may not read the component `secret` nor the template `confidential-template`.
const GUEST = 'user:default/guest';
const HIDDEN = {
  users: [GUEST],
  refs: ['component:default/secret', 'template:default/confidential-template'],
};

/** Tasks the stand-in scaffolder knows besides the default running one of JO's. */
const TASKS: Record<string, object | undefined> = {
  'task-of-bob': {
    status: 'processing',
    createdBy: 'user:default/bob',
    spec: { templateInfo: { entityRef: TEMPLATE } },
  },
  'task-of-other-template': {
    status: 'processing',
    createdBy: JO,
    spec: { templateInfo: { entityRef: 'template:default/other' } },
  },
  'task-finished': {
    status: 'completed',
    createdBy: JO,
    spec: { templateInfo: { entityRef: TEMPLATE } },
  },
  'task-missing': undefined,
};

/**
 * The scaffolder's task route, as far as the maturity plugin reads it: reached through
 * discovery with the plugin's service token, like the real one.
 */
const stubScaffolder = createBackendPlugin({
  pluginId: 'scaffolder',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
      },
      async init({ httpRouter, httpAuth }) {
        const router = express.Router();
        router.get('/v2/tasks/:taskId', async (req, res) => {
          await httpAuth.credentials(req, { allow: ['service'] });
          const { taskId } = req.params;
          const known = taskId in TASKS ? TASKS[taskId] : undefined;
          if (taskId in TASKS && !known) {
            res.status(404).json({ error: { name: 'NotFoundError' } });
            return;
          }
          res.json({
            id: taskId,
            ...(known ?? {
              status: 'processing',
              createdBy: taskId.startsWith('guest') ? GUEST : JO,
              spec: {
                templateInfo: {
                  entityRef: taskId.includes('confidential')
                    ? 'template:default/confidential-template'
                    : TEMPLATE,
                },
              },
            }),
          });
        });
        httpRouter.use(router);
      },
    });
  },
});

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'self-service routes on %s',
  databaseId => {
    let server: PluginBackend['server'];
    let auditEvents: RecordedAuditEvent[];
    let taskCounter = 0;

    beforeAll(async () => {
      ({ server, auditEvents } = await startMaturityBackend({
        knex: await databases.init(databaseId),
        entities,
        hidden: HIDDEN,
        // Scheduled tasks run only when triggered, so the test decides when the hierarchy syncs.
        features: [stubScaffolder, manualScheduler().factory],
      }));
      // The team route reads owners from the synced hierarchy.
      await request(server)
        .post('/api/maturity/hierarchy/refresh')
        .set('Authorization', user())
        .expect(202);
    });

    function record(
      name: string,
      taskId = `task-${++taskCounter}`,
      templateRef = TEMPLATE,
    ) {
      return request(server)
        .post(RUNS)
        .set('Authorization', asTask())
        .send({
          entityRef: `component:default/${name}`,
          templateRef,
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
        .set('Authorization', asTask())
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
        .set('Authorization', asTask())
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
      ['a blank taskId', { ...valid, taskId: '   ' }, /taskId/],
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
        .set('Authorization', asTask())
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
      // Collected at once after the run, not at the next scheduled collection.
      expect(after.body.evidence).toEqual([
        expect.objectContaining({
          vector: 'automation',
          provider: 'self-service',
          proposedScore: 2,
          facts: [
            expect.objectContaining({
              text: '1 self-service run in the last 90 days',
            }),
            expect.objectContaining({
              text: '1 self-service run in the last 30 days',
            }),
          ],
        }),
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
            // The user the task ran for, and the scaffolder acting for them.
            actor: JO,
            onBehalfOf: 'plugin:scaffolder',
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

    describe('provenance', () => {
      const body = (taskId: string) => ({
        entityRef: 'component:default/guarded',
        templateRef: TEMPLATE,
        taskId,
      });
      const runs = async () =>
        (
          await request(server)
            .get(usagePath('guarded'))
            .set('Authorization', user())
            .expect(200)
        ).body.runs.last90Days;

      it('refuses a user posting a run directly with 403, recording nothing', async () => {
        const res = await request(server)
          .post(RUNS)
          .set('Authorization', user())
          .send(body('direct'));
        expect(res.status).toBe(403);
        expect(res.body.error.message).toMatch(
          /^Self-service runs are recorded by the scaffolder/,
        );
        // Another plugin acting for the user is no scaffolder either.
        const other = await request(server)
          .post(RUNS)
          .set(
            'Authorization',
            `Bearer ${mockCredentials.user.token(JO, {
              actor: { subject: 'plugin:catalog' },
            })}`,
          )
          .send(body('other-plugin'));
        expect(other.status).toBe(403);
        expect(await runs()).toBe(0);
      });

      it('accepts the scaffolder acting for the user with 201', async () => {
        const res = await request(server)
          .post(RUNS)
          .set('Authorization', asTask())
          .send(body('on-behalf'));
        expect(res.status).toBe(201);
        expect(res.body.runBy).toBe(JO);
        expect(await runs()).toBe(1);
      });

      it.each([
        [
          'started by someone else',
          'task-of-bob',
          /was not started by user:default\/jo/,
        ],
        [
          'of another template',
          'task-of-other-template',
          /does not run template:default\/add-runbook/,
        ],
        ['no longer running', 'task-finished', /is not running/],
        [
          'unknown to the scaffolder',
          'task-missing',
          /knows no task task-missing/,
        ],
      ])('refuses a task %s with 403', async (_label, taskId, message) => {
        const before = await runs();
        const res = await request(server)
          .post(RUNS)
          .set('Authorization', asTask())
          .send(body(taskId));
        expect(res.status).toBe(403);
        expect(res.body.error.message).toMatch(message);
        expect(await runs()).toBe(before);
      });
    });

    describe('for a caller who may not read some entities', () => {
      const SECRETS = HIDDEN.refs;

      it('answers a hidden entity’s usage with the 404 of a missing one', async () => {
        const hidden = await request(server)
          .get(usagePath('secret'))
          .set('Authorization', user(GUEST));
        expect(hidden.status).toBe(404);
        expect(hidden.body.error.message).toBe(
          'No entity component:default/secret in the catalog',
        );
        // Nor can the guest's scaffolder task raise its evidence.
        const post = await request(server)
          .post(RUNS)
          .set('Authorization', asTask(GUEST))
          .send({
            entityRef: 'component:default/secret',
            templateRef: TEMPLATE,
            taskId: 'guest-secret',
          });
        expect(post.status).toBe(404);
      });

      it('leaves hidden entities and templates out of usage and team usage', async () => {
        await record('secret').expect(201);
        await record(
          'guarded',
          'confidential-run',
          'template:default/confidential-template',
        ).expect(201);

        const usage = await request(server)
          .get(usagePath('guarded'))
          .set('Authorization', user(GUEST));
        expect(usage.status).toBe(200);
        expectNothingHidden(usage, SECRETS);
        const owners = await request(server)
          .get(usagePath('guarded'))
          .set('Authorization', user());
        // Counts include the hidden template's run; the list does not show it.
        expect(usage.body.runs).toEqual(owners.body.runs);
        expect(owners.body.recent.map((r: any) => r.templateRef)).toContain(
          'template:default/confidential-template',
        );
        expect(usage.body.recent).toHaveLength(owners.body.recent.length - 1);

        const team = await request(server)
          .get('/api/maturity/teams/default/team-a/self-service')
          .set('Authorization', user(GUEST));
        expect(team.status).toBe(200);
        expectNothingHidden(team, SECRETS);
        const ownersTeam = await request(server)
          .get('/api/maturity/teams/default/team-a/self-service')
          .set('Authorization', user());
        expect(ownersTeam.body.entities.map((e: any) => e.entityRef)).toContain(
          'component:default/secret',
        );
      });
    });
  },
);
