import { createTestDatabases } from '@agile-ops/test-utils';
import { VectorId } from '@agile-ops/plugin-maturity-common';
import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DatabaseMaturityStore } from '../database/DatabaseMaturityStore';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { countedCatalog, syncCatalog } from '../__testUtils__/scopeCounts';
import { snapshotRollupService } from '../__testUtils__/snapshotRollups';
import { BACKFILL_TASK, backfillSnapshots } from './backfillSnapshots';
import { DatabaseRollupStore } from './DatabaseRollupStore';
import { DatabaseSnapshotStore, keptDays } from './DatabaseSnapshotStore';
import { takeSnapshot } from './takeSnapshot';

jest.setTimeout(120_000);

const DAY_MS = 86_400_000;
// Short, so that scores turn stale within the days replayed.
const STALE_AFTER_MS = 2 * DAY_MS;
const LEVEL_OPTIONS = { minCoverage: 0.1 };
const COMPONENTS = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'];
const VECTORS: VectorId[] = ['documentation', 'stability', 'happiness'];
const RATERS = ['user:default/jo', 'user:default/kim'];
const FIRST_DAY = Date.parse('2026-05-04T00:00:00.000Z');
const DAYS = 6;

const dayOf = (n: number) =>
  new Date(FIRST_DAY + n * DAY_MS).toISOString().slice(0, 10);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('snapshot backfill on %s', id => {
  let knex: Knex;
  let scores: DatabaseMaturityStore;
  let snapshots: DatabaseSnapshotStore;
  let tasks: DatabaseHierarchyStore;
  let rollups: DatabaseRollupStore;
  let request = 0;

  beforeAll(async () => {
    knex = await databases.init(id);
    scores = await DatabaseMaturityStore.create(
      mockServices.database({ knex }),
      { levelOptions: LEVEL_OPTIONS },
    );
    snapshots = new DatabaseSnapshotStore(knex);
    tasks = new DatabaseHierarchyStore(knex);
    rollups = new DatabaseRollupStore(knex, { 'tier-1': 3, 'tier-2': 2 });
  });

  beforeEach(async () => {
    for (const table of [
      'maturity_rollup_snapshots',
      'maturity_task_runs',
      'maturity_score_history',
      'maturity_ratings',
      'maturity_current_scores',
      'maturity_entity_levels',
      'maturity_scope_counts',
      'maturity_meta',
    ]) {
      await knex(table).delete();
    }
    await syncCatalog(knex, countedCatalog(COMPONENTS), new Date(FIRST_DAY));
  });

  const deps = (now: Date) => ({
    rollups,
    rollupService: snapshotRollupService({
      rollups,
      staleAfterMs: STALE_AFTER_MS,
      now,
    }),
    snapshots,
    tasks,
    staleAfterMs: STALE_AFTER_MS,
    now: () => now,
  });

  const backfill = (now: Date) =>
    backfillSnapshots({ ...deps(now), db: knex, levelOptions: LEVEL_OPTIONS });

  // A few assessments a day by two raters, the same on every run: some entities are left
  // alone for days (and turn stale), the subjective vector gets several ratings.
  async function assessDay(n: number) {
    for (let k = 0; k < 5; k++) {
      request += 1;
      const i = (n * 5 + k) * 7;
      await scores.recordAssessment({
        entityRef: `component:default/${COMPONENTS[i % 5]}`,
        createdBy: RATERS[i % 2],
        source: 'assessment',
        rubricVersion: '2026.1',
        scores: VECTORS.slice(0, 1 + (i % 3)).map((vector, v) => ({
          vector,
          score: (i + v) % 6,
        })),
        requestHash: `h-${request}`,
        at: new Date(FIRST_DAY + n * DAY_MS + (k + 1) * 3_600_000),
      });
    }
  }

  async function storedRows() {
    const rows = await knex('maturity_rollup_snapshots')
      .orderBy(['day', 'scope_ref', 'vector'])
      .select();
    return rows.map(({ backfilled, ...row }) => ({
      ...row,
      value: row.value === null ? null : Number(row.value),
      mean: row.mean === null ? null : Number(row.mean),
      backfilled: Boolean(backfilled),
    }));
  }

  it('computes each past day as the snapshot taken at the end of that day had it', async () => {
    for (let n = 0; n < DAYS; n++) {
      await assessDay(n);
      await takeSnapshot(deps(new Date(FIRST_DAY + (n + 1) * DAY_MS - 30_000)));
    }
    const taken = await storedRows();
    expect(new Set(taken.map(r => r.day)).size).toBe(DAYS);
    expect(taken.some(r => r.stale > 0)).toBe(true);
    await knex('maturity_rollup_snapshots').delete();

    const summary = await backfill(
      new Date(FIRST_DAY + DAYS * DAY_MS + 3_600_000),
    );

    expect(summary).toEqual({ days: DAYS, written: DAYS, rows: taken.length });
    const backfilled = await storedRows();
    expect(backfilled.every(r => r.backfilled)).toBe(true);
    expect(backfilled.map(r => ({ ...r, backfilled: false }))).toEqual(taken);
    const [run] = (await tasks.taskRuns()).filter(
      r => r.task === BACKFILL_TASK,
    );
    expect(run).toMatchObject({
      status: 'succeeded',
      summary: { days: DAYS, written: DAYS, rows: taken.length },
    });
  });

  it('leaves days that have a snapshot alone, so a second run writes nothing', async () => {
    for (let n = 0; n < DAYS; n++) await assessDay(n);
    await takeSnapshot(deps(new Date(FIRST_DAY + 2 * DAY_MS + 60_000)));
    const takenOnDay2 = (await storedRows()).filter(r => r.day === dayOf(2));
    const now = new Date(FIRST_DAY + DAYS * DAY_MS + 3_600_000);

    expect(await backfill(now)).toMatchObject({
      days: DAYS - 1,
      written: DAYS - 1,
    });
    const rows = await storedRows();
    expect(rows.filter(r => r.day === dayOf(2))).toEqual(takenOnDay2);
    expect(new Set(rows.filter(r => r.backfilled).map(r => r.day))).toEqual(
      new Set([0, 1, 3, 4, 5].map(dayOf)),
    );

    expect(await backfill(now)).toEqual({ days: 0, written: 0, rows: 0 });
    expect(await storedRows()).toEqual(rows);
  });

  it('fills the days the thinning keeps, marks them in the history, and skips today', async () => {
    const now = new Date(FIRST_DAY + 200 * DAY_MS + 3_600_000);
    request += 1;
    await scores.recordAssessment({
      entityRef: 'component:default/c1',
      createdBy: RATERS[0],
      source: 'assessment',
      rubricVersion: '2026.1',
      scores: [{ vector: 'documentation', score: 3 }],
      requestHash: `h-${request}`,
      at: new Date(FIRST_DAY + 3_600_000),
    });

    const summary = await backfill(now);

    const today = now.toISOString().slice(0, 10);
    const expected = keptDays(dayOf(0), today).filter(day => day !== today);
    expect(summary).toMatchObject({ days: expected.length });
    expect(await snapshots.days()).toEqual(expected);
    const history = await snapshots.history({
      scopeRef: 'system:default/sys-1',
      vector: 'documentation',
    });
    expect(history[0]).toMatchObject({
      day: dayOf(0),
      assessed: 1,
      stale: 0,
      backfilled: true,
    });
    // Two days later the score counts as stale.
    expect(history.find(p => p.day === dayOf(7))).toMatchObject({ stale: 1 });
  });

  it('has nothing to do without score history', async () => {
    expect(await backfill(new Date(FIRST_DAY))).toEqual({
      days: 0,
      written: 0,
      rows: 0,
    });
  });
});

describe('keptDays', () => {
  it('keeps every day of the last 90 and Mondays before', () => {
    const days = keptDays('2026-01-01', '2026-06-01');
    expect(days[days.length - 1]).toBe('2026-06-01');
    const recent = days.filter(day => day >= '2026-03-03');
    expect(recent).toHaveLength(91);
    const older = days.filter(day => day < '2026-03-03');
    expect(older.length).toBeGreaterThan(0);
    expect(
      older.every(day => new Date(`${day}T00:00:00Z`).getUTCDay() === 1),
    ).toBe(true);
    expect(older[0]).toBe('2026-01-05');
  });
});
