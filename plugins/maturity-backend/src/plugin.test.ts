import {
  createTestDatabases,
  PluginBackend,
  RecordedAuditEvent,
} from '@agile-ops/test-utils';
import {
  RUBRIC_VERSION,
  VECTOR_IDS,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { catalogEntity, Relation } from './__testUtils__/catalogEntities';
import { startMaturityBackend } from './__testUtils__/maturityBackend';
import { expectNothingHidden, scaffolderFor } from './__testUtils__/visibility';

// Kinds in lower case, for the in-memory catalog (the real catalog treats `Component` alike).
const entity = (kind: string, name: string, relations: Relation[] = []) =>
  catalogEntity(kind, name, {
    relations,
    spec: kind === 'component' ? { type: 'service', owner: 'team-a' } : {},
  });

const partOfX = [
  { type: 'partOf', targetRef: 'system:default/x' },
  { type: 'ownedBy', targetRef: 'group:default/team-a' },
];

const entities: Entity[] = [
  entity('group', 'team-a'),
  entity('group', 'team-b'),
  entity('system', 'x', [
    { type: 'ownedBy', targetRef: 'group:default/team-a' },
  ]),
  entity('component', 'x-api', partOfX),
  entity('component', 'x-web', partOfX),
  entity('component', 'elsewhere', [
    { type: 'ownedBy', targetRef: 'group:default/team-b' },
  ]),
  ...[
    'basic',
    'levels',
    'history',
    'service',
    'invalid',
    'idempotent',
    'paging',
    'audited',
    'race',
  ].map(name => entity('component', name)),
  // Part of system x, but confidential: the guest may not read it.
  entity('component', 'vault', partOfX),
];

const GUEST = 'user:default/guest';
const HIDDEN = { users: [GUEST], refs: ['component:default/vault'] };

const JO = 'user:default/jo';
const user = (ref = JO) => mockCredentials.user.header(ref);
const base = (name: string) =>
  `/api/maturity/entities/component/default/${name}`;

type Point = { at: string; score: number; recordedBy: string };
type VectorEntry = {
  vector: VectorId;
  score: number | null;
  recordedAt?: string;
  stale: boolean;
};

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'maturity plugin on %s',
  databaseId => {
    let server: PluginBackend['server'];
    let auditEvents: RecordedAuditEvent[];

    beforeAll(async () => {
      // Everyone but the guest may read every entity; every other check passes here.
      ({ server, auditEvents } = await startMaturityBackend({
        knex: await databases.init(databaseId),
        entities,
        hidden: HIDDEN,
      }));
    });

    function assess(
      name: string,
      body: object,
      headers: Record<string, string> = {},
    ) {
      let req = request(server)
        .post(`${base(name)}/assessments`)
        .set('Authorization', user());
      for (const [key, value] of Object.entries(headers)) {
        req = req.set(key, value);
      }
      return req.send(body);
    }

    async function scorecard(name: string) {
      const res = await request(server)
        .get(`${base(name)}/scorecard`)
        .set('Authorization', user());
      expect(res.status).toBe(200);
      return res.body as {
        entityRef: string;
        level: { value: number | null; pulledDownBy: string[] };
        vectors: VectorEntry[];
      };
    }

    async function history(name: string, query: Record<string, string> = {}) {
      const res = await request(server)
        .get(`${base(name)}/history`)
        .query(query)
        .set('Authorization', user());
      expect(res.status).toBe(200);
      return res.body as {
        series: Array<{ vector: VectorId; points: Point[] }>;
        nextCursor?: string;
      };
    }

    it('refuses anonymous callers on every route', async () => {
      const routes: Array<[string, string, object?]> = [
        ['get', '/api/maturity/vectors'],
        ['get', `${base('basic')}/scorecard`],
        ['get', `${base('basic')}/history`],
        ['get', `${base('basic')}/assessments`],
        [
          'post',
          `${base('basic')}/assessments`,
          { scores: [{ vector: 'documentation', score: 1 }] },
        ],
        [
          'post',
          '/api/maturity/scorecards',
          { entityRefs: ['component:default/basic'] },
        ],
        ['get', '/api/maturity/export'],
        ['get', '/api/maturity/export?format=csv'],
      ];
      for (const [method, path, body] of routes) {
        const req =
          method === 'post'
            ? request(server).post(path).send(body)
            : request(server).get(path);
        const res = await req;
        expect({ method, path, status: res.status }).toEqual({
          method,
          path,
          status: 401,
        });
      }
      // An explicit "none" token is anonymous too.
      const none = await request(server)
        .get('/api/maturity/vectors')
        .set('Authorization', mockCredentials.none.header());
      expect(none.status).toBe(401);
      expect(
        (await scorecard('basic')).vectors.every(v => v.score === null),
      ).toBe(true);
    });

    it('lists the 15 vectors, the levels and the rules in force', async () => {
      const res = await request(server)
        .get('/api/maturity/vectors')
        .set('Authorization', user());
      expect(res.status).toBe(200);
      expect(res.body.rubricVersion).toBe(RUBRIC_VERSION);
      expect(res.body.vectors).toHaveLength(15);
      expect(res.body.vectors.map((v: { id: string }) => v.id)).toEqual(
        VECTOR_IDS,
      );
      expect(res.body.levels).toHaveLength(6);
      expect(res.body.rules).toEqual({
        level: { rule: 'mean', minCoverage: 0.6, weights: {} },
        staleAfterDays: 90,
        targets: [],
      });

      const spec = await request(server)
        .get('/api/maturity/openapi.json')
        .set('Authorization', user());
      expect(spec.status).toBe(200);
      expect(spec.body.info.title).toBe('maturity');
    });

    it('answers 404 naming an entity the catalog does not know', async () => {
      for (const route of ['scorecard', 'history', 'assessments']) {
        const res = await request(server)
          .get(`${base('ghost')}/${route}`)
          .set('Authorization', user());
        expect(res.status).toBe(404);
        expect(res.body.error.name).toBe('NotFoundError');
        expect(res.body.error.message).toContain('component:default/ghost');
      }
      const post = await assess('ghost', {
        scores: [{ vector: 'documentation', score: 3 }],
      });
      expect(post.status).toBe(404);
    });

    it('records a user’s assessment and shows it on the scorecard', async () => {
      const res = await assess('basic', {
        scores: [{ vector: 'documentation', score: 4, rationale: 'TechDocs' }],
        comment: 'first look',
      });
      expect(res.status).toBe(201);
      expect(res.body.assessment).toMatchObject({
        entityRef: 'component:default/basic',
        createdBy: JO,
        source: 'assessment',
        comment: 'first look',
      });

      const card = await scorecard('basic');
      expect(card.entityRef).toBe('component:default/basic');
      expect(
        card.vectors.find(v => v.vector === 'documentation'),
      ).toMatchObject({
        score: 4,
        stale: false,
        recordedBy: JO,
        source: 'assessment',
        rationale: 'TechDocs',
        recordedAt: res.body.assessment.createdAt,
      });
      // One vector of 15 is below the default coverage of 0.6: no level yet.
      expect(card.level.value).toBeNull();
    });

    it('computes the level once enough vectors are scored', async () => {
      const res = await assess('levels', {
        scores: VECTOR_IDS.map(vector => ({
          vector,
          score: vector === 'recoverability' ? 1 : 3,
        })),
      });
      expect(res.status).toBe(201);
      const card = await scorecard('levels');
      // (14 * 3 + 1) / 15 = 2.87, floored to 2.
      expect(card.level).toEqual({
        value: 2,
        rule: 'mean',
        coverage: 1,
        pulledDownBy: ['recoverability'],
      });
      expect(res.body.scorecard.level).toEqual(card.level);
    });

    it('keeps the old and the new value in the history', async () => {
      await assess('history', {
        scores: [{ vector: 'stability', score: 1 }],
      }).expect(201);
      await assess('history', {
        scores: [{ vector: 'stability', score: 4 }],
      }).expect(201);

      const { series } = await history('history');
      expect(series).toHaveLength(1);
      expect(series[0].vector).toBe('stability');
      expect(series[0].points.map(p => p.score)).toEqual([1, 4]);
      expect(
        (await scorecard('history')).vectors.find(v => v.vector === 'stability')
          ?.score,
      ).toBe(4);
    });

    it('refuses writes by a service principal but lets it read', async () => {
      const res = await request(server)
        .post(`${base('service')}/assessments`)
        .set('Authorization', mockCredentials.service.header())
        .send({ scores: [{ vector: 'documentation', score: 3 }] });
      expect(res.status).toBe(403);
      expect(res.body.error.name).toBe('NotAllowedError');

      const read = await request(server)
        .get(`${base('service')}/scorecard`)
        .set('Authorization', mockCredentials.service.header());
      expect(read.status).toBe(200);
      expect(
        read.body.vectors.every((v: VectorEntry) => v.score === null),
      ).toBe(true);
    });

    describe('validation', () => {
      const valid = { vector: 'documentation', score: 3 };

      it.each([
        [
          'an unknown vector',
          '',
          { scores: [valid, { vector: 'speed', score: 2 }] },
          /scores(\/1\/|\[1\]\.)vector/,
        ],
        [
          'a score of 7',
          '',
          { scores: [{ vector: 'documentation', score: 7 }] },
          /scores(\/0\/|\[0\]\.)score/,
        ],
        [
          'a score of 2.5',
          '',
          { scores: [{ vector: 'documentation', score: 2.5 }] },
          /scores(\/0\/|\[0\]\.)score/,
        ],
        [
          'a duplicate vector',
          '',
          { scores: [valid, { vector: 'documentation', score: 4 }] },
          /^scores\[1\]\.vector "documentation" appears more than once$/,
        ],
        [
          'a malformed kind',
          '/api/maturity/entities/com-ponent/default/invalid/assessments',
          { scores: [valid] },
          /^kind must be/,
        ],
        [
          'a malformed namespace',
          '/api/maturity/entities/component/de_fault/invalid/assessments',
          { scores: [valid] },
          /^namespace must be/,
        ],
        [
          'a malformed name',
          '/api/maturity/entities/component/default/-invalid/assessments',
          { scores: [valid] },
          /^name must be/,
        ],
        [
          'a too long comment',
          '',
          // 200 kB: above express' default body limit of 100 kB but within the plugin's.
          { scores: [valid], comment: 'c'.repeat(200 * 1024) },
          /comment/,
        ],
      ])(
        'refuses %s, naming it, and stores nothing',
        async (_l, path, body, message) => {
          const res = await request(server)
            .post(path || `${base('invalid')}/assessments`)
            .set('Authorization', user())
            .send(body);
          expect(res.status).toBe(400);
          expect(res.body.error.name).toBe('InputError');
          expect(res.body.error.message).toMatch(message);

          const card = await scorecard('invalid');
          expect(card.vectors.every(v => v.score === null)).toBe(true);
          expect((await history('invalid')).series).toEqual([]);
        },
      );

      it('refuses a body above 256 kB with 413 and stores nothing', async () => {
        const res = await request(server)
          .post(`${base('invalid')}/assessments`)
          .set('Authorization', user())
          .send({
            scores: [valid],
            comment: 'c'.repeat(257 * 1024),
          });
        expect(res.status).toBe(413);
        expect(res.body.error.message).toMatch(/too large/);
        expect((await history('invalid')).series).toEqual([]);
      });

      it('names a malformed path on reads too', async () => {
        const res = await request(server)
          .get('/api/maturity/entities/component/default/bad name/scorecard')
          .set('Authorization', user());
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(
          'name must be a valid entity name, got "bad name"',
        );
      });
    });

    it('replays a retried POST with its Idempotency-Key and refuses the key for another body', async () => {
      const body = { scores: [{ vector: 'automation', score: 2 }] };
      const first = await assess('idempotent', body, {
        'Idempotency-Key': 'k-1',
      });
      expect(first.status).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();

      const retry = await assess('idempotent', body, {
        'Idempotency-Key': 'k-1',
      });
      expect(retry.status).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body.assessment.id).toBe(first.body.assessment.id);

      const other = await assess(
        'idempotent',
        { scores: [{ vector: 'automation', score: 5 }] },
        { 'Idempotency-Key': 'k-1' },
      );
      expect(other.status).toBe(409);
      expect(other.body.error.name).toBe('ConflictError');

      // Another user may use the same key for their own assessment.
      const someoneElse = await request(server)
        .post(`${base('idempotent')}/assessments`)
        .set('Authorization', user('user:default/kim'))
        .set('Idempotency-Key', 'k-1')
        .send(body);
      expect(someoneElse.status).toBe(201);
      expect(someoneElse.body.assessment.id).not.toBe(first.body.assessment.id);

      const { series } = await history('idempotent');
      expect(series[0].points.map(p => [p.score, p.recordedBy])).toEqual([
        [2, JO],
        [2, 'user:default/kim'],
      ]);
    });

    it('reads scorecards in bulk, reporting unknown refs and paging', async () => {
      await assess('x-api', {
        scores: [{ vector: 'currency', score: 5 }],
      }).expect(201);
      const entityRefs = [
        'component:default/x-api',
        'component:default/nope',
        'Component:default/X-Web',
        'component:default/x-api',
      ];

      const all = await request(server)
        .post('/api/maturity/scorecards')
        .set('Authorization', user())
        .send({ entityRefs });
      expect(all.status).toBe(200);
      expect(
        all.body.items.map((c: { entityRef: string }) => c.entityRef),
      ).toEqual(['component:default/x-api', 'component:default/x-web']);
      expect(all.body.notFound).toEqual(['component:default/nope']);
      expect(all.body.nextCursor).toBeUndefined();
      expect(
        all.body.items[0].vectors.find(
          (v: VectorEntry) => v.vector === 'currency',
        ).score,
      ).toBe(5);

      const page1 = await request(server)
        .post('/api/maturity/scorecards')
        .set('Authorization', user())
        .send({ entityRefs, limit: 2 });
      expect(page1.status).toBe(200);
      expect(
        page1.body.items.map((c: { entityRef: string }) => c.entityRef),
      ).toEqual(['component:default/x-api']);
      expect(page1.body.notFound).toEqual(['component:default/nope']);
      expect(page1.body.nextCursor).toEqual(expect.any(String));

      const page2 = await request(server)
        .post('/api/maturity/scorecards')
        .set('Authorization', user())
        .send({ entityRefs, limit: 2, cursor: page1.body.nextCursor });
      expect(page2.status).toBe(200);
      expect(
        page2.body.items.map((c: { entityRef: string }) => c.entityRef),
      ).toEqual(['component:default/x-web']);
      expect(page2.body.notFound).toEqual([]);
      expect(page2.body.nextCursor).toBeUndefined();

      const bad = await request(server)
        .post('/api/maturity/scorecards')
        .set('Authorization', user())
        .send({ entityRefs: ['component:default/x-api', 'not a ref'] });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/^entityRefs\[1\] must be/);
    });

    it('exports current scores as JSON and CSV, optionally for one system', async () => {
      await assess('x-web', {
        scores: [
          { vector: 'documentation', score: 2, rationale: 'thin, "partial"' },
          { vector: 'stability', score: 3 },
        ],
      }).expect(201);
      await assess('elsewhere', {
        scores: [{ vector: 'documentation', score: 1 }],
      }).expect(201);

      const json = await request(server)
        .get('/api/maturity/export')
        .set('Authorization', user());
      expect(json.status).toBe(200);
      expect(json.headers['content-type']).toBe(
        'application/json; charset=utf-8',
      );
      const rows = JSON.parse(json.text) as Array<{
        entityRef: string;
        vector: string;
        score: number;
      }>;
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            entityRef: 'component:default/x-web',
            vector: 'documentation',
            score: 2,
            stale: false,
            recordedBy: JO,
            source: 'assessment',
            rubricVersion: RUBRIC_VERSION,
            rationale: 'thin, "partial"',
          }),
          expect.objectContaining({
            entityRef: 'component:default/elsewhere',
            vector: 'documentation',
            score: 1,
          }),
        ]),
      );
      // Ordered by entity and vector, one row per scored vector.
      const keys = rows.map(r => `${r.entityRef} ${r.vector}`);
      expect(keys).toEqual([...keys].sort());
      expect(new Set(keys).size).toBe(keys.length);

      const scoped = await request(server)
        .get('/api/maturity/export')
        .query({ scope: 'system:default/x' })
        .set('Authorization', user());
      expect(scoped.status).toBe(200);
      const scopedRows = JSON.parse(scoped.text) as typeof rows;
      expect(scopedRows.length).toBeGreaterThan(0);
      expect(
        new Set(scopedRows.map(r => r.entityRef)).size,
      ).toBeLessThanOrEqual(2);
      for (const row of scopedRows) {
        expect([
          'component:default/x-api',
          'component:default/x-web',
        ]).toContain(row.entityRef);
      }
      expect(scopedRows.map(r => `${r.entityRef} ${r.vector}`)).toEqual(
        expect.arrayContaining([
          'component:default/x-web documentation',
          'component:default/x-web stability',
        ]),
      );

      const byTeam = await request(server)
        .get('/api/maturity/export')
        .query({ scope: 'group:default/team-b' })
        .set('Authorization', user());
      expect(byTeam.status).toBe(200);
      expect(
        (JSON.parse(byTeam.text) as typeof rows).map(r => r.entityRef),
      ).toEqual(['component:default/elsewhere']);

      const csv = await request(server)
        .get('/api/maturity/export')
        .query({ scope: 'system:default/x', format: 'csv' })
        .set('Authorization', user());
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toContain('.csv');
      const lines = csv.text.split('\r\n');
      expect(lines[0]).toBe(
        'entityRef,vector,score,stale,recordedAt,recordedBy,source,rubricVersion,rationale',
      );
      expect(lines[lines.length - 1]).toBe('');
      expect(lines.slice(1, -1)).toHaveLength(scopedRows.length);
      expect(lines).toContainEqual(
        expect.stringMatching(
          /^component:default\/x-web,documentation,2,false,[^,]+,user:default\/jo,assessment,[^,]+,"thin, ""partial"""$/,
        ),
      );

      const unknownScope = await request(server)
        .get('/api/maturity/export')
        .query({ scope: 'system:default/nowhere' })
        .set('Authorization', user());
      expect(unknownScope.status).toBe(404);

      const badScope = await request(server)
        .get('/api/maturity/export')
        .query({ scope: 'nowhere' })
        .set('Authorization', user());
      expect(badScope.status).toBe(400);
      expect(badScope.body.error.message).toMatch(/^scope must be/);
    });

    it('pages through the history with limit and cursor', async () => {
      for (const score of [0, 1, 2, 3, 4]) {
        await assess('paging', {
          scores: [{ vector: 'deployability', score }],
        }).expect(201);
      }
      const seen: number[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await history('paging', {
          limit: '2',
          ...(cursor ? { cursor } : {}),
        });
        pages += 1;
        const points = page.series.flatMap(s => s.points);
        expect(points.length).toBeLessThanOrEqual(2);
        seen.push(...points.map(p => p.score));
        cursor = page.nextCursor;
      } while (cursor && pages < 10);
      expect(seen).toEqual([0, 1, 2, 3, 4]);
      expect(pages).toBe(3);

      const bad = await request(server)
        .get(`${base('paging')}/history`)
        .query({ cursor: 'garbage' })
        .set('Authorization', user());
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/^cursor is not valid/);
    });

    it('audits every write, successful or not', async () => {
      const before = auditEvents.length;
      await assess('audited', {
        scores: [{ vector: 'ubiquity', score: 2 }],
      }).expect(201);
      await assess('audited', {
        scores: [
          { vector: 'ubiquity', score: 2 },
          { vector: 'ubiquity', score: 3 },
        ],
      }).expect(400);
      await request(server)
        .get(`${base('audited')}/scorecard`)
        .set('Authorization', user())
        .expect(200);

      const events = auditEvents.slice(before);
      expect(events).toHaveLength(2);
      expect(events.map(e => e.options)).toEqual([
        expect.objectContaining({
          eventId: 'assessment-create',
          meta: { entityRef: 'component:default/audited', actor: JO },
        }),
        expect.objectContaining({
          eventId: 'assessment-create',
          meta: { entityRef: 'component:default/audited', actor: JO },
        }),
      ]);
      expect(events[0].success).toHaveBeenCalledWith({
        meta: expect.objectContaining({
          replayed: false,
          vectors: ['ubiquity'],
        }),
      });
      expect(events[1].fail).toHaveBeenCalledWith({
        error: expect.objectContaining({ name: 'InputError' }),
      });
    });

    it('keeps history and current score consistent under 50 concurrent assessments', async () => {
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          assess('race', { scores: [{ vector: 'operability', score: i % 6 }] }),
        ),
      );
      expect(responses.map(r => r.status)).toEqual(Array(50).fill(201));
      expect(new Set(responses.map(r => r.body.assessment.id)).size).toBe(50);

      const { series, nextCursor } = await history('race', {
        vector: 'operability',
        limit: '1000',
      });
      expect(nextCursor).toBeUndefined();
      expect(series).toHaveLength(1);
      const points = series[0].points;
      expect(points).toHaveLength(50);
      expect(points.map(p => p.score).sort()).toEqual(
        Array.from({ length: 50 }, (_, i) => i % 6).sort(),
      );

      const last = points[points.length - 1];
      const current = (await scorecard('race')).vectors.find(
        v => v.vector === 'operability',
      )!;
      expect({ score: current.score, recordedAt: current.recordedAt }).toEqual({
        score: last.score,
        recordedAt: last.at,
      });
    });

    describe('provenance of scores', () => {
      it('refuses a source other than assessment in the body with a 400 naming it', async () => {
        for (const source of ['evidence', 'import', 'action']) {
          const res = await assess('basic', {
            scores: [{ vector: 'happiness', score: 5 }],
            source,
          });
          expect(res.status).toBe(400);
          expect(res.body.error.message).toMatch(/source/);
        }
      });

      it('marks what a scaffolder task records for the user as an action, from the token', async () => {
        const res = await request(server)
          .post(`${base('service')}/assessments`)
          .set('Authorization', scaffolderFor(JO))
          .send({ scores: [{ vector: 'happiness', score: 4 }] });
        expect(res.status).toBe(201);
        expect(res.body.assessment).toMatchObject({
          source: 'action',
          createdBy: JO,
        });
        const direct = await assess('service', {
          scores: [{ vector: 'happiness', score: 3 }],
        }).expect(201);
        expect(direct.body.assessment.source).toBe('assessment');
      });
    });

    describe('for a caller who may not read some entities', () => {
      const VAULT = 'component:default/vault';
      const guest = (path: string) =>
        request(server).get(path).set('Authorization', user(GUEST));

      beforeAll(async () => {
        await assess('vault', {
          scores: [{ vector: 'documentation', score: 1, rationale: 'vault' }],
        }).expect(201);
        await assess('x-api', {
          scores: [{ vector: 'documentation', score: 4 }],
        }).expect(201);
      });

      it('answers the hidden entity’s scorecard, history and assessments like a missing one', async () => {
        for (const tail of ['scorecard', 'history', 'assessments']) {
          const hidden = await guest(`${base('vault')}/${tail}`);
          const missing = await guest(`${base('nowhere')}/${tail}`);
          expect(hidden.status).toBe(404);
          expect(missing.status).toBe(404);
          expect(hidden.body.error.message).toBe(
            missing.body.error.message.replace('nowhere', 'vault'),
          );
        }
        // The owner does see it.
        const owner = await request(server)
          .get(`${base('vault')}/scorecard`)
          .set('Authorization', user());
        expect(owner.status).toBe(200);
      });

      it('reports a hidden ref in bulk as not found, exactly like a missing one', async () => {
        const res = await request(server)
          .post('/api/maturity/scorecards')
          .set('Authorization', user(GUEST))
          .send({
            entityRefs: [
              VAULT,
              'component:default/x-api',
              'component:default/nowhere',
            ],
          });
        expect(res.status).toBe(200);
        expectNothingHidden({ body: res.body.items }, [VAULT]);
        expect(res.body.items.map((i: any) => i.entityRef)).toEqual([
          'component:default/x-api',
        ]);
        // Only refs the caller named come back, and hidden ones as missing ones do.
        expect(res.body.notFound).toEqual([VAULT, 'component:default/nowhere']);
      });

      it('exports no row of a hidden entity, as JSON or CSV, whole or scoped', async () => {
        for (const query of [
          {},
          { format: 'csv' },
          { scope: 'system:default/x' },
          { scope: 'system:default/x', format: 'csv' },
          { scope: 'group:default/team-a', format: 'csv' },
        ]) {
          const res = await request(server)
            .get('/api/maturity/export')
            .query(query)
            .set('Authorization', user(GUEST));
          expect(res.status).toBe(200);
          expect(res.text).toContain('component:default/x-api');
          expectNothingHidden(res, [VAULT]);
        }
        const scopedToIt = await request(server)
          .get('/api/maturity/export')
          .query({ scope: VAULT })
          .set('Authorization', user(GUEST));
        expect(scopedToIt.status).toBe(404);
        const owner = await request(server)
          .get('/api/maturity/export')
          .set('Authorization', user());
        expect(owner.text).toContain(VAULT);
      });
    });
  },
);
