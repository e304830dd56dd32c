import { createTestDatabases } from '@agile-ops/test-utils';
import { RUBRIC_VERSION, VectorId } from '@agile-ops/plugin-maturity-common';
import fc from 'fast-check';
import { openMaturityStore } from '../__testUtils__/maturityStore';
import {
  countedCatalog,
  expectCountsMatchScores,
  syncCatalog,
} from '../__testUtils__/scopeCounts';
import { ORGANIZATION_REF } from './DatabaseRollupStore';
import { ScopeCounts, staleCutoff } from './ScopeCounts';

jest.setTimeout(180_000);

const COMPONENTS = ['a', 'b', 'c', 'd', 'e', 'f'];
// Objective and subjective vectors: the latter are the median of everyone's ratings.
const VECTORS: VectorId[] = ['documentation', 'stability', 'happiness'];
const DAY = 24 * 3600 * 1000;
const T0 = Date.parse('2026-06-01T00:00:00.000Z');

type Step =
  | {
      kind: 'assess';
      entity: number;
      by: number;
      day: number;
      scores: number[];
    }
  | { kind: 'cutoff'; day: number }
  | { kind: 'move'; entity: number; system: number; team: number }
  | { kind: 'leave'; entity: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('assess' as const),
      entity: fc.nat(COMPONENTS.length - 1),
      by: fc.nat(2),
      day: fc.integer({ min: 0, max: 40 }),
      scores: fc.array(fc.integer({ min: 0, max: 5 }), {
        minLength: 1,
        maxLength: VECTORS.length,
      }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('cutoff' as const),
      day: fc.integer({ min: 0, max: 41 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      entity: fc.nat(COMPONENTS.length - 1),
      system: fc.nat(3),
      team: fc.nat(1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('leave' as const),
      entity: fc.nat(COMPONENTS.length - 1),
    }),
  },
);

describe('ScopeCounts', () => {
  const databases = createTestDatabases();

  it('counts stale scores by the cutoff, to the minute', () => {
    const now = new Date('2026-06-01T10:17:42.500Z');
    expect(staleCutoff(now, DAY).toISOString()).toBe(
      '2026-05-31T10:17:00.000Z',
    );
  });

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('keeps the stored counts equal to counting the scores, through writes, cutoffs and syncs', async () => {
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(step, { minLength: 1, maxLength: 12 }),
          async steps => {
            runs += 1;
            const { knex, store } = await openMaturityStore(
              databases,
              databaseId,
            );
            const counts = new ScopeCounts(knex);
            const placement = COMPONENTS.map((_, i) => ({
              system: i % 4,
              team: i % 2,
            }));
            const inCatalog = COMPONENTS.map(() => true);
            const sync = () =>
              syncCatalog(
                knex,
                countedCatalog(
                  COMPONENTS.filter((_, i) => inCatalog[i]),
                  name => placement[COMPONENTS.indexOf(name)],
                ),
                new Date(T0),
              );
            await sync();
            let cutoff = new Date(T0 + 20 * DAY);
            await counts.ensureCutoff(cutoff);
            await expectCountsMatchScores(knex, cutoff);
            for (const [i, s] of steps.entries()) {
              if (s.kind === 'assess') {
                await store.recordAssessment({
                  entityRef: `component:default/${COMPONENTS[s.entity]}`,
                  createdBy: `user:default/rater-${s.by}`,
                  source: 'assessment',
                  rubricVersion: RUBRIC_VERSION,
                  scores: s.scores.map((score, v) => ({
                    vector: VECTORS[v],
                    score,
                  })),
                  idempotencyKey: `step-${i}`,
                  requestHash: `hash-${i}`,
                  at: new Date(T0 + s.day * DAY),
                });
              } else if (s.kind === 'cutoff') {
                cutoff = new Date(T0 + s.day * DAY);
                await counts.ensureCutoff(cutoff);
              } else if (s.kind === 'move') {
                placement[s.entity] = { system: s.system, team: s.team };
                await sync();
              } else {
                inCatalog[s.entity] = false;
                await sync();
              }
              await expectCountsMatchScores(knex, cutoff);
            }
          },
        ),
        { numRuns: 12, seed: 20261202 },
      );
      expect(runs).toBe(12);
    });

    it('moves the cutoff only once no write is in flight', async () => {
      const { knex } = await openMaturityStore(databases, databaseId);
      await syncCatalog(knex, countedCatalog(['a']), new Date(T0));
      const counts = new ScopeCounts(knex);
      await counts.ensureCutoff(new Date(T0));

      const write = await knex.transaction();
      await ScopeCounts.lockForWrite(write);
      await write('maturity_meta').where({ key: 'none' }).first();
      let moved = false;
      const move = counts
        .ensureCutoff(new Date(T0 + DAY))
        .then(() => (moved = true));
      // Long enough for the move to have run had it not waited.
      await new Promise(resolve => setTimeout(resolve, 300));
      expect(moved).toBe(false);
      await write.commit();
      await move;
      expect(moved).toBe(true);
    });

    it('builds the counts on the first read and leaves writes before it to the build', async () => {
      const { knex, store } = await openMaturityStore(databases, databaseId);
      await syncCatalog(knex, countedCatalog(['a', 'b']), new Date(T0));
      await store.recordAssessment({
        entityRef: 'component:default/a',
        createdBy: 'user:default/jo',
        source: 'assessment',
        rubricVersion: RUBRIC_VERSION,
        scores: [{ vector: 'documentation', score: 4 }],
        idempotencyKey: 'before-build',
        requestHash: 'h',
        at: new Date(T0),
      });
      const counts = new ScopeCounts(knex);
      expect(await counts.read('organization')).toEqual([]);

      const cutoff = new Date(T0 + DAY);
      await counts.ensureCutoff(cutoff);
      const organization = await counts.read('organization', {
        vector: 'documentation',
      });
      expect(
        organization
          .filter(r => r.vector === 'documentation')
          .map(r => [r.scopeRef, r.counted, r.stale, r.levels[4]]),
      ).toEqual([[ORGANIZATION_REF, 1, 1, 1]]);
      await expectCountsMatchScores(knex, cutoff);
    });
  });
});
