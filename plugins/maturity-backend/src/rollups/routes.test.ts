import {
  createTestDatabases,
  manualScheduler,
  PluginBackend,
  RecordedAuditEvent,
} from '@agile-ops/test-utils';
import { VectorId } from '@agile-ops/plugin-maturity-common';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import request from 'supertest';
import { catalogEntity, Relation } from '../__testUtils__/catalogEntities';
import { startMaturityBackend } from '../__testUtils__/maturityBackend';
import { expectNothingHidden } from '../__testUtils__/visibility';
import { DatabaseMaturityStore } from '../database/DatabaseMaturityStore';
import { HIERARCHY_SYNC_TASK } from '../hierarchy/syncHierarchy';
import { SNAPSHOT_TASK } from './takeSnapshot';

jest.setTimeout(120_000);

// Kinds in lower case, for the in-memory catalog.
const entity = (
  kind: string,
  name: string,
  relations: Relation[] = [],
  title?: string,
) => catalogEntity(kind, name, { relations, title, spec: {} });

/*
 * Five domains, one system and one component each (dom-e has none):
 *
 *   domain  title    component  documentation  stability  recoverability  level (floor of mean)
 *   dom-a   Alpha    a1         2              3          -               2
 *   dom-b   bravo    b1         4              -          -               4
 *   dom-c   Charlie  c1         -              -          -               unassessed
 *   dom-d   Delta    d1         5              0          0               1
 *   dom-e   (none)   -
 */
const DOMAINS: Array<[string, string | undefined]> = [
  ['dom-a', 'Alpha'],
  ['dom-b', 'bravo'],
  ['dom-c', 'Charlie'],
  ['dom-d', 'Delta'],
  ['dom-e', undefined],
];
const entities: Entity[] = [
  entity('group', 'team'),
  ...DOMAINS.map(([name, title]) => entity('domain', name, [], title)),
  ...DOMAINS.slice(0, 4).flatMap(([name]) => {
    const x = name.slice(-1);
    return [
      entity('system', `sys-${x}`, [
        { type: 'partOf', targetRef: `domain:default/${name}` },
      ]),
      entity('component', `${x}1`, [
        { type: 'partOf', targetRef: `system:default/sys-${x}` },
        { type: 'ownedBy', targetRef: 'group:default/team' },
      ]),
    ];
  }),
];
const SCORES: Array<[string, Partial<Record<VectorId, number>>]> = [
  ['a1', { documentation: 2, stability: 3 }],
  ['b1', { documentation: 4 }],
  ['d1', { documentation: 5, stability: 0, recoverability: 0 }],
];

const USER = mockCredentials.user.header('user:default/jo');
// The guest may not read domain Delta with all it holds, nor component a1.
const GUEST_REF = 'user:default/guest';
const GUEST = mockCredentials.user.header(GUEST_REF);
const HIDDEN = {
  users: [GUEST_REF],
  refs: [
    'domain:default/dom-d',
    'system:default/sys-d',
    'component:default/d1',
    'component:default/a1',
  ],
};
const SECRETS = [...HIDDEN.refs, 'Delta'];
const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'roll-up routes on %s',
  databaseId => {
    let server: PluginBackend['server'];
    let auditEvents: RecordedAuditEvent[];
    let guestCatalogCalls: string[];
    let knex: Knex;
    let decision: AuthorizeResult.ALLOW | AuthorizeResult.DENY =
      AuthorizeResult.ALLOW;
    const scheduler = manualScheduler();
    const { triggered } = scheduler;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      ({
        server,
        auditEvents,
        catalogCalls: guestCatalogCalls,
      } = await startMaturityBackend({
        knex,
        entities,
        hidden: HIDDEN,
        authorize: async requests => requests.map(() => ({ result: decision })),
        features: [scheduler.factory],
        config: {
          maturity: {
            level: { minCoverage: 0 },
            rollups: { rules: { stability: 'min' } },
            // The decision changes from test to test and catalog calls are counted per answer.
            visibility: { cacheTtl: { seconds: 0 } },
          },
        },
      }));

      const store = new DatabaseMaturityStore(knex, {
        levelOptions: { rule: 'mean', minCoverage: 0, weights: {} },
      });
      for (const [name, scores] of SCORES) {
        await store.recordAssessment({
          entityRef: `component:default/${name}`,
          createdBy: 'user:default/jo',
          source: 'assessment',
          rubricVersion: '2026.1',
          scores: Object.entries(scores).map(([vector, score]) => ({
            vector: vector as VectorId,
            score: score!,
          })),
          requestHash: name,
        });
      }
      await request(server)
        .post('/api/maturity/hierarchy/refresh')
        .set('Authorization', USER)
        .expect(202);
      await scheduler.run(SNAPSHOT_TASK);
    });

    const list = (query: Record<string, string | number>) =>
      request(server)
        .get('/api/maturity/rollups')
        .query(query)
        .set('Authorization', USER);

    async function order(query: Record<string, string | number>) {
      const res = await list({ scope: 'domain', ...query });
      expect(res.status).toBe(200);
      return (res.body.items as Array<{ scope: { entityRef: string } }>).map(
        i => i.scope.entityRef.replace('domain:default/dom-', ''),
      );
    }

    it.each([
      [{ scope: 'planet' }, /scope/],
      [{}, /scope/],
      [{ scope: 'domain', sort: 'speed' }, /sort/],
      [{ scope: 'domain', order: 'sideways' }, /order/],
      [{ scope: 'domain', limit: 0 }, /limit/],
      [{ scope: 'domain', cursor: 'garbage' }, /cursor/],
    ])('refuses %j with a 400 naming the parameter', async (query, message) => {
      const res = await list(query);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toMatch(message);
    });

    it('refuses anonymous callers', async () => {
      const res = await request(server)
        .get('/api/maturity/rollups')
        .query({ scope: 'domain' });
      expect(res.status).toBe(401);
    });

    it('sorts by name, case-insensitively, falling back to the ref', async () => {
      // Alpha, bravo, Charlie, Delta, then "domain:default/dom-e" (no title).
      expect(await order({})).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(await order({ sort: 'name', order: 'desc' })).toEqual([
        'e',
        'd',
        'c',
        'b',
        'a',
      ]);
    });

    it('sorts by level with unrated scopes last in both directions', async () => {
      // d 1, a 2, b 4; c (unassessed) and e (empty) have no level.
      expect(await order({ sort: 'level' })).toEqual(['d', 'a', 'b', 'c', 'e']);
      expect(await order({ sort: 'level', order: 'desc' })).toEqual([
        'b',
        'a',
        'd',
        'c',
        'e',
      ]);
    });

    it('sorts by a vector under its rule, nulls last', async () => {
      // documentation (mean): a 2, b 4, d 5.
      expect(await order({ sort: 'documentation' })).toEqual([
        'a',
        'b',
        'd',
        'c',
        'e',
      ]);
      expect(await order({ sort: 'documentation', order: 'desc' })).toEqual([
        'd',
        'b',
        'a',
        'c',
        'e',
      ]);
      // stability (min): d 0, a 3; b has none.
      expect(await order({ sort: 'stability', order: 'desc' })).toEqual([
        'a',
        'd',
        'b',
        'c',
        'e',
      ]);
      const res = await list({ scope: 'domain', sort: 'stability', limit: 1 });
      expect(res.body.items[0].vectors).toContainEqual(
        expect.objectContaining({ vector: 'stability', rule: 'min', value: 0 }),
      );
    });

    it('pages with limit and nextCursor, reporting totalItems', async () => {
      const seen: string[][] = [];
      let cursor: string | undefined;
      do {
        const res = await list({
          scope: 'domain',
          sort: 'level',
          limit: 2,
          ...(cursor ? { cursor } : {}),
        });
        expect(res.status).toBe(200);
        expect(res.body.totalItems).toBe(5);
        seen.push(
          res.body.items.map((i: { scope: { entityRef: string } }) =>
            i.scope.entityRef.replace('domain:default/dom-', ''),
          ),
        );
        cursor = res.body.nextCursor;
      } while (cursor && seen.length < 10);
      expect(seen).toEqual([['d', 'a'], ['b', 'c'], ['e']]);

      const all = await list({ scope: 'domain', limit: 5 });
      expect(all.body.items).toHaveLength(5);
      expect(all.body.nextCursor).toBeUndefined();
    });

    it('returns one scope, 404 for an unknown one, 400 for a kind that does not roll up', async () => {
      const one = await request(server)
        .get('/api/maturity/rollups/domain/default/dom-a')
        .set('Authorization', USER);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({
        scope: {
          entityRef: 'domain:default/dom-a',
          kind: 'domain',
          title: 'Alpha',
        },
        entities: { total: 1, assessed: 1, stale: 0 },
        level: { mean: 2, distribution: [0, 0, 1, 0, 0, 0] },
        pulledDownBy: [{ entityRef: 'component:default/a1', level: 2 }],
      });
      expect(one.body.children).toHaveLength(1);
      expect(one.body.children[0].scope.entityRef).toBe('system:default/sys-a');

      const unknown = await request(server)
        .get('/api/maturity/rollups/domain/default/nowhere')
        .set('Authorization', USER);
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.name).toBe('NotFoundError');

      const leaf = await request(server)
        .get('/api/maturity/rollups/component/default/a1')
        .set('Authorization', USER);
      expect(leaf.status).toBe(400);
      expect(leaf.body.error.message).toMatch(/^kind must be/);

      const otherOrg = await request(server)
        .get('/api/maturity/rollups/organization/default/elsewhere')
        .set('Authorization', USER);
      expect(otherOrg.status).toBe(400);
    });

    it('serves the snapshot history of a scope', async () => {
      const res = await request(server)
        .get('/api/maturity/rollups/domain/default/dom-d/history')
        .set('Authorization', USER);
      expect(res.status).toBe(200);
      expect(
        res.body.series.map((s: { vector: string; points: unknown[] }) => [
          s.vector,
          s.points.length,
        ]),
      ).toEqual([
        ['documentation', 1],
        ['level', 1],
        ['recoverability', 1],
        ['stability', 1],
      ]);
      const stability = res.body.series.find(
        (s: { vector: string }) => s.vector === 'stability',
      );
      expect(stability.points[0]).toMatchObject({
        value: 0,
        assessed: 1,
        total: 1,
      });
      // Taken on the day, so not marked; a day computed from the history is.
      expect(stability.points[0]).not.toHaveProperty('backfilled');
      await knex('maturity_rollup_snapshots').insert({
        day: '2000-03-06',
        scope_kind: 'domain',
        scope_ref: 'domain:default/dom-d',
        vector: 'level',
        value: 1,
        mean: 1,
        assessed: 1,
        total: 1,
        stale: 0,
        distribution: '0,1,0,0,0,0',
        backfilled: true,
      });
      const backfilled = await request(server)
        .get('/api/maturity/rollups/domain/default/dom-d/history')
        .query({ vector: 'level', from: '2000-03-01', to: '2000-03-31' })
        .set('Authorization', USER);
      expect(backfilled.body.series).toEqual([
        {
          vector: 'level',
          points: [
            expect.objectContaining({ day: '2000-03-06', backfilled: true }),
          ],
        },
      ]);
      await knex('maturity_rollup_snapshots')
        .where({ day: '2000-03-06' })
        .delete();

      const level = await request(server)
        .get('/api/maturity/rollups/domain/default/dom-d/history')
        .query({ vector: 'level', from: '2000-01-01', to: '2000-01-02' })
        .set('Authorization', USER);
      expect(level.status).toBe(200);
      expect(level.body.series).toEqual([]);
      const unknown = await request(server)
        .get('/api/maturity/rollups/domain/default/dom-d/history')
        .query({ vector: '__proto__' })
        .set('Authorization', USER);
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toMatch(
        /^vector must be one of supportability, .* or level, got "__proto__"$/,
      );
    });

    it('shows both tasks in /status after they ran', async () => {
      const res = await request(server)
        .get('/api/maturity/status')
        .set('Authorization', USER);
      expect(res.status).toBe(200);
      // group, 5 domains, 4 systems, 4 components
      expect(res.body.entities).toBe(14);
      expect(res.body.tasks).toEqual([
        expect.objectContaining({
          task: HIERARCHY_SYNC_TASK,
          status: 'succeeded',
          startedAt: expect.any(String),
          finishedAt: expect.any(String),
          durationMs: expect.any(Number),
          summary: { entities: 14, changed: 14, removed: 0, groups: 1 },
        }),
        expect.objectContaining({
          task: SNAPSHOT_TASK,
          status: 'succeeded',
          // 4 domains, 4 systems, the group and the organisation have leaves: 10 level rows,
          // plus per vector (domains + systems + group + organisation):
          // documentation 3 + 3 + 1 + 1, stability 2 + 2 + 1 + 1, recoverability 1 + 1 + 1 + 1
          summary: { scopes: 10, rows: 28, thinned: 0 },
        }),
      ]);
      expect(res.body.tasks[0].durationMs).toBeGreaterThanOrEqual(0);
    });

    it('starts a sync on POST /hierarchy/refresh when allowed, 403 when not, auditing both', async () => {
      const before = auditEvents.length;
      const runs = triggered.length;

      decision = AuthorizeResult.DENY;
      const denied = await request(server)
        .post('/api/maturity/hierarchy/refresh')
        .set('Authorization', USER);
      expect(denied.status).toBe(403);
      expect(denied.body.error.name).toBe('NotAllowedError');
      expect(triggered).toHaveLength(runs);

      decision = AuthorizeResult.ALLOW;
      const allowed = await request(server)
        .post('/api/maturity/hierarchy/refresh')
        .set('Authorization', USER);
      expect(allowed.status).toBe(202);
      expect(allowed.body).toEqual({ task: HIERARCHY_SYNC_TASK });
      expect(triggered.slice(runs)).toEqual([HIERARCHY_SYNC_TASK]);

      const anonymous = await request(server).post(
        '/api/maturity/hierarchy/refresh',
      );
      expect(anonymous.status).toBe(401);

      const events = auditEvents.slice(before);
      expect(events.map(e => e.options.eventId)).toEqual([
        'hierarchy-refresh',
        'hierarchy-refresh',
      ]);
      expect(events[0].fail).toHaveBeenCalledWith({
        error: expect.objectContaining({ name: 'NotAllowedError' }),
      });
      expect(events[0].success).not.toHaveBeenCalled();
      expect(events[1].success).toHaveBeenCalled();
      expect(events[1].fail).not.toHaveBeenCalled();

      const status = await request(server)
        .get('/api/maturity/status')
        .set('Authorization', USER);
      expect(
        status.body.tasks.find(
          (t: { task: string }) => t.task === HIERARCHY_SYNC_TASK,
        ),
      ).toMatchObject({
        status: 'succeeded',
        summary: { entities: 14, changed: 0, removed: 0, groups: 1 },
      });
    });

    describe('for a caller who may not read some entities', () => {
      const asGuest = (path: string, query: Record<string, string> = {}) => {
        const before = guestCatalogCalls.length;
        return request(server)
          .get(`/api/maturity${path}`)
          .query(query)
          .set('Authorization', GUEST)
          .then(res => ({
            res,
            catalogCalls: guestCatalogCalls.length - before,
          }));
      };

      it('lists only readable scopes, with no hidden ref or title anywhere', async () => {
        for (const scope of ['domain', 'system', 'group', 'organization']) {
          const { res, catalogCalls } = await asGuest('/rollups', { scope });
          expect(res.status).toBe(200);
          expectNothingHidden(res, SECRETS);
          // Scopes, then the page's weakest entities: never one call per row.
          expect(catalogCalls).toBeLessThanOrEqual(2);
        }
        const { res: domains } = await asGuest('/rollups', { scope: 'domain' });
        expect(domains.body.totalItems).toBe(4);
        expect(
          domains.body.items.map((i: any) => i.scope.entityRef),
        ).not.toContain('domain:default/dom-d');
      });

      it('counts hidden entities in aggregates but names only readable ones', async () => {
        const { res: guest } = await asGuest('/rollups', {
          scope: 'organization',
        });
        const owner = await list({ scope: 'organization' });
        const [g, o] = [guest.body.items[0], owner.body.items[0]];
        expect(g.entities).toEqual(o.entities);
        expect(g.level).toEqual(o.level);
        expect(g.vectors).toEqual(o.vectors);
        // d1 and a1 are the weakest; the next readable one takes their place.
        expect(o.pulledDownBy.map((p: any) => p.entityRef)).toEqual([
          'component:default/d1',
          'component:default/a1',
          'component:default/b1',
        ]);
        expect(g.pulledDownBy).toEqual([
          { entityRef: 'component:default/b1', level: 4 },
        ]);
      });

      it('answers a hidden scope with the 404 of a missing one, for the roll-up and its history', async () => {
        const hidden = await asGuest('/rollups/domain/default/dom-d');
        const missing = await asGuest('/rollups/domain/default/dom-x');
        expect(hidden.res.status).toBe(404);
        expect(missing.res.status).toBe(404);
        expect(hidden.res.body.error.message).toBe(
          missing.res.body.error.message.replace('dom-x', 'dom-d'),
        );
        expect(hidden.catalogCalls).toBe(1);
        for (const path of [
          '/rollups/system/default/sys-d',
          '/rollups/domain/default/dom-d/history',
          '/rollups/system/default/sys-d/history',
        ]) {
          const { res } = await asGuest(path);
          expect(res.status).toBe(404);
          expect(res.body.error.name).toBe('NotFoundError');
        }
        // The owner still reads them.
        const owner = await request(server)
          .get('/api/maturity/rollups/domain/default/dom-d/history')
          .set('Authorization', USER);
        expect(owner.status).toBe(200);
      });

      it('drills down without hidden children or weakest entities, in one catalog call', async () => {
        const { res: org, catalogCalls } = await asGuest(
          '/rollups/organization/default/all',
        );
        expect(org.status).toBe(200);
        expect(catalogCalls).toBe(1);
        expectNothingHidden(org, SECRETS);
        expect(org.body.children.map((c: any) => c.scope.entityRef)).toEqual([
          'domain:default/dom-a',
          'domain:default/dom-b',
          'domain:default/dom-c',
          'domain:default/dom-e',
        ]);

        const { res: system } = await asGuest('/rollups/system/default/sys-a');
        expect(system.status).toBe(200);
        expectNothingHidden(system, SECRETS);
        // a1 counts (one entity, assessed) but is neither a child nor a weakest entity.
        expect(system.body.entities).toMatchObject({ total: 1, assessed: 1 });
        expect(system.body.children).toEqual([]);
        expect(system.body.pulledDownBy).toEqual([]);

        const { res: domain } = await asGuest('/rollups/domain/default/dom-a');
        expectNothingHidden(domain, SECRETS);
        expect(domain.body.children[0].pulledDownBy).toEqual([]);
      });

      it('answers status with counts that include hidden entities, and no error text', async () => {
        // A failed run whose error quotes a hidden entity.
        await knex('maturity_task_runs').insert({
          task: 'failing-task',
          started_at: new Date(),
          finished_at: new Date(),
          status: 'failed',
          error: 'could not read domain:default/dom-d (Delta)',
        });
        try {
          const { res } = await asGuest('/status');
          expect(res.status).toBe(200);
          expect(res.body.entities).toBe(14);
          expectNothingHidden(res, SECRETS);
          expect(
            res.body.tasks.find((t: any) => t.task === 'failing-task'),
          ).toMatchObject({ status: 'failed', error: expect.any(String) });
          const owner = await request(server)
            .get('/api/maturity/status')
            .set('Authorization', USER);
          expect(
            owner.body.tasks.find((t: any) => t.task === 'failing-task').error,
          ).toBe('could not read domain:default/dom-d (Delta)');
        } finally {
          await knex('maturity_task_runs')
            .where('task', 'failing-task')
            .delete();
        }
      });
    });

    describe('limits', () => {
      it('refuses a roll-up history window over the limit, naming from and to', async () => {
        const res = await request(server)
          .get('/api/maturity/rollups/domain/default/dom-a/history')
          .query({ from: '2020-01-01', to: '2026-01-01' })
          .set('Authorization', USER);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(
          /^from and to may be at most 1098 days apart, got 2192/,
        );
      });

      it.each([
        [
          'a negative offset',
          Buffer.from('{"offset":"-5"}').toString('base64url'),
        ],
        ['an overlong cursor', 'a'.repeat(513)],
      ])('refuses %s in the roll-up list cursor', async (_label, cursor) => {
        const res = await list({ scope: 'domain', cursor });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/cursor/);
      });

      it('refuses a reassess limit over 50, naming limit', async () => {
        const res = await request(server)
          .get('/api/maturity/rollups/group/default/team/reassess')
          .query({ limit: 51 })
          .set('Authorization', USER);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/limit/);
      });
    });

    // Last: it records a score from 2020, which makes d1 stale for every later read.
    describe('what to reassess next', () => {
      const reassess = (path: string, auth = USER) =>
        request(server)
          .get(`/api/maturity/rollups/${path}/reassess`)
          .set('Authorization', auth);

      it('lists never-scored entities, then stale ones, and names no hidden entity', async () => {
        const before = await reassess('group/default/team');
        expect(before.status).toBe(200);
        expect(before.body).toEqual({
          scopeRef: 'group:default/team',
          totalItems: 1,
          items: [{ entityRef: 'component:default/c1', reason: 'never' }],
        });

        const store = new DatabaseMaturityStore(knex, {
          levelOptions: { rule: 'mean', minCoverage: 0, weights: {} },
        });
        await store.recordAssessment({
          entityRef: 'component:default/d1',
          createdBy: 'user:default/jo',
          source: 'import',
          rubricVersion: '2026.1',
          scores: [{ vector: 'currency', score: 2 }],
          requestHash: 'd1-2020',
          at: new Date('2020-03-01T00:00:00.000Z'),
        });

        const owner = await reassess('organization/default/all');
        expect(owner.body.totalItems).toBe(2);
        expect(owner.body.items).toEqual([
          { entityRef: 'component:default/c1', reason: 'never' },
          {
            entityRef: 'component:default/d1',
            reason: 'stale',
            oldestScoreAt: '2020-03-01T00:00:00.000Z',
            level: 1,
          },
        ]);

        // The guest may not read d1: it is counted, never named.
        const guest = await reassess('organization/default/all', GUEST);
        expect(guest.status).toBe(200);
        expectNothingHidden(guest, SECRETS);
        expect(guest.body.totalItems).toBe(2);
        expect(guest.body.items).toEqual([
          { entityRef: 'component:default/c1', reason: 'never' },
        ]);
        expect((await reassess('domain/default/dom-d', GUEST)).status).toBe(
          404,
        );
        expect((await reassess('component/default/c1')).status).toBe(400);
        expect(
          (
            await request(server).get(
              '/api/maturity/rollups/group/default/team/reassess',
            )
          ).status,
        ).toBe(401);
      });
    });
  },
);
