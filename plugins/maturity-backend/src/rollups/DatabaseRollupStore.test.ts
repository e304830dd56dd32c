import { createTestDatabases } from '@agile-ops/test-utils';
import {
  getVector,
  percentileCont,
  rollUp,
  VECTOR_IDS,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import fc from 'fast-check';
import { Knex } from 'knex';
import { DatabaseConfidenceStore } from '../confidence/DatabaseConfidenceStore';
import { DatabaseMaturityStore } from '../database/DatabaseMaturityStore';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { toGroupAncestry, toHierarchyRows } from '../hierarchy/hierarchyRows';
import {
  DatabaseRollupStore,
  ORGANIZATION_REF,
  ScopeKind,
  VectorAggregate,
} from './DatabaseRollupStore';
import { ScopeCounts } from './ScopeCounts';
import {
  childOf,
  ownedBy,
  partOf,
  tieredEntity as entity,
} from '../__testUtils__/catalogEntities';

jest.setTimeout(180_000);

function leaf(
  kind: 'Component' | 'Resource' | 'API',
  name: string,
  system: string | null,
  owner: string,
  tier?: string,
) {
  return entity(
    kind,
    name,
    [
      ownedBy(`group:default/${owner}`),
      ...(system ? [partOf(`system:default/${system}`)] : []),
    ],
    tier,
  );
}

/*
 * The hierarchy under test. Groups: org > dept > team-a > team-a1, and org > team-b.
 *
 *   leaf         system  domain  owner     tier    weight
 *   c1           sys-1   dom-1   team-a    tier-1  3
 *   c2           sys-1   dom-1   team-a1   tier-2  2
 *   r1 (res.)    sys-1   dom-1   team-a    tier-3  1
 *   c3           sys-2   dom-1   team-b    -       1
 *   c4           sys-2   dom-1   team-a1   Tier-1  3   (typed " Tier-1 ")
 *   c5           -       -       team-b    tier-2  2
 *   c6           sys-3   dom-2   team-b    -       1   (never assessed)
 *   c7           sys-3   dom-2   team-b    tier-3  1
 *   gone         sys-1   dom-1   team-a    tier-1      (left the catalog)
 *   api-1 (API)  sys-1   dom-1   team-a    -           (not a leaf kind)
 */
const CATALOG: Entity[] = [
  entity('Group', 'org'),
  entity('Group', 'dept', [childOf('group:default/org')]),
  entity('Group', 'team-a', [childOf('group:default/dept')]),
  entity('Group', 'team-a1', [childOf('group:default/team-a')]),
  entity('Group', 'team-b', [childOf('group:default/org')]),
  entity('Domain', 'dom-1'),
  entity('Domain', 'dom-2'),
  entity('Domain', 'dom-empty'),
  entity('System', 'sys-1', [partOf('domain:default/dom-1')]),
  entity('System', 'sys-2', [partOf('domain:default/dom-1')]),
  entity('System', 'sys-3', [partOf('domain:default/dom-2')]),
  leaf('Component', 'c1', 'sys-1', 'team-a', 'tier-1'),
  leaf('Component', 'c2', 'sys-1', 'team-a1', 'tier-2'),
  leaf('Resource', 'r1', 'sys-1', 'team-a', 'tier-3'),
  leaf('Component', 'c3', 'sys-2', 'team-b'),
  leaf('Component', 'c4', 'sys-2', 'team-a1', ' Tier-1 '),
  leaf('Component', 'c5', null, 'team-b', 'tier-2'),
  leaf('Component', 'c6', 'sys-3', 'team-b'),
  leaf('Component', 'c7', 'sys-3', 'team-b', 'tier-3'),
  leaf('Component', 'gone', 'sys-1', 'team-a', 'tier-1'),
  leaf('API', 'api-1', 'sys-1', 'team-a'),
];

const NOW = new Date('2026-06-01T00:00:00.000Z');
const STALE_BEFORE = new Date(NOW.getTime() - 90 * 86_400_000); // 2026-03-03
const FRESH = new Date('2026-05-20T09:00:00.000Z');
const STALE = new Date('2026-01-10T09:00:00.000Z');

const ref = (s: string) =>
  s.startsWith('r') ? `resource:default/${s}` : `component:default/${s}`;

/*
 * Current scores (documentation / stability / recoverability), "s" = stale:
 *
 *   c1   4 / 2 / 3          (documentation was 1 in January; the current score is fresh)
 *   c2   1s / 5 / -
 *   r1   2 / 0 / -
 *   c3   5 / - / -          one vector only: unrated (coverage 1/15 < 0.1)
 *   c4   3s / 3s / 1s
 *   c5   0 / 1 / -
 *   c7   4 / 4 / -
 *   gone 0 / 0 / -          excluded: not in the catalog
 *   api-1 0 / 0 / -         excluded: an API is not a leaf
 *   component:default/unknown 0 / - / -   excluded: never synced
 *
 * Levels (floor of the mean, minCoverage 0.1): c1 3, c2 3, r1 1, c3 unrated, c4 2,
 * c5 0, c7 4, gone 0, api-1 0.
 */
const ASSESSMENTS: Array<{
  entityRef: string;
  at: Date;
  scores: Partial<Record<VectorId, number>>;
}> = [
  { entityRef: ref('c1'), at: STALE, scores: { documentation: 1 } },
  {
    entityRef: ref('c1'),
    at: FRESH,
    scores: { documentation: 4, stability: 2, recoverability: 3 },
  },
  { entityRef: ref('c2'), at: STALE, scores: { documentation: 1 } },
  { entityRef: ref('c2'), at: FRESH, scores: { stability: 5 } },
  {
    entityRef: ref('r1'),
    at: FRESH,
    scores: { documentation: 2, stability: 0 },
  },
  { entityRef: ref('c3'), at: FRESH, scores: { documentation: 5 } },
  {
    entityRef: ref('c4'),
    at: STALE,
    scores: { documentation: 3, stability: 3, recoverability: 1 },
  },
  {
    entityRef: ref('c5'),
    at: FRESH,
    scores: { documentation: 0, stability: 1 },
  },
  {
    entityRef: ref('c7'),
    at: FRESH,
    scores: { documentation: 4, stability: 4 },
  },
  {
    entityRef: ref('gone'),
    at: FRESH,
    scores: { documentation: 0, stability: 0 },
  },
  {
    entityRef: 'api:default/api-1',
    at: FRESH,
    scores: { documentation: 0, stability: 0 },
  },
  { entityRef: ref('unknown'), at: FRESH, scores: { documentation: 0 } },
];

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'DatabaseRollupStore on %s',
  databaseId => {
    let knex: Knex;
    let scores: DatabaseMaturityStore;
    let rollups: DatabaseRollupStore;
    let request = 0;

    function record(
      entityRef: string,
      at: Date,
      vectorScores: Partial<Record<VectorId, number>>,
    ) {
      request += 1;
      return scores.recordAssessment({
        entityRef,
        createdBy: 'user:default/jo',
        source: 'assessment',
        rubricVersion: '2026.1',
        scores: Object.entries(vectorScores).map(([vector, score]) => ({
          vector: vector as VectorId,
          score: score!,
        })),
        requestHash: `hash-${request}`,
        at,
      });
    }

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      scores = await DatabaseMaturityStore.create(
        mockServices.database({ knex }),
        { levelOptions: { minCoverage: 0.1 } },
      );
      rollups = new DatabaseRollupStore(knex);
      const hierarchy = new DatabaseHierarchyStore(knex);
      await hierarchy.applySync({
        changed: toHierarchyRows(CATALOG),
        removed: [],
        ancestry: toGroupAncestry(CATALOG),
        at: NOW,
      });
      await hierarchy.applySync({
        changed: [],
        removed: ['component:default/gone'],
        ancestry: toGroupAncestry(CATALOG),
        at: NOW,
      });
      for (const a of ASSESSMENTS) await record(a.entityRef, a.at, a.scores);
    });

    async function aggregates(kind: ScopeKind, scopeRefs?: string[]) {
      const rows = await rollups.vectorAggregates({
        kind,
        scopeRefs,
        staleBefore: STALE_BEFORE,
        withP25: true,
      });
      return new Map(rows.map(r => [`${r.scopeRef} ${r.vector}`, r]));
    }

    async function totals(kind: ScopeKind, scopeRefs?: string[]) {
      const rows = await rollups.scopeTotals({
        kind,
        scopeRefs,
        staleBefore: STALE_BEFORE,
      });
      return new Map(rows.map(r => [r.scopeRef, r]));
    }

    /** Compares an aggregate, numbers to 10 decimals. */
    function expectAggregate(
      actual: VectorAggregate | undefined,
      expected: Omit<VectorAggregate, 'scopeRef' | 'vector'>,
    ) {
      expect(actual).toBeDefined();
      const { mean, weighted, p25, ...exact } = expected;
      expect(actual).toMatchObject(exact);
      expect(actual!.mean).toBeCloseTo(mean, 10);
      expect(actual!.weighted).toBeCloseTo(weighted!, 10);
      expect(actual!.p25).toBeCloseTo(p25!, 10);
    }

    it('aggregates each vector per domain', async () => {
      const byKey = await aggregates('domain');
      // dom-1: c1, c2, r1, c3, c4.
      expectAggregate(byKey.get('domain:default/dom-1 documentation'), {
        assessed: 5,
        stale: 2, // c2, c4
        mean: 3, // (4 + 1 + 2 + 5 + 3) / 5
        min: 1,
        max: 5,
        weighted: 3, // (3*4 + 2*1 + 1*2 + 1*5 + 3*3) / (3 + 2 + 1 + 1 + 3) = 30 / 10
        p25: 2, // sorted 1 2 3 4 5, position 4 * 0.25 = 1
        distribution: [0, 1, 1, 1, 1, 1],
      });
      expectAggregate(byKey.get('domain:default/dom-1 stability'), {
        assessed: 4,
        stale: 1, // c4
        mean: 2.5, // (2 + 5 + 0 + 3) / 4
        min: 0,
        max: 5,
        weighted: 25 / 9, // (3*2 + 2*5 + 1*0 + 3*3) / (3 + 2 + 1 + 3)
        p25: 1.5, // sorted 0 2 3 5, position 0.75: 0 + (2 - 0) * 0.75
        distribution: [1, 0, 1, 1, 0, 1],
      });
      expectAggregate(byKey.get('domain:default/dom-1 recoverability'), {
        assessed: 2,
        stale: 1, // c4
        mean: 2, // (3 + 1) / 2
        min: 1,
        max: 3,
        weighted: 2, // (3*3 + 3*1) / (3 + 3)
        p25: 1.5, // sorted 1 3, position 0.25: 1 + 2 * 0.25
        distribution: [0, 1, 0, 1, 0, 0],
      });
      // dom-2: c6 (unassessed), c7.
      expectAggregate(byKey.get('domain:default/dom-2 documentation'), {
        assessed: 1,
        stale: 0,
        mean: 4,
        min: 4,
        max: 4,
        weighted: 4,
        p25: 4,
        distribution: [0, 0, 0, 0, 1, 0],
      });
      // Only vectors somebody scored, only domains with leaves.
      expect([...byKey.keys()].sort()).toEqual([
        'domain:default/dom-1 documentation',
        'domain:default/dom-1 recoverability',
        'domain:default/dom-1 stability',
        'domain:default/dom-2 documentation',
        'domain:default/dom-2 stability',
      ]);
    });

    it('aggregates each vector per system, weighting by tier', async () => {
      const byKey = await aggregates('system');
      // sys-1: c1, c2, r1 (gone and api-1 drop out).
      expectAggregate(byKey.get('system:default/sys-1 documentation'), {
        assessed: 3,
        stale: 1, // c2
        mean: 7 / 3, // (4 + 1 + 2) / 3
        min: 1,
        max: 4,
        weighted: 16 / 6, // (3*4 + 2*1 + 1*2) / (3 + 2 + 1)
        p25: 1.5, // sorted 1 2 4, position 0.5: 1 + (2 - 1) * 0.5
        distribution: [0, 1, 1, 0, 1, 0],
      });
      expectAggregate(byKey.get('system:default/sys-1 stability'), {
        assessed: 3,
        stale: 0,
        mean: 7 / 3, // (2 + 5 + 0) / 3
        min: 0,
        max: 5,
        weighted: 16 / 6, // (3*2 + 2*5 + 1*0) / (3 + 2 + 1)
        p25: 1, // sorted 0 2 5, position 0.5: 0 + 2 * 0.5
        distribution: [1, 0, 1, 0, 0, 1],
      });
      // sys-2: c3 (no tier, weight 1) and c4 (" Tier-1 ", weight 3).
      expectAggregate(byKey.get('system:default/sys-2 documentation'), {
        assessed: 2,
        stale: 1, // c4
        mean: 4, // (5 + 3) / 2
        min: 3,
        max: 5,
        weighted: 3.5, // (1*5 + 3*3) / (1 + 3)
        p25: 3.5, // sorted 3 5, position 0.25: 3 + 2 * 0.25
        distribution: [0, 0, 0, 1, 0, 1],
      });
      expect(byKey.has('system:default/sys-1 recoverability')).toBe(true);
      expect(byKey.get('system:default/sys-3 stability')).toMatchObject({
        assessed: 1,
        mean: 4,
      });
    });

    it('weights by the tier weights it is given', async () => {
      const custom = new DatabaseRollupStore(knex, {
        'tier-1': 10,
        'tier-2': 0,
        'tier-3': 0.5,
        none: 4,
      });
      const rows = await custom.vectorAggregates({
        kind: 'domain',
        scopeRefs: ['domain:default/dom-1'],
        staleBefore: STALE_BEFORE,
        withP25: false,
        vector: 'documentation',
      });
      expect(rows).toHaveLength(1);
      // c1 4 (10), c2 1 (0), r1 2 (0.5), c3 5 (none: 4), c4 3 (10):
      // (10*4 + 0*1 + 0.5*2 + 4*5 + 10*3) / (10 + 0 + 0.5 + 4 + 10) = 91 / 24.5
      expect(rows[0].weighted).toBeCloseTo(91 / 24.5, 10);
      expect(rows[0].mean).toBeCloseTo(3, 10);
      expect(rows[0].p25).toBeUndefined();
    });

    it('has no weighted value when every weight in the scope is 0, like rollUp', async () => {
      const noTierOne = new DatabaseRollupStore(knex, {
        'tier-1': 0,
        'tier-2': 2,
        'tier-3': 1,
        none: 1,
      });
      const rows = await noTierOne.vectorAggregates({
        kind: 'system',
        scopeRefs: ['system:default/sys-2'],
        staleBefore: STALE_BEFORE,
        withP25: false,
        vector: 'recoverability',
      });
      // Only c4 (tier-1, weight 0) has a recoverability score in sys-2.
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ assessed: 1, mean: 1, weighted: null });
      expect(rollUp('weighted', [{ value: 1, weight: 0 }])).toBeNull();
    });

    it('includes what nested sub-groups own in a group', async () => {
      const byKey = await aggregates('group');
      // team-a1: c2, c4.
      expectAggregate(byKey.get('group:default/team-a1 documentation'), {
        assessed: 2,
        stale: 2,
        mean: 2, // (1 + 3) / 2
        min: 1,
        max: 3,
        weighted: 11 / 5, // (2*1 + 3*3) / (2 + 3)
        p25: 1.5, // sorted 1 3, position 0.25
        distribution: [0, 1, 0, 1, 0, 0],
      });
      // team-a: its own c1 and r1 plus team-a1's c2 and c4; dept and org above it too.
      for (const group of ['team-a', 'dept']) {
        expectAggregate(byKey.get(`group:default/${group} documentation`), {
          assessed: 4,
          stale: 2, // c2, c4
          mean: 2.5, // (4 + 2 + 1 + 3) / 4
          min: 1,
          max: 4,
          weighted: 25 / 9, // (3*4 + 1*2 + 2*1 + 3*3) / (3 + 1 + 2 + 3)
          p25: 1.75, // sorted 1 2 3 4, position 0.75: 1 + 1 * 0.75
          distribution: [0, 1, 1, 1, 1, 0],
        });
      }
      // team-b: c3 5, c5 0, c7 4 (c6 unassessed).
      expectAggregate(byKey.get('group:default/team-b documentation'), {
        assessed: 3,
        stale: 0,
        mean: 3, // (5 + 0 + 4) / 3
        min: 0,
        max: 5,
        weighted: 9 / 4, // (1*5 + 2*0 + 1*4) / (1 + 2 + 1)
        p25: 2, // sorted 0 4 5, position 0.5: 0 + 4 * 0.5
        distribution: [1, 0, 0, 0, 1, 1],
      });
      // org: every leaf owned by a group.
      expect(byKey.get('group:default/org documentation')).toMatchObject({
        assessed: 7,
      });

      const t = await totals('group');
      expect(t.get('group:default/team-a1')).toMatchObject({
        total: 2,
        assessed: 2,
        stale: 2,
        levelDistribution: [0, 0, 1, 1, 0, 0], // c4 2, c2 3
      });
      expect(t.get('group:default/team-a')).toMatchObject({
        total: 4,
        assessed: 4,
        stale: 2,
        meanLevel: 2.25, // (3 + 1 + 3 + 2) / 4
      });
      expect(t.get('group:default/dept')!.total).toBe(4);
      expect(t.get('group:default/team-b')).toMatchObject({
        total: 4, // c3, c5, c6, c7
        assessed: 3,
        stale: 0,
        levelDistribution: [1, 0, 0, 0, 1, 0], // c5 0, c7 4; c3 unrated
      });
      expect(t.get('group:default/team-b')!.meanLevel).toBeCloseTo(2, 10); // (0 + 4) / 2
      expect(t.get('group:default/org')!.total).toBe(8);
    });

    it('counts entities, stale entities and levels per scope', async () => {
      const domains = await totals('domain');
      expect(domains.get('domain:default/dom-1')).toEqual({
        scopeRef: 'domain:default/dom-1',
        total: 5, // c1, c2, r1, c3, c4
        assessed: 5,
        stale: 2, // c2 and c4 have a stale score; c1's stale one was replaced
        meanLevel: 2.25, // (3 + 3 + 1 + 2) / 4; c3 is unrated
        levelDistribution: [0, 1, 1, 2, 0, 0],
      });
      expect(domains.get('domain:default/dom-2')).toEqual({
        scopeRef: 'domain:default/dom-2',
        total: 2, // c6, c7
        assessed: 1,
        stale: 0,
        meanLevel: 4,
        levelDistribution: [0, 0, 0, 0, 1, 0],
      });
      expect(domains.has('domain:default/dom-empty')).toBe(false);

      const systems = await totals('system');
      expect(systems.get('system:default/sys-1')).toMatchObject({
        total: 3,
        assessed: 3,
        stale: 1,
        levelDistribution: [0, 1, 0, 2, 0, 0],
      });
      expect(systems.get('system:default/sys-1')!.meanLevel).toBeCloseTo(
        7 / 3, // (3 + 3 + 1) / 3
        10,
      );
      expect(systems.get('system:default/sys-2')).toEqual({
        scopeRef: 'system:default/sys-2',
        total: 2,
        assessed: 2, // c3 counts as assessed although unrated
        stale: 1,
        meanLevel: 2,
        levelDistribution: [0, 0, 1, 0, 0, 0],
      });

      const org = await totals('organization');
      expect([...org.keys()]).toEqual([ORGANIZATION_REF]);
      const all = org.get(ORGANIZATION_REF)!;
      expect(all).toMatchObject({
        total: 8, // c1..c7 and r1
        assessed: 7, // all but c6
        stale: 2,
        levelDistribution: [1, 1, 1, 2, 1, 0], // c5 0, r1 1, c4 2, c1 3, c2 3, c7 4
      });
      expect(all.meanLevel).toBeCloseTo(13 / 6, 10); // (0 + 1 + 2 + 3 + 3 + 4) / 6
    });

    it('aggregates the whole organisation', async () => {
      const byKey = await aggregates('organization');
      expect([...byKey.keys()].sort()).toEqual(
        ['documentation', 'recoverability', 'stability'].map(
          v => `${ORGANIZATION_REF} ${v}`,
        ),
      );
      expectAggregate(byKey.get(`${ORGANIZATION_REF} documentation`), {
        assessed: 7,
        stale: 2,
        mean: 19 / 7, // (4 + 1 + 2 + 5 + 3 + 0 + 4) / 7
        min: 0,
        max: 5,
        // (3*4 + 2*1 + 1*2 + 1*5 + 3*3 + 2*0 + 1*4) / (3 + 2 + 1 + 1 + 3 + 2 + 1) = 34 / 13
        weighted: 34 / 13,
        p25: 1.5, // sorted 0 1 2 3 4 4 5, position 1.5: 1 + (2 - 1) * 0.5
        distribution: [1, 1, 1, 1, 2, 1],
      });
      expectAggregate(byKey.get(`${ORGANIZATION_REF} stability`), {
        assessed: 6, // c1 2, c2 5, r1 0, c4 3, c5 1, c7 4
        stale: 1,
        mean: 15 / 6,
        min: 0,
        max: 5,
        // (3*2 + 2*5 + 1*0 + 3*3 + 2*1 + 1*4) / (3 + 2 + 1 + 3 + 2 + 1) = 31 / 12
        weighted: 31 / 12,
        p25: 1.25, // sorted 0 1 2 3 4 5, position 1.25: 1 + 1 * 0.25
        distribution: [1, 1, 1, 1, 1, 1],
      });
    });

    it('reads aggregates and totals together as it reads them apart', async () => {
      for (const kind of ['domain', 'system', 'group', 'entity'] as const) {
        const options = { kind, staleBefore: STALE_BEFORE, withP25: true };
        const both = await rollups.aggregatesAndTotals(options);
        expect(both.totals.length).toBeGreaterThan(0);
        expect(both.aggregates.length).toBeGreaterThan(0);
        expect(both).toEqual({
          aggregates: await rollups.vectorAggregates(options),
          totals: await rollups.scopeTotals(options),
        });
      }
    });

    it('leaves out entities that are not in the catalog or not leaves', async () => {
      const members = await rollups
        .membership('organization')
        .orderBy('e.entity_ref');
      expect(members.map((m: { entity_ref: string }) => m.entity_ref)).toEqual(
        ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']
          .map(ref)
          .concat('resource:default/r1'),
      );
      const weakest = await rollups.weakestEntities({
        kind: 'system',
        scopeRefs: ['system:default/sys-1'],
        perScope: 5,
      });
      // gone (level 0) and api-1 (level 0) would come first if they counted.
      expect(weakest.map(w => [w.entityRef, w.level])).toEqual([
        ['resource:default/r1', 1],
        ['component:default/c1', 3],
        ['component:default/c2', 3],
      ]);
    });

    it('names the lowest-level rated entities, at most five, ties by ref', async () => {
      const weakest = await rollups.weakestEntities({
        kind: 'organization',
        perScope: 5,
      });
      expect(weakest).toEqual([
        { scopeRef: ORGANIZATION_REF, entityRef: ref('c5'), level: 0 },
        { scopeRef: ORGANIZATION_REF, entityRef: ref('r1'), level: 1 },
        { scopeRef: ORGANIZATION_REF, entityRef: ref('c4'), level: 2 },
        { scopeRef: ORGANIZATION_REF, entityRef: ref('c1'), level: 3 },
        { scopeRef: ORGANIZATION_REF, entityRef: ref('c2'), level: 3 },
      ]);
      const perDomain = await rollups.weakestEntities({
        kind: 'domain',
        perScope: 2,
      });
      expect(perDomain.map(w => [w.scopeRef, w.entityRef])).toEqual([
        ['domain:default/dom-1', ref('r1')],
        ['domain:default/dom-1', ref('c4')],
        ['domain:default/dom-2', ref('c7')],
      ]);
    });

    it('lists what is due for an assessment: never scored first, then the oldest stale', async () => {
      const due = (kind: ScopeKind, scopeRef: string, limit = 10) =>
        rollups.dueForAssessment({
          kind,
          scopeRef,
          staleBefore: STALE_BEFORE,
          lowConfidenceBelow: 0.4,
          limit,
        });
      // c6 has no score; c2 (documentation) and c4 (all three) hold a January score, tie by
      // ref. c1's January score was replaced in May, so it is not stale.
      expect(await due('organization', ORGANIZATION_REF)).toEqual({
        total: 3,
        items: [
          { entityRef: ref('c6'), reason: 'never' },
          {
            entityRef: ref('c2'),
            reason: 'stale',
            oldestScoreAt: STALE,
            level: 3,
          },
          {
            entityRef: ref('c4'),
            reason: 'stale',
            oldestScoreAt: STALE,
            level: 2,
          },
        ],
      });
      // team-a with its sub-group team-a1 owns c1, c2, r1 and c4.
      const teamA = await due('group', 'group:default/team-a', 1);
      expect(teamA.total).toBe(2);
      expect(teamA.items.map(i => i.entityRef)).toEqual([ref('c2')]);
      expect(await due('domain', 'domain:default/dom-2')).toEqual({
        total: 1,
        items: [{ entityRef: ref('c6'), reason: 'never' }],
      });
      expect(await due('system', 'system:default/sys-2')).toMatchObject({
        total: 1,
        items: [{ entityRef: ref('c4') }],
      });
    });

    it('lists disputed and low-confidence entities after the stale ones, as the confidence run found them', async () => {
      const confidence = (mean: number, disputed = false) => ({
        vectors: { documentation: mean },
        mean,
        disputed,
      });
      await new DatabaseConfidenceStore(knex).replaceAll({
        entities: new Map([
          [ref('c1'), confidence(0.7, true)],
          [ref('r1'), confidence(0.2)],
          [ref('c3'), confidence(0.3)],
          [ref('c2'), confidence(0.1)],
          [ref('c5'), confidence(0.9)],
        ]),
        scopes: new Map(),
        at: STALE_BEFORE,
      });
      const due = await rollups.dueForAssessment({
        kind: 'organization',
        scopeRef: ORGANIZATION_REF,
        staleBefore: STALE_BEFORE,
        lowConfidenceBelow: 0.4,
        limit: 10,
      });
      // c2 is stale and not confident either: the first reason that holds names it.
      expect(due.items.map(i => [i.entityRef, i.reason])).toEqual([
        [ref('c6'), 'never'],
        [ref('c2'), 'stale'],
        [ref('c4'), 'stale'],
        [ref('c1'), 'disputed'],
        [ref('r1'), 'low-confidence'],
        [ref('c3'), 'low-confidence'],
      ]);
      expect(due.total).toBe(6);
      expect(due.items[4]).toMatchObject({ confidence: 0.2, level: 1 });
    });

    it('lists scopes in the catalog with their children', async () => {
      expect((await rollups.scopes('domain')).map(s => s.entityRef)).toEqual([
        'domain:default/dom-1',
        'domain:default/dom-2',
        'domain:default/dom-empty',
      ]);
      expect(
        (
          await rollups.scopes('system', { parentRef: 'domain:default/dom-1' })
        ).map(s => s.entityRef),
      ).toEqual(['system:default/sys-1', 'system:default/sys-2']);
      expect(
        (
          await rollups.scopes('entity', { parentRef: 'system:default/sys-1' })
        ).map(s => s.entityRef),
      ).toEqual(['component:default/c1', 'component:default/c2', ref('r1')]);
      expect(
        (await rollups.scopes('group', { parentRef: 'group:default/org' })).map(
          s => s.entityRef,
        ),
      ).toEqual(['group:default/dept', 'group:default/team-b']);
    });

    it('computes p25 like percentileCont for random score sets', async () => {
      // One system with 12 components; each run gives every objective vector its own set
      // of scores, so one query checks many sets at once.
      const objective = VECTOR_IDS.filter(v => !getVector(v).subjective);
      const members = Array.from({ length: 12 }, (_, i) => `p${i}`);
      const catalog = [
        entity('System', 'prop'),
        ...members.map(name =>
          leaf('Component', name, 'prop', 'org', 'tier-2'),
        ),
      ];
      await new DatabaseHierarchyStore(knex).applySync({
        changed: toHierarchyRows(catalog),
        removed: [],
        ancestry: toGroupAncestry(CATALOG),
        at: NOW,
      });
      const memberRefs = members.map(ref);
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.array(fc.integer({ min: 0, max: 5 }), {
              minLength: 1,
              maxLength: members.length,
            }),
            { minLength: 1, maxLength: objective.length },
          ),
          async sets => {
            runs += 1;
            await knex('maturity_current_scores')
              .whereIn('entity_ref', memberRefs)
              .delete();
            // The scores went behind the store's back: the counts are made again.
            await knex.transaction(tx => ScopeCounts.rebuild(tx));
            for (const [j, member] of memberRefs.entries()) {
              const given: Partial<Record<VectorId, number>> = {};
              sets.forEach((set, i) => {
                if (j < set.length) given[objective[i]] = set[j];
              });
              if (Object.keys(given).length > 0) {
                await record(member, FRESH, given);
              }
            }
            const rows = await rollups.vectorAggregates({
              kind: 'system',
              scopeRefs: ['system:default/prop'],
              staleBefore: STALE_BEFORE,
              withP25: true,
            });
            const byVector = new Map(rows.map(r => [r.vector, r]));
            expect(rows).toHaveLength(sets.length);
            sets.forEach((set, i) => {
              const actual = byVector.get(objective[i])!;
              expect(actual.p25).toBeCloseTo(percentileCont(set, 0.25)!, 10);
              expect(actual.assessed).toBe(set.length);
              expect(actual.min).toBe(Math.min(...set));
              expect(actual.max).toBe(Math.max(...set));
              expect(actual.mean).toBeCloseTo(
                set.reduce((a, b) => a + b, 0) / set.length,
                10,
              );
              // Equal tiers: the weighted mean is the mean.
              expect(actual.weighted).toBeCloseTo(actual.mean, 10);
            });
          },
        ),
        { numRuns: 40, seed: 20261129 },
      );
      expect(runs).toBe(40);
    });
  },
);
