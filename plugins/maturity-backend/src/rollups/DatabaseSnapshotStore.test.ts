import { createTestDatabases } from '@agile-ops/test-utils';
import { VectorId } from '@agile-ops/plugin-maturity-common';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { DatabaseMaturityStore } from '../database/DatabaseMaturityStore';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { syncHierarchy } from '../hierarchy/syncHierarchy';
import { DatabaseRollupStore, ORGANIZATION_REF } from './DatabaseRollupStore';
import { DatabaseSnapshotStore, SnapshotRow } from './DatabaseSnapshotStore';
import { RollupService } from './RollupService';
import { SNAPSHOT_TASK, takeSnapshot } from './takeSnapshot';
import { tieredEntity as entity } from '../__testUtils__/catalogEntities';
import { snapshotRollupService } from '../__testUtils__/snapshotRollups';

jest.setTimeout(120_000);

const DAY_MS = 86_400_000;
const STALE_AFTER_MS = 90 * DAY_MS;

const component = (
  name: string,
  system: string | null,
  owner: string,
  tier?: string,
) =>
  entity(
    'Component',
    name,
    [
      { type: 'ownedBy', targetRef: `group:default/${owner}` },
      ...(system
        ? [{ type: 'partOf', targetRef: `system:default/${system}` }]
        : []),
    ],
    tier,
  );

/*
 * Groups org > team-a, org > team-b; domain d1 with systems s1 and s2, domain d2 with s3
 * (which has no leaves).
 *
 *   a1  s1 -> s2 on day 2   team-a  tier-1 (3)   documentation 4, stability 2          level 3
 *   a2  s1                  team-a  tier-2 (2)   documentation 2, stability 1 (stale)  level 1
 *   b1  s2                  team-b  -      (1)   documentation 5                       unrated
 *   b2  s2                  team-b  -      (1)   not assessed (until the re-run of day 2)
 *   x   -                   team-b  -      (1)   documentation 3, stability 3          level 3
 */
function catalog(a1System: string): Entity[] {
  const partOf = (domain: string) => [
    { type: 'partOf', targetRef: `domain:default/${domain}` },
  ];
  return [
    entity('Group', 'org'),
    entity('Group', 'team-a', [
      { type: 'childOf', targetRef: 'group:default/org' },
    ]),
    entity('Group', 'team-b', [
      { type: 'childOf', targetRef: 'group:default/org' },
    ]),
    entity('Domain', 'd1'),
    entity('Domain', 'd2'),
    entity('System', 's1', partOf('d1')),
    entity('System', 's2', partOf('d1')),
    entity('System', 's3', partOf('d2')),
    component('a1', a1System, 'team-a', 'tier-1'),
    component('a2', 's1', 'team-a', 'tier-2'),
    component('b1', 's2', 'team-b'),
    component('b2', 's2', 'team-b'),
    component('x', null, 'team-b'),
  ];
}

const DAY1 = new Date('2026-05-10T12:00:00.000Z');
const DAY2 = new Date('2026-05-11T06:00:00.000Z');
const DAY2_LATER = new Date('2026-05-11T18:00:00.000Z');
const FRESH = new Date('2026-05-01T00:00:00.000Z');
const STALE = new Date('2026-01-01T00:00:00.000Z');

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('snapshots on %s', databaseId => {
  let knex: Knex;
  let scores: DatabaseMaturityStore;
  let snapshots: DatabaseSnapshotStore;
  let tasks: DatabaseHierarchyStore;
  let rollups: DatabaseRollupStore;
  let rollupService: RollupService;
  let request = 0;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    scores = await DatabaseMaturityStore.create(
      mockServices.database({ knex }),
      { levelOptions: { minCoverage: 0.1 } },
    );
    snapshots = new DatabaseSnapshotStore(knex);
    tasks = new DatabaseHierarchyStore(knex);
    rollups = new DatabaseRollupStore(knex);
  });

  beforeEach(async () => {
    for (const table of [
      'maturity_rollup_snapshots',
      'maturity_entities',
      'maturity_group_ancestry',
      'maturity_task_runs',
      'maturity_current_scores',
      'maturity_entity_levels',
    ]) {
      await knex(table).delete();
    }
  });

  function record(
    name: string,
    at: Date,
    given: Partial<Record<VectorId, number>>,
  ) {
    request += 1;
    return scores.recordAssessment({
      entityRef: `component:default/${name}`,
      createdBy: 'user:default/jo',
      source: 'assessment',
      rubricVersion: '2026.1',
      scores: Object.entries(given).map(([vector, score]) => ({
        vector: vector as VectorId,
        score: score!,
      })),
      requestHash: `h-${request}`,
      at,
    });
  }

  function sync(entities: Entity[], at: Date) {
    return syncHierarchy({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      store: tasks,
      logger: mockServices.logger.mock(),
      now: () => at,
    });
  }

  function snapshot(now: Date) {
    rollupService = snapshotRollupService({
      rollups,
      staleAfterMs: STALE_AFTER_MS,
      now,
    });
    return takeSnapshot({
      rollups,
      rollupService,
      snapshots,
      tasks,
      staleAfterMs: STALE_AFTER_MS,
      now: () => now,
    });
  }

  async function rowsOf(day: string) {
    const rows = await knex('maturity_rollup_snapshots')
      .where({ day })
      .orderBy(['scope_ref', 'vector'])
      .select('scope_kind', 'scope_ref', 'vector');
    return rows.map(r => `${r.scope_kind} ${r.scope_ref} ${r.vector}`);
  }

  async function setUpDay1() {
    await sync(catalog('s1'), DAY1);
    await record('a1', FRESH, { documentation: 4, stability: 2 });
    await record('a2', STALE, { documentation: 2, stability: 1 });
    await record('b1', FRESH, { documentation: 5 });
    await record('x', FRESH, { documentation: 3, stability: 3 });
  }

  it('stores one level row and one row per assessed vector for every scope', async () => {
    await setUpDay1();
    const summary = await snapshot(DAY1);
    // d1, s1, s2, org, team-a, team-b and the organisation; d2 and s3 have no leaves.
    expect(summary).toEqual({ scopes: 7, rows: 20, thinned: 0 });
    expect(await rowsOf('2026-05-10')).toEqual([
      'domain domain:default/d1 documentation',
      'domain domain:default/d1 level',
      'domain domain:default/d1 stability',
      'group group:default/org documentation',
      'group group:default/org level',
      'group group:default/org stability',
      'group group:default/team-a documentation',
      'group group:default/team-a level',
      'group group:default/team-a stability',
      'group group:default/team-b documentation',
      'group group:default/team-b level',
      'group group:default/team-b stability',
      'organization organization:default/all documentation',
      'organization organization:default/all level',
      'organization organization:default/all stability',
      // s2 has only b1's documentation.
      'system system:default/s1 documentation',
      'system system:default/s1 level',
      'system system:default/s1 stability',
      'system system:default/s2 documentation',
      'system system:default/s2 level',
    ]);

    const s1 = await snapshots.history({ scopeRef: 'system:default/s1' });
    expect(s1).toEqual([
      {
        day: '2026-05-10',
        scopeKind: 'system',
        scopeRef: 'system:default/s1',
        vector: 'documentation',
        value: 3.2, // weighted: (3*4 + 2*2) / (3 + 2)
        mean: 3, // (4 + 2) / 2
        min: 2,
        max: 4,
        assessed: 2,
        total: 2,
        stale: 1, // a2
        distribution: [0, 0, 1, 0, 1, 0],
      },
      {
        day: '2026-05-10',
        scopeKind: 'system',
        scopeRef: 'system:default/s1',
        vector: 'level',
        value: 2, // (3 + 1) / 2
        mean: 2,
        min: null,
        max: null,
        assessed: 2,
        total: 2,
        stale: 1,
        distribution: [0, 1, 0, 1, 0, 0],
      },
      {
        day: '2026-05-10',
        scopeKind: 'system',
        scopeRef: 'system:default/s1',
        vector: 'stability',
        value: 1, // min of 2 and 1
        mean: 1.5,
        min: 1,
        max: 2,
        assessed: 2,
        total: 2,
        stale: 1,
        distribution: [0, 1, 1, 0, 0, 0],
      },
    ]);
    const [orgLevel] = await snapshots.history({
      scopeRef: ORGANIZATION_REF,
      vector: 'level',
    });
    expect(orgLevel).toMatchObject({
      value: 7 / 3, // a1 3, a2 1, x 3; b1 unrated, b2 unassessed
      assessed: 4,
      total: 5,
      stale: 1,
      distribution: [0, 1, 0, 2, 0, 0],
    });
    expect(
      (await tasks.taskRuns()).find(t => t.task === SNAPSHOT_TASK),
    ).toEqual({
      task: SNAPSHOT_TASK,
      startedAt: DAY1.toISOString(),
      finishedAt: DAY1.toISOString(),
      durationMs: 0,
      status: 'succeeded',
      summary: { scopes: 7, rows: 20, thinned: 0 },
    });
  });

  it('keeps the membership of each day: a move changes today, not the day before', async () => {
    await setUpDay1();
    await snapshot(DAY1);
    const day1 = await knex('maturity_rollup_snapshots')
      .where({ day: '2026-05-10' })
      .orderBy(['scope_ref', 'vector'])
      .select();

    // a1 moves from s1 to s2.
    expect(await sync(catalog('s2'), DAY2)).toMatchObject({ changed: 1 });
    const today = await rollups.scopeTotals({
      kind: 'system',
      staleBefore: new Date(DAY2.getTime() - STALE_AFTER_MS),
    });
    expect(today.map(t => [t.scopeRef, t.total, t.meanLevel]).sort()).toEqual([
      ['system:default/s1', 1, 1], // a2
      ['system:default/s2', 3, 3], // a1, b1, b2; only a1 is rated
    ]);
    await snapshot(DAY2);

    const level = await snapshots.history({
      scopeRef: 'system:default/s1',
      vector: 'level',
    });
    expect(level.map(p => [p.day, p.value, p.total, p.assessed])).toEqual([
      ['2026-05-10', 2, 2, 2],
      ['2026-05-11', 1, 1, 1],
    ]);
    const s2docs = await snapshots.history({
      scopeRef: 'system:default/s2',
      vector: 'documentation',
    });
    expect(s2docs.map(p => [p.day, p.value, p.assessed, p.total])).toEqual([
      ['2026-05-10', 5, 1, 2], // b1 alone
      ['2026-05-11', 4.25, 2, 3], // (3*4 + 1*5) / (3 + 1)
    ]);
    // The domain does not change: a1 stays in d1, whose rated leaves are a1 (3) and a2 (1).
    const d1 = await snapshots.history({
      scopeRef: 'domain:default/d1',
      vector: 'level',
    });
    expect(d1.map(p => [p.day, p.value, p.total])).toEqual([
      ['2026-05-10', 2, 4],
      ['2026-05-11', 2, 4],
    ]);

    // Day 1 is exactly as it was written.
    expect(
      await knex('maturity_rollup_snapshots')
        .where({ day: '2026-05-10' })
        .orderBy(['scope_ref', 'vector'])
        .select(),
    ).toEqual(day1);
  });

  it('replaces the day when it runs twice on one day', async () => {
    await setUpDay1();
    await snapshot(DAY1);
    await snapshot(DAY2);
    const before = await rowsOf('2026-05-11');
    expect(before).toHaveLength(20);

    await record('b2', new Date('2026-05-11T10:00:00.000Z'), {
      documentation: 0,
      recoverability: 2,
    });
    const summary = await snapshot(DAY2_LATER);
    // recoverability is new in d1, s2, team-b, org and the organisation.
    expect(summary).toEqual({ scopes: 7, rows: 25, thinned: 0 });
    const after = await rowsOf('2026-05-11');
    expect(after).toHaveLength(25);
    expect(after).toEqual(
      expect.arrayContaining([
        'system system:default/s2 recoverability',
        'organization organization:default/all recoverability',
      ]),
    );
    expect(await rowsOf('2026-05-10')).toHaveLength(20);
    const [s2docs] = await snapshots.history({
      scopeRef: 'system:default/s2',
      vector: 'documentation',
      from: '2026-05-11',
    });
    expect(s2docs).toMatchObject({
      day: '2026-05-11',
      value: 2.5, // weighted, all weight 1: (5 + 0) / 2
      assessed: 2,
      total: 2,
      distribution: [1, 0, 0, 0, 0, 1],
    });
  });

  describe('downsampling', () => {
    const TODAY = '2026-06-03'; // a Wednesday; 90 days before is Thursday 2026-03-05
    const days = Array.from({ length: 200 }, (_, i) =>
      new Date(Date.parse(`${TODAY}T00:00:00Z`) - (199 - i) * DAY_MS)
        .toISOString()
        .slice(0, 10),
    );

    const row = (day: string, vector = 'level'): SnapshotRow => ({
      day,
      scopeKind: 'system',
      scopeRef: 'system:default/s1',
      vector,
      value: 1,
      mean: 1,
      min: null,
      max: null,
      assessed: 1,
      total: 1,
      stale: 0,
      distribution: [0, 1, 0, 0, 0, 0],
    });

    // The Mondays among the 109 days 2025-11-16 .. 2026-03-04.
    const MONDAYS = [
      '2025-11-17',
      '2025-11-24',
      '2025-12-01',
      '2025-12-08',
      '2025-12-15',
      '2025-12-22',
      '2025-12-29',
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
      '2026-02-16',
      '2026-02-23',
      '2026-03-02',
    ];

    async function storedDays() {
      return (
        await knex('maturity_rollup_snapshots').distinct('day').orderBy('day')
      ).map(r => r.day);
    }

    it('keeps 90 days daily and only Mondays before that', async () => {
      expect(days[0]).toBe('2025-11-16');
      for (const day of days) {
        await snapshots.writeDay(day, [row(day), row(day, 'documentation')]);
      }
      // 109 - 16 = 93 days before the cutoff go, two rows each.
      expect(await snapshots.downsample(TODAY)).toBe(186);

      const kept = await storedDays();
      const daily = days.slice(days.indexOf('2026-03-05'));
      expect(daily).toHaveLength(91);
      expect(daily[0]).toBe('2026-03-05');
      expect(kept).toEqual([...MONDAYS, ...daily]);
      expect(kept).not.toContain('2026-03-04');
      expect(kept).toHaveLength(107);
      // Nothing more to thin.
      expect(await snapshots.downsample(TODAY)).toBe(0);
    });

    it('is run by the snapshot task', async () => {
      await setUpDay1();
      for (const day of days.slice(0, -1)) {
        await snapshots.writeDay(day, [row(day)]);
      }
      const summary = await snapshot(new Date(`${TODAY}T05:00:00.000Z`));
      expect(summary).toMatchObject({ thinned: 93 });
      expect(await storedDays()).toEqual([
        ...MONDAYS,
        ...days.slice(days.indexOf('2026-03-05')),
      ]);
    });
  });

  it('returns the history oldest first, filtered by vector and days', async () => {
    for (const day of ['2026-05-03', '2026-05-01', '2026-05-02']) {
      await snapshots.writeDay(
        day,
        ['level', 'documentation'].map(vector => ({
          day,
          scopeKind: 'domain',
          scopeRef: 'domain:default/d1',
          vector,
          value: Number(day.slice(-1)),
          mean: Number(day.slice(-1)),
          min: vector === 'level' ? null : 0,
          max: vector === 'level' ? null : 5,
          assessed: 1,
          total: 2,
          stale: 0,
          distribution: [0, 0, 0, 0, 0, 1],
        })),
      );
    }
    await snapshots.writeDay('2026-05-04', [
      {
        day: '2026-05-04',
        scopeKind: 'domain',
        scopeRef: 'domain:default/d2',
        vector: 'level',
        value: 4,
        mean: 4,
        min: null,
        max: null,
        assessed: 1,
        total: 1,
        stale: 0,
        distribution: [0, 0, 0, 0, 1, 0],
      },
    ]);

    const all = await snapshots.history({ scopeRef: 'domain:default/d1' });
    expect(all.map(r => `${r.vector} ${r.day} ${r.value}`)).toEqual([
      'documentation 2026-05-01 1',
      'documentation 2026-05-02 2',
      'documentation 2026-05-03 3',
      'level 2026-05-01 1',
      'level 2026-05-02 2',
      'level 2026-05-03 3',
    ]);
    const filtered = await snapshots.history({
      scopeRef: 'domain:default/d1',
      vector: 'level',
      from: '2026-05-02',
      to: '2026-05-03',
    });
    expect(filtered.map(r => [r.day, r.vector, r.min, r.distribution])).toEqual(
      [
        ['2026-05-02', 'level', null, [0, 0, 0, 0, 0, 1]],
        ['2026-05-03', 'level', null, [0, 0, 0, 0, 0, 1]],
      ],
    );
    expect(
      (
        await snapshots.history({
          scopeRef: 'domain:default/d1',
          to: '2026-05-01',
        })
      ).map(r => r.day),
    ).toEqual(['2026-05-01', '2026-05-01']);
    expect(
      await snapshots.history({
        scopeRef: 'domain:default/d1',
        vector: 'stability',
      }),
    ).toEqual([]);
  });
});
