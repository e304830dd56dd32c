import { createTestDatabases, rowCount } from '@agile-ops/test-utils';
import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { DatabaseMaturityStore } from '../database/DatabaseMaturityStore';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { HierarchyRow } from '../hierarchy/hierarchyRows';
import { DatabaseSelfServiceStore } from './DatabaseSelfServiceStore';
import { NewSelfServiceRun } from './SelfServiceStore';

jest.setTimeout(120_000);

const DAY = 86_400_000;
const NOW = new Date('2026-06-01T12:00:00.000Z');
const ENTITY = 'component:default/payments';
const TEMPLATE = 'template:default/add-runbook';
const JO = 'user:default/jo';
const TEAM = 'group:default/team-a';

/** An instant `days` days (and `ms` milliseconds) before NOW. */
const ago = (days: number, ms = 0) => new Date(NOW.getTime() - days * DAY - ms);

let taskCounter = 0;
function run(overrides: Partial<NewSelfServiceRun> = {}): NewSelfServiceRun {
  taskCounter += 1;
  return {
    entityRef: ENTITY,
    templateRef: TEMPLATE,
    taskId: `task-${taskCounter}`,
    runBy: JO,
    ranAt: ago(1),
    ...overrides,
  };
}

function hierarchyRow(entityRef: string, ownerRef: string): HierarchyRow {
  return {
    entityRef,
    kind: 'component',
    type: 'service',
    title: null,
    ownerRef,
    systemRef: null,
    domainRef: null,
    tier: null,
    lifecycle: null,
    fingerprint: entityRef,
  };
}

describe('DatabaseSelfServiceStore', () => {
  const databases = createTestDatabases();

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await DatabaseMaturityStore.create(mockServices.database({ knex }));
    return { knex, store: new DatabaseSelfServiceStore(knex) };
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('records a run and replays a repeat of the same task, template and entity', async () => {
      const { knex, store } = await createStore(databaseId);
      const input = run({ ranAt: new Date('2026-05-31T08:15:30.123Z') });

      const first = await store.recordRun(input);
      expect(first).toEqual({
        run: { id: expect.any(String), ...input },
        replayed: false,
      });

      // A retry later, even by someone else, is the same run.
      const again = await store.recordRun({
        ...input,
        runBy: 'user:default/sam',
        ranAt: NOW,
      });
      expect(again).toEqual({ run: first.run, replayed: true });

      // Another template or entity in the same task is a run of its own.
      const other = await store.recordRun({
        ...input,
        templateRef: 'template:default/other',
      });
      expect(other.replayed).toBe(false);
      expect(other.run.id).not.toBe(first.run.id);
      expect(
        (await store.recordRun({ ...input, entityRef: 'component:default/x' }))
          .replayed,
      ).toBe(false);

      expect(await rowCount(knex, 'maturity_self_service_runs')).toBe(3);
    });

    it('stores one run when retries race', async () => {
      const { knex, store } = await createStore(databaseId);
      const input = run();
      const results = await Promise.all(
        Array.from({ length: 10 }, () => store.recordRun(input)),
      );
      expect(new Set(results.map(r => r.run.id)).size).toBe(1);
      expect(results.filter(r => !r.replayed)).toHaveLength(1);
      expect(await rowCount(knex, 'maturity_self_service_runs')).toBe(1);
    });

    it('counts runs at or after the 30 and 90 day edges', async () => {
      const { store } = await createStore(databaseId);
      expect(await store.countRuns(ENTITY, NOW)).toEqual({
        last30Days: 0,
        last90Days: 0,
      });
      for (const ranAt of [
        NOW,
        ago(30), // exactly on the 30-day edge: in both
        ago(30, 1), // a millisecond older: 90 days only
        ago(90), // exactly on the 90-day edge: 90 days only
        ago(90, 1), // a millisecond older: neither
        ago(400),
      ]) {
        await store.recordRun(run({ ranAt }));
      }
      await store.recordRun(run({ entityRef: 'component:default/other' }));

      expect(await store.countRuns(ENTITY, NOW)).toEqual({
        last30Days: 2,
        last90Days: 4,
      });
      // A day later the run on the 30-day edge has left it.
      expect(
        await store.countRuns(ENTITY, new Date(NOW.getTime() + DAY)),
      ).toEqual({ last30Days: 1, last90Days: 3 });
    });

    it('lists the latest runs newest first, up to the limit', async () => {
      const { store } = await createStore(databaseId);
      const days = [5, 1, 40, 3, 120, 2];
      for (const d of days) {
        await store.recordRun(run({ ranAt: ago(d), taskId: `day-${d}` }));
      }
      await store.recordRun(
        run({ entityRef: 'component:default/other', ranAt: NOW }),
      );

      const recent = await store.recentRuns(ENTITY, 4);
      expect(recent.map(r => r.taskId)).toEqual([
        'day-1',
        'day-2',
        'day-3',
        'day-5',
      ]);
      expect(recent[0].ranAt).toEqual(ago(1));
      expect(await store.recentRuns('component:default/none', 10)).toEqual([]);
    });

    it('adds up the runs of the entities a group owns in the hierarchy, most runs first', async () => {
      const { knex, store } = await createStore(databaseId);
      const ref = (name: string) => `component:default/${name}`;
      const hierarchy = new DatabaseHierarchyStore(knex);
      await hierarchy.applySync({
        changed: [
          hierarchyRow(ref('a'), TEAM),
          hierarchyRow(ref('b'), TEAM),
          hierarchyRow(ref('quiet'), TEAM),
          hierarchyRow(ref('old'), TEAM),
          hierarchyRow(ref('gone'), TEAM),
          hierarchyRow(ref('c'), TEAM),
          hierarchyRow(ref('a2'), TEAM),
          hierarchyRow(ref('theirs'), 'group:default/team-b'),
        ],
        removed: [],
        ancestry: [],
        at: NOW,
      });
      // `gone` left the catalog: its runs no longer count for the team.
      await hierarchy.applySync({
        changed: [],
        removed: [ref('gone')],
        ancestry: [],
        at: NOW,
      });
      const runs: Array<[string, number]> = [
        ['a', 40],
        ['b', 0.5],
        ['a', 50],
        ['a', 60],
        ['b', 1],
        ['b', 2],
        ['b', 89],
        ['c', 10],
        ['c', 70],
        ['c', 80],
        ['a2', 45],
        ['a2', 55],
        ['a2', 65],
        ['old', 91],
        ['gone', 1],
        ['theirs', 1],
        ['unsynced', 1],
      ];
      for (const [name, days] of runs) {
        await store.recordRun(run({ entityRef: ref(name), ranAt: ago(days) }));
      }

      expect(await store.teamRunCounts(TEAM, NOW)).toEqual([
        // Most runs in 90 days first; of those with 3, more in the last 30 first, then by ref.
        { entityRef: ref('b'), last30Days: 3, last90Days: 4 },
        { entityRef: ref('c'), last30Days: 1, last90Days: 3 },
        { entityRef: ref('a'), last30Days: 0, last90Days: 3 },
        { entityRef: ref('a2'), last30Days: 0, last90Days: 3 },
      ]);
      expect(await store.teamRunCounts('group:default/team-b', NOW)).toEqual([
        { entityRef: ref('theirs'), last30Days: 1, last90Days: 1 },
      ]);
      expect(await store.teamRunCounts('group:default/nobody', NOW)).toEqual(
        [],
      );
    });
  });
});
