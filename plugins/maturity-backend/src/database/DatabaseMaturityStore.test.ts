import {
  createTestDatabases,
  rowCount,
  rowCounts,
} from '@agile-ops/test-utils';
import { VectorId } from '@agile-ops/plugin-maturity-common';
import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { DatabaseMaturityStore } from './DatabaseMaturityStore';
import { HistoryEntry, NewAssessment, StoredAssessment } from './MaturityStore';
import { toDate } from '@agile-ops/common';

jest.setTimeout(120_000);

const ENTITY = 'component:default/foo';
const OTHER_ENTITY = 'component:default/bar';
const JO = 'user:default/jo';
const SAM = 'user:default/sam';

const TABLES = [
  'maturity_assessments',
  'maturity_score_history',
  'maturity_current_scores',
  'maturity_ratings',
] as const;

const BASE = Date.parse('2026-03-01T08:00:00.000Z');

/** A fixed moment `seconds` after the base, with a non-zero millisecond part. */
function at(seconds: number, ms = 123): Date {
  return new Date(BASE + seconds * 1000 + ms);
}

function assessment(overrides: Partial<NewAssessment> = {}): NewAssessment {
  return {
    entityRef: ENTITY,
    createdBy: JO,
    source: 'assessment',
    rubricVersion: '2026.1',
    scores: [{ vector: 'documentation', score: 3 }],
    requestHash: 'hash-1',
    at: at(0),
    ...overrides,
  };
}

/** Row counts of the four tables, optionally for one entity. */
function countRows(knex: Knex, entityRef?: string) {
  return rowCounts(knex, TABLES, entityRef ? { entity_ref: entityRef } : {});
}

type RawHistoryRow = {
  id: number | string;
  vector: string;
  score: number;
  assessment_id: string;
  recorded_at: Date | number | string;
};

type RawCurrentRow = RawHistoryRow & { history_id: number | string };

/** Fisher–Yates with a fixed seed, so a failure can be reproduced. */
function shuffle<T>(items: T[], seed = 42): T[] {
  const result = [...items];
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** The lower median, computed independently of the code under test. */
function lowerMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * The message a promise rejects with. Driver errors are compared by message, not with
 * `rejects.toThrow`: better-sqlite3 creates its errors with the Error class of the first test
 * file that loaded it, which is not an `Error` in the realm of later files in the same worker.
 */
async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String((error as { message?: unknown }).message ?? error);
  }
  return 'did not reject';
}

describe('DatabaseMaturityStore', () => {
  const databases = createTestDatabases();

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const store = await DatabaseMaturityStore.create(
      mockServices.database({ knex }),
    );
    return { knex, store };
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    describe('recordAssessment', () => {
      it('writes one assessment row, one history row per score and the current rows', async () => {
        const { knex, store } = await createStore(databaseId);

        const { assessment: stored, replayed } = await store.recordAssessment(
          assessment({
            comment: 'first look',
            scores: [
              { vector: 'documentation', score: 3, rationale: 'TechDocs' },
              { vector: 'operability', score: 2 },
            ],
            at: at(1),
          }),
        );

        expect(replayed).toBe(false);
        expect(stored).toEqual({
          id: expect.any(String),
          entityRef: ENTITY,
          createdBy: JO,
          createdAt: at(1),
          comment: 'first look',
          source: 'assessment',
          rubricVersion: '2026.1',
          scores: [
            { vector: 'documentation', score: 3, rationale: 'TechDocs' },
            { vector: 'operability', score: 2 },
          ],
        });
        expect(await countRows(knex)).toEqual({
          maturity_assessments: 1,
          maturity_score_history: 2,
          maturity_current_scores: 2,
          maturity_ratings: 0,
        });

        const [row] = await knex('maturity_assessments').select();
        expect(row).toMatchObject({
          id: stored.id,
          entity_ref: ENTITY,
          created_by: JO,
          comment: 'first look',
          source: 'assessment',
          rubric_version: '2026.1',
          idempotency_key: null,
          request_hash: 'hash-1',
        });
        expect(JSON.parse(row.scores)).toEqual(stored.scores);

        const history = await store.getHistory({
          entityRef: ENTITY,
          limit: 10,
        });
        expect(history.map(h => [h.vector, h.score, h.assessmentId])).toEqual([
          ['documentation', 3, stored.id],
          ['operability', 2, stored.id],
        ]);

        const current = await store.getCurrentScores([ENTITY]);
        const byVector = new Map(current.map(c => [c.vector, c]));
        expect(byVector.get('documentation')).toEqual({
          entityRef: ENTITY,
          vector: 'documentation',
          score: 3,
          rationale: 'TechDocs',
          source: 'assessment',
          recordedBy: JO,
          recordedAt: at(1),
          rubricVersion: '2026.1',
          assessmentId: stored.id,
          ratings: undefined,
        });
        expect(byVector.get('operability')).toMatchObject({
          score: 2,
          rationale: undefined,
          assessmentId: stored.id,
        });
      });

      it('leaves the current rows of vectors not in a later partial assessment untouched', async () => {
        const { knex, store } = await createStore(databaseId);
        const first = await store.recordAssessment(
          assessment({
            scores: [
              { vector: 'documentation', score: 3 },
              { vector: 'operability', score: 2 },
            ],
            at: at(1),
          }),
        );

        const second = await store.recordAssessment(
          assessment({
            createdBy: SAM,
            scores: [
              { vector: 'documentation', score: 5, rationale: 'better' },
            ],
            source: 'evidence',
            rubricVersion: '2026.2',
            at: at(2),
          }),
        );

        const current = await store.getCurrentScores([ENTITY]);
        const byVector = new Map(current.map(c => [c.vector, c]));
        expect(current).toHaveLength(2);
        expect(byVector.get('documentation')).toMatchObject({
          score: 5,
          rationale: 'better',
          source: 'evidence',
          recordedBy: SAM,
          recordedAt: at(2),
          rubricVersion: '2026.2',
          assessmentId: second.assessment.id,
        });
        expect(byVector.get('operability')).toMatchObject({
          score: 2,
          source: 'assessment',
          recordedBy: JO,
          recordedAt: at(1),
          rubricVersion: '2026.1',
          assessmentId: first.assessment.id,
        });

        // History is appended, never updated: the old documentation score is still there.
        const history = await store.getHistory({
          entityRef: ENTITY,
          vector: 'documentation',
          limit: 10,
        });
        expect(
          history.map(h => [h.score, h.assessmentId, h.recordedAt]),
        ).toEqual([
          [3, first.assessment.id, at(1)],
          [5, second.assessment.id, at(2)],
        ]);
        expect(await countRows(knex)).toEqual({
          maturity_assessments: 2,
          maturity_score_history: 3,
          maturity_current_scores: 2,
          maturity_ratings: 0,
        });
      });

      it('answers with the scores and level the write left, and a replay with those of now', async () => {
        const knex = await databases.init(databaseId);
        const store = await DatabaseMaturityStore.create(
          mockServices.database({ knex }),
          { levelOptions: { minCoverage: 0, rule: 'weakest-link' } },
        );
        const byVector = (scores: Array<{ vector: string }>) =>
          [...scores].sort((a, b) => a.vector.localeCompare(b.vector));
        await store.recordAssessment(
          assessment({
            createdBy: SAM,
            scores: [
              { vector: 'happiness', score: 1 },
              { vector: 'stability', score: 4 },
            ],
            at: at(1),
          }),
        );

        const keyed = assessment({
          scores: [
            { vector: 'happiness', score: 5 },
            { vector: 'documentation', score: 3 },
          ],
          idempotencyKey: 'k',
          at: at(2),
        });
        const { current } = await store.recordAssessment(keyed);
        // What a read after the write gives, subjective medians and ratings included.
        expect(byVector(current.scores)).toEqual(
          byVector(await store.getCurrentScores([ENTITY])),
        );
        expect(
          current.scores.find(s => s.vector === 'happiness'),
        ).toMatchObject({
          score: 1,
          ratings: { count: 2, min: 1, max: 5 },
        });
        // The level of the configured rule, the same the store keeps for roll-ups.
        expect(current.level).toEqual({
          value: 1,
          rule: 'weakest-link',
          coverage: 3 / 15,
          pulledDownBy: ['happiness'],
        });
        const [stored] = await knex('maturity_entity_levels').where({
          entity_ref: ENTITY,
        });
        expect(Number(stored.level)).toBe(current.level.value);

        await store.recordAssessment(
          assessment({
            createdBy: SAM,
            scores: [{ vector: 'stability', score: 0 }],
            at: at(3),
          }),
        );
        const replay = await store.recordAssessment({ ...keyed, at: at(4) });
        expect(replay.replayed).toBe(true);
        expect(
          replay.current.scores.find(s => s.vector === 'stability')?.score,
        ).toBe(0);
        expect(replay.current.level).toMatchObject({
          value: 0,
          pulledDownBy: ['stability'],
        });
      });

      it('keeps the scores of different entities apart', async () => {
        const { store } = await createStore(databaseId);
        await store.recordAssessment(assessment({ at: at(1) }));
        await store.recordAssessment(
          assessment({
            entityRef: OTHER_ENTITY,
            scores: [{ vector: 'documentation', score: 1 }],
            at: at(2),
          }),
        );

        const [foo] = await store.getCurrentScores([ENTITY]);
        const [bar] = await store.getCurrentScores([OTHER_ENTITY]);
        expect([foo.entityRef, foo.score]).toEqual([ENTITY, 3]);
        expect([bar.entityRef, bar.score]).toEqual([OTHER_ENTITY, 1]);
        expect(
          await store.getCurrentScores(['component:default/none']),
        ).toEqual([]);
        expect(await store.getCurrentScores([])).toEqual([]);
      });
    });

    describe('subjective vectors', () => {
      it.each(['happiness', 'ease-of-use', 'usability'] as VectorId[])(
        'keeps one rating per person for %s and scores the lower median',
        async vector => {
          const { knex, store } = await createStore(databaseId);
          const rate = (rater: string, score: number, seconds: number) =>
            store.recordAssessment(
              assessment({
                createdBy: rater,
                scores: [{ vector, score }],
                at: at(seconds),
              }),
            );
          const current = async () => {
            const scores = await store.getCurrentScores([ENTITY]);
            expect(scores).toHaveLength(1);
            return scores[0];
          };

          await rate('user:default/a', 5, 1);
          expect(await current()).toMatchObject({
            vector,
            score: 5,
            ratings: { count: 1, min: 5, max: 5 },
          });

          await rate('user:default/b', 1, 2);
          expect(await current()).toMatchObject({
            score: 1, // lower median of [1, 5]
            ratings: { count: 2, min: 1, max: 5 },
          });

          await rate('user:default/c', 3, 3);
          expect(await current()).toMatchObject({
            score: 3, // [1, 3, 5]
            ratings: { count: 3, min: 1, max: 5 },
          });

          // a's second rating replaces the first: [1, 2, 3], not [1, 2, 3, 5]
          await rate('user:default/a', 2, 4);
          expect(await current()).toMatchObject({
            score: 2,
            recordedBy: 'user:default/a',
            recordedAt: at(4),
            ratings: { count: 3, min: 1, max: 3 },
          });

          await rate('user:default/d', 4, 5);
          expect(await current()).toMatchObject({
            score: 2, // lower median of [1, 2, 3, 4]
            ratings: { count: 4, min: 1, max: 4 },
          });

          const ratings = await knex('maturity_ratings')
            .where({ entity_ref: ENTITY, vector })
            .orderBy('rater')
            .select('rater', 'score');
          expect(ratings.map(r => [r.rater, Number(r.score)])).toEqual([
            ['user:default/a', 2],
            ['user:default/b', 1],
            ['user:default/c', 3],
            ['user:default/d', 4],
          ]);

          // Every rating is in the history, as the summary at that moment.
          const history = await store.getHistory({
            entityRef: ENTITY,
            vector,
            limit: 10,
          });
          expect(history.map(h => h.score)).toEqual([5, 1, 3, 2, 2]);
        },
      );

      it('keeps a person’s newer rating over a late older one, and counts older ratings of others', async () => {
        const { knex, store } = await createStore(databaseId);
        const rate = (rater: string, score: number, seconds: number) =>
          store.recordAssessment(
            assessment({
              createdBy: rater,
              scores: [{ vector: 'happiness', score }],
              at: at(seconds),
            }),
          );

        await rate('user:default/a', 5, 20);
        // a's rating from earlier arrives late: it goes to history but does not replace 5
        await rate('user:default/a', 1, 10);
        const [afterLate] = await store.getCurrentScores([ENTITY]);
        expect(afterLate).toMatchObject({
          score: 5,
          recordedAt: at(20),
          ratings: { count: 1, min: 5, max: 5 },
        });
        const [rating] = await knex('maturity_ratings').select();
        expect(Number(rating.score)).toBe(5);

        // b's first rating is older than the current row, yet it is one of the current ratings
        await rate('user:default/b', 0, 5);
        const [afterB] = await store.getCurrentScores([ENTITY]);
        expect(afterB).toMatchObject({
          score: 0, // lower median of [0, 5]
          recordedAt: at(20),
          ratings: { count: 2, min: 0, max: 5 },
        });
        expect(
          (await store.getHistory({ entityRef: ENTITY, limit: 10 })).length,
        ).toBe(3);
      });

      it('gives a non-subjective vector no ratings and keeps ratings per entity', async () => {
        const { knex, store } = await createStore(databaseId);
        await store.recordAssessment(
          assessment({
            scores: [
              { vector: 'documentation', score: 4 },
              { vector: 'happiness', score: 2 },
            ],
            at: at(1),
          }),
        );
        await store.recordAssessment(
          assessment({
            entityRef: OTHER_ENTITY,
            createdBy: SAM,
            scores: [{ vector: 'happiness', score: 5 }],
            at: at(2),
          }),
        );

        const current = await store.getCurrentScores([ENTITY]);
        const byVector = new Map(current.map(c => [c.vector, c]));
        expect(byVector.get('documentation')?.ratings).toBeUndefined();
        expect(byVector.get('documentation')?.score).toBe(4);
        expect(byVector.get('happiness')).toMatchObject({
          score: 2,
          ratings: { count: 1, min: 2, max: 2 },
        });
        expect(
          await rowCount(knex, 'maturity_ratings', { entity_ref: ENTITY }),
        ).toBe(1);
        const [bar] = await store.getCurrentScores([OTHER_ENTITY]);
        expect(bar).toMatchObject({
          score: 5,
          ratings: { count: 1, min: 5, max: 5 },
        });
      });
    });

    describe('idempotency', () => {
      it('replays the first assessment for the same key and request and stores nothing more', async () => {
        const { knex, store } = await createStore(databaseId);
        const request = assessment({
          idempotencyKey: 'retry-1',
          scores: [
            { vector: 'documentation', score: 3 },
            { vector: 'happiness', score: 4 },
          ],
          at: at(1),
        });
        const first = await store.recordAssessment(request);
        const before = await countRows(knex);
        expect(before).toEqual({
          maturity_assessments: 1,
          maturity_score_history: 2,
          maturity_current_scores: 2,
          maturity_ratings: 1,
        });

        const again = await store.recordAssessment({ ...request, at: at(9) });

        expect(first.replayed).toBe(false);
        expect(again.replayed).toBe(true);
        expect(again.assessment).toEqual(first.assessment);
        expect(again.assessment.createdAt).toEqual(at(1));
        expect(await countRows(knex)).toEqual(before);
      });

      it('refuses the same key with a different request and names the key', async () => {
        const { knex, store } = await createStore(databaseId);
        await store.recordAssessment(
          assessment({ idempotencyKey: 'retry-2', requestHash: 'hash-a' }),
        );
        const before = await countRows(knex);

        const attempt = store.recordAssessment(
          assessment({
            idempotencyKey: 'retry-2',
            requestHash: 'hash-b',
            scores: [{ vector: 'documentation', score: 5 }],
          }),
        );
        await expect(attempt).rejects.toThrow(ConflictError);
        await expect(attempt).rejects.toThrow(/retry-2/);
        expect(await countRows(knex)).toEqual(before);
        const [current] = await store.getCurrentScores([ENTITY]);
        expect(current.score).toBe(3);
      });

      it('treats the same key of another user as a different request', async () => {
        const { knex, store } = await createStore(databaseId);
        const mine = await store.recordAssessment(
          assessment({ idempotencyKey: 'shared', at: at(1) }),
        );
        const theirs = await store.recordAssessment(
          assessment({
            createdBy: SAM,
            idempotencyKey: 'shared',
            requestHash: 'another-hash',
            scores: [{ vector: 'documentation', score: 1 }],
            at: at(2),
          }),
        );

        expect(theirs.replayed).toBe(false);
        expect(theirs.assessment.id).not.toBe(mine.assessment.id);
        expect(theirs.assessment.createdBy).toBe(SAM);
        expect((await countRows(knex)).maturity_assessments).toBe(2);
      });

      it('stores every request without a key as a new assessment', async () => {
        const { knex, store } = await createStore(databaseId);
        const a = await store.recordAssessment(assessment());
        const b = await store.recordAssessment(assessment());
        expect(a.replayed).toBe(false);
        expect(b.replayed).toBe(false);
        expect(a.assessment.id).not.toBe(b.assessment.id);
        expect((await countRows(knex)).maturity_assessments).toBe(2);
      });

      it('stores one assessment for 10 concurrent duplicates', async () => {
        const { knex, store } = await createStore(databaseId);
        const request = assessment({
          idempotencyKey: 'double-click',
          scores: [
            { vector: 'documentation', score: 3 },
            { vector: 'happiness', score: 2 },
          ],
        });

        const results = await Promise.all(
          Array.from({ length: 10 }, () => store.recordAssessment(request)),
        );

        const ids = new Set(results.map(r => r.assessment.id));
        expect(ids.size).toBe(1);
        expect(results.filter(r => !r.replayed)).toHaveLength(1);
        expect(await countRows(knex)).toEqual({
          maturity_assessments: 1,
          maturity_score_history: 2,
          maturity_current_scores: 2,
          maturity_ratings: 1,
        });
        const [row] = await knex('maturity_assessments').select('id');
        expect(row.id).toBe([...ids][0]);
      });

      it('refuses concurrent requests with the same key but different bodies, except one', async () => {
        const { knex, store } = await createStore(databaseId);
        const results = await Promise.allSettled(
          Array.from({ length: 6 }, (_, i) =>
            store.recordAssessment(
              assessment({
                idempotencyKey: 'racing',
                requestHash: `hash-${i}`,
                scores: [{ vector: 'documentation', score: i % 6 }],
              }),
            ),
          ),
        );

        const fulfilled = results.filter(r => r.status === 'fulfilled');
        const rejected = results.filter(
          (r): r is PromiseRejectedResult => r.status === 'rejected',
        );
        expect(fulfilled).toHaveLength(1);
        expect(rejected).toHaveLength(5);
        for (const r of rejected) {
          expect(r.reason).toBeInstanceOf(ConflictError);
        }
        expect(await countRows(knex)).toMatchObject({
          maturity_assessments: 1,
          maturity_score_history: 1,
          maturity_current_scores: 1,
        });
      });
    });

    describe('concurrency', () => {
      async function checkCurrentIsLatestHistory(
        knex: Knex,
        entityRef: string,
      ) {
        const history: RawHistoryRow[] = await knex('maturity_score_history')
          .where('entity_ref', entityRef)
          .select();
        const current: RawCurrentRow[] = await knex('maturity_current_scores')
          .where('entity_ref', entityRef)
          .select();
        const vectors = [...new Set(history.map(h => h.vector))].sort();
        expect(current.map(c => c.vector).sort()).toEqual(vectors);
        for (const vector of vectors) {
          const rows = history
            .filter(h => h.vector === vector)
            .sort(
              (a, b) =>
                toDate(a.recorded_at).getTime() -
                  toDate(b.recorded_at).getTime() ||
                Number(a.id) - Number(b.id),
            );
          const last = rows[rows.length - 1];
          const row = current.find(c => c.vector === vector)!;
          expect({
            vector,
            historyId: String(row.history_id),
            score: Number(row.score),
            assessmentId: row.assessment_id,
            recordedAt: toDate(row.recorded_at).getTime(),
          }).toEqual({
            vector,
            historyId: String(last.id),
            score: Number(last.score),
            assessmentId: last.assessment_id,
            recordedAt: toDate(last.recorded_at).getTime(),
          });
        }
        return history;
      }

      it.each([
        ['distinct users', (i: number) => `user:default/u${i}`],
        ['one user', (_i: number) => JO],
      ])(
        'stores all of 50 parallel assessments by %s and keeps the latest as current',
        async (_name, userOf) => {
          const { knex, store } = await createStore(databaseId);
          // 45 distinct moments in shuffled order and 5 repeated ones; the latest moment,
          // at(44), is shared by four assessments and the last one submitted is the earliest.
          const moments = [at(44), at(20), at(44)]
            .concat(shuffle(Array.from({ length: 45 }, (_, i) => at(i))))
            .concat([at(44), at(0)]);
          expect(moments).toHaveLength(50);
          const inputs = moments.map((moment, i) =>
            assessment({
              createdBy: userOf(i),
              requestHash: `hash-${i}`,
              // Alternate the order of the vectors, as clients send them as they like.
              scores:
                i % 2 === 0
                  ? [
                      { vector: 'documentation', score: i % 6 },
                      { vector: 'operability', score: (i + 1) % 6 },
                      { vector: 'stability', score: (i + 2) % 6 },
                    ]
                  : [
                      { vector: 'stability', score: (i + 2) % 6 },
                      { vector: 'operability', score: (i + 1) % 6 },
                      { vector: 'documentation', score: i % 6 },
                    ],
              at: moment,
            }),
          );

          const results = await Promise.all(
            inputs.map(input => store.recordAssessment(input)),
          );

          expect(new Set(results.map(r => r.assessment.id)).size).toBe(50);
          expect(await countRows(knex, ENTITY)).toEqual({
            maturity_assessments: 50,
            maturity_score_history: 150,
            maturity_current_scores: 3,
            maturity_ratings: 0,
          });
          const history = await checkCurrentIsLatestHistory(knex, ENTITY);
          for (const vector of ['documentation', 'operability', 'stability']) {
            expect(history.filter(h => h.vector === vector)).toHaveLength(50);
          }
          // The latest moment is at(44), which four assessments share.
          const current = await store.getCurrentScores([ENTITY]);
          for (const score of current) {
            expect(score.recordedAt).toEqual(at(44));
          }
        },
      );

      it('counts every rating of 30 people rating a subjective vector at once', async () => {
        const { knex, store } = await createStore(databaseId);
        const ratings = Array.from({ length: 30 }, (_, i) => (i * 7) % 6);
        const moments = shuffle(
          Array.from({ length: 30 }, (_, i) => at(i)),
          7,
        );

        await Promise.all(
          ratings.map((score, i) =>
            store.recordAssessment(
              assessment({
                createdBy: `user:default/u${i}`,
                scores: [{ vector: 'happiness', score }],
                at: moments[i],
              }),
            ),
          ),
        );

        expect(
          await rowCount(knex, 'maturity_ratings', {
            entity_ref: ENTITY,
            vector: 'happiness',
          }),
        ).toBe(30);
        expect((await countRows(knex, ENTITY)).maturity_score_history).toBe(30);
        const [current] = await store.getCurrentScores([ENTITY]);
        expect(current).toMatchObject({
          vector: 'happiness',
          score: lowerMedian(ratings),
          ratings: {
            count: 30,
            min: Math.min(...ratings),
            max: Math.max(...ratings),
          },
        });
      });
    });

    describe('atomicity', () => {
      const notNull = /NOT NULL constraint failed|violates not-null constraint/;
      const failing: Array<[string, NewAssessment['scores'], RegExp]> = [
        [
          'a missing score',
          [
            { vector: 'documentation', score: 3 },
            { vector: 'operability', score: null as any },
          ],
          notNull,
        ],
        [
          'a missing subjective rating',
          [
            { vector: 'documentation', score: 3 },
            { vector: 'happiness', score: null as any },
          ],
          notNull,
        ],
        [
          'an unknown vector',
          [
            { vector: 'happiness', score: 3 },
            { vector: 'x'.repeat(100) as VectorId, score: 2 },
          ],
          /subjective/,
        ],
      ];

      it.each(failing)(
        'stores nothing when the second score fails: %s',
        async (_name, scores, error) => {
          const { knex, store } = await createStore(databaseId);

          expect(
            await rejection(store.recordAssessment(assessment({ scores }))),
          ).toMatch(error);

          expect(await countRows(knex, ENTITY)).toEqual({
            maturity_assessments: 0,
            maturity_score_history: 0,
            maturity_current_scores: 0,
            maturity_ratings: 0,
          });
        },
      );

      it.each(failing)(
        'leaves earlier scores as they were when an assessment fails: %s',
        async (_name, scores, error) => {
          const { knex, store } = await createStore(databaseId);
          const earlier = await store.recordAssessment(
            assessment({
              scores: [
                { vector: 'documentation', score: 1 },
                { vector: 'happiness', score: 1 },
              ],
              at: at(1),
            }),
          );
          const before = await countRows(knex);

          expect(
            await rejection(
              store.recordAssessment(
                assessment({ scores, idempotencyKey: 'k', at: at(2) }),
              ),
            ),
          ).toMatch(error);

          expect(await countRows(knex)).toEqual(before);
          const current = await store.getCurrentScores([ENTITY]);
          expect(
            current.map(c => [c.vector, c.score, c.assessmentId]).sort(),
          ).toEqual([
            ['documentation', 1, earlier.assessment.id],
            ['happiness', 1, earlier.assessment.id],
          ]);

          // Nothing was stored under the key, so a corrected retry goes through.
          const retry = await store.recordAssessment(
            assessment({
              idempotencyKey: 'k',
              scores: [{ vector: 'documentation', score: 4 }],
              requestHash: 'corrected',
              at: at(3),
            }),
          );
          expect(retry.replayed).toBe(false);
          const [doc] = (await store.getCurrentScores([ENTITY])).filter(
            c => c.vector === 'documentation',
          );
          expect(doc.score).toBe(4);
        },
      );

      if (databaseId === 'POSTGRES_15') {
        it('rolls back when PostgreSQL refuses the second score', async () => {
          const { knex, store } = await createStore(databaseId);

          expect(
            await rejection(
              store.recordAssessment(
                assessment({
                  scores: [
                    { vector: 'documentation', score: 3 },
                    // fine for JavaScript, out of range for an integer column
                    { vector: 'operability', score: 2 ** 40 },
                  ],
                }),
              ),
            ),
          ).toMatch(/out of range/);

          expect(await countRows(knex, ENTITY)).toEqual({
            maturity_assessments: 0,
            maturity_score_history: 0,
            maturity_current_scores: 0,
            maturity_ratings: 0,
          });
        });
      }
    });

    describe('getHistory', () => {
      /**
       * documentation: 1@t1, 2@t2, 3@t3, 4@t3 (same moment), 5@t4
       * operability:   1@t1, 3@t3
       * plus another entity's rows that must never show up.
       */
      async function seed(store: DatabaseMaturityStore) {
        const record = (
          scores: NewAssessment['scores'],
          seconds: number,
          entityRef = ENTITY,
        ) =>
          store.recordAssessment(
            assessment({ entityRef, scores, at: at(seconds) }),
          );
        await record(
          [
            { vector: 'documentation', score: 1 },
            { vector: 'operability', score: 1 },
          ],
          1,
        );
        await record([{ vector: 'documentation', score: 0 }], 2, OTHER_ENTITY);
        await record([{ vector: 'documentation', score: 2 }], 2);
        await record(
          [
            { vector: 'documentation', score: 3 },
            { vector: 'operability', score: 3 },
          ],
          3,
        );
        await record([{ vector: 'documentation', score: 4 }], 3);
        await record([{ vector: 'documentation', score: 5 }], 4);
      }

      const summary = (entries: HistoryEntry[]) =>
        entries.map(e => `${e.vector}:${e.score}`);

      async function allPages(
        store: DatabaseMaturityStore,
        options: Omit<
          Parameters<DatabaseMaturityStore['getHistory']>[0],
          'after'
        >,
      ) {
        const rows: HistoryEntry[] = [];
        let after: { at: Date; id: string } | undefined;
        for (let page = 0; page < 100; page++) {
          const batch = await store.getHistory({ ...options, after });
          expect(batch.length).toBeLessThanOrEqual(options.limit);
          if (batch.length === 0) break;
          rows.push(...batch);
          const last = batch[batch.length - 1];
          after = { at: last.recordedAt, id: last.id };
        }
        return rows;
      }

      it('returns one entity in time order, ties by id', async () => {
        const { store } = await createStore(databaseId);
        await seed(store);

        const all = await store.getHistory({ entityRef: ENTITY, limit: 100 });
        expect(summary(all)).toEqual([
          'documentation:1',
          'operability:1',
          'documentation:2',
          'documentation:3',
          'operability:3',
          'documentation:4',
          'documentation:5',
        ]);
        expect(all.every(e => e.entityRef === ENTITY)).toBe(true);
        const ids = all.map(e => Number(e.id));
        expect([...ids].sort((a, b) => a - b)).toEqual(ids);
        expect(new Set(all.map(e => e.id)).size).toBe(7);
      });

      it('filters by vector', async () => {
        const { store } = await createStore(databaseId);
        await seed(store);

        const operability = await store.getHistory({
          entityRef: ENTITY,
          vector: 'operability',
          limit: 100,
        });
        expect(summary(operability)).toEqual([
          'operability:1',
          'operability:3',
        ]);
        expect(
          await store.getHistory({
            entityRef: ENTITY,
            vector: 'recoverability',
            limit: 100,
          }),
        ).toEqual([]);
      });

      it('applies inclusive from and to bounds', async () => {
        const { store } = await createStore(databaseId);
        await seed(store);

        const between = await store.getHistory({
          entityRef: ENTITY,
          vector: 'documentation',
          from: at(2),
          to: at(3),
          limit: 100,
        });
        expect(summary(between)).toEqual([
          'documentation:2',
          'documentation:3',
          'documentation:4',
        ]);

        // One millisecond inside the bounds excludes the rows on them.
        const inside = await store.getHistory({
          entityRef: ENTITY,
          vector: 'documentation',
          from: new Date(at(2).getTime() + 1),
          to: new Date(at(3).getTime() - 1),
          limit: 100,
        });
        expect(inside).toEqual([]);

        const fromOnly = await store.getHistory({
          entityRef: ENTITY,
          from: at(3),
          limit: 100,
        });
        expect(summary(fromOnly)).toEqual([
          'documentation:3',
          'operability:3',
          'documentation:4',
          'documentation:5',
        ]);

        const toOnly = await store.getHistory({
          entityRef: ENTITY,
          to: at(1),
          limit: 100,
        });
        expect(summary(toOnly)).toEqual(['documentation:1', 'operability:1']);
      });

      it('honours the limit', async () => {
        const { store } = await createStore(databaseId);
        await seed(store);
        const firstThree = await store.getHistory({
          entityRef: ENTITY,
          limit: 3,
        });
        expect(summary(firstThree)).toEqual([
          'documentation:1',
          'operability:1',
          'documentation:2',
        ]);
      });

      it.each([1, 2, 3, 4, 6])(
        'pages with after through every row exactly once (page size %i)',
        async limit => {
          const { store } = await createStore(databaseId);
          await seed(store);
          const all = await store.getHistory({ entityRef: ENTITY, limit: 100 });

          const paged = await allPages(store, { entityRef: ENTITY, limit });
          expect(paged.map(e => e.id)).toEqual(all.map(e => e.id));

          const pagedVector = await allPages(store, {
            entityRef: ENTITY,
            vector: 'documentation',
            from: at(2),
            limit,
          });
          expect(summary(pagedVector)).toEqual([
            'documentation:2',
            'documentation:3',
            'documentation:4',
            'documentation:5',
          ]);
        },
      );

      it('pages through many rows sharing one moment', async () => {
        const { store } = await createStore(databaseId);
        for (let i = 0; i < 12; i++) {
          await store.recordAssessment(
            assessment({
              scores: [{ vector: 'documentation', score: i % 6 }],
              at: at(i < 10 ? 5 : 6),
            }),
          );
        }
        const all = await store.getHistory({ entityRef: ENTITY, limit: 100 });
        expect(all).toHaveLength(12);

        const paged = await allPages(store, { entityRef: ENTITY, limit: 4 });
        expect(paged.map(e => e.id)).toEqual(all.map(e => e.id));
        expect(new Set(paged.map(e => e.id)).size).toBe(12);
      });
    });

    describe('listAssessments', () => {
      it('lists one entity newest first and pages with before', async () => {
        const { store } = await createStore(databaseId);
        const created: StoredAssessment[] = [];
        for (const seconds of [1, 3, 2, 3, 3, 5, 4]) {
          created.push(
            (
              await store.recordAssessment(
                assessment({
                  at: at(seconds),
                  scores: [{ vector: 'documentation', score: seconds }],
                }),
              )
            ).assessment,
          );
        }
        await store.recordAssessment(
          assessment({ entityRef: OTHER_ENTITY, at: at(9) }),
        );

        const expected = [...created].sort(
          (a, b) =>
            b.createdAt.getTime() - a.createdAt.getTime() ||
            (a.id < b.id ? 1 : -1),
        );
        const all = await store.listAssessments({
          entityRef: ENTITY,
          limit: 100,
        });
        expect(all.map(a => a.id)).toEqual(expected.map(a => a.id));
        expect(all.map(a => a.createdAt.getTime() - BASE)).toEqual([
          5123, 4123, 3123, 3123, 3123, 2123, 1123,
        ]);
        expect(all[0]).toEqual(created[5]);

        for (const limit of [1, 2, 3]) {
          const paged: StoredAssessment[] = [];
          let before: { at: Date; id: string } | undefined;
          for (let page = 0; page < 100; page++) {
            const batch = await store.listAssessments({
              entityRef: ENTITY,
              before,
              limit,
            });
            expect(batch.length).toBeLessThanOrEqual(limit);
            if (batch.length === 0) break;
            paged.push(...batch);
            const last = batch[batch.length - 1];
            before = { at: last.createdAt, id: last.id };
          }
          expect(paged.map(a => a.id)).toEqual(expected.map(a => a.id));
        }
      });

      it('returns nothing for an entity without assessments', async () => {
        const { store } = await createStore(databaseId);
        await store.recordAssessment(assessment());
        expect(
          await store.listAssessments({ entityRef: OTHER_ENTITY, limit: 10 }),
        ).toEqual([]);
      });
    });

    describe('listCurrentScores', () => {
      const entities = ['a', 'b', 'c'].map(n => `component:default/${n}`);

      async function seed(store: DatabaseMaturityStore) {
        for (const [i, entityRef] of [...entities].reverse().entries()) {
          await store.recordAssessment(
            assessment({
              entityRef,
              scores: [
                { vector: 'stability', score: 1 },
                { vector: 'documentation', score: 2 },
                { vector: 'happiness', score: 3 },
              ],
              at: at(i),
            }),
          );
        }
      }

      const keys = (scores: { entityRef: string; vector: string }[]) =>
        scores.map(s => `${s.entityRef.slice(-1)}/${s.vector}`);

      it('orders by entity and vector and pages with after', async () => {
        const { store } = await createStore(databaseId);
        await seed(store);

        const all = await store.listCurrentScores({ limit: 100 });
        expect(keys(all)).toEqual([
          'a/documentation',
          'a/happiness',
          'a/stability',
          'b/documentation',
          'b/happiness',
          'b/stability',
          'c/documentation',
          'c/happiness',
          'c/stability',
        ]);
        expect(all.find(s => s.vector === 'happiness')?.ratings).toEqual({
          count: 1,
          min: 3,
          max: 3,
        });

        for (const limit of [1, 2, 4]) {
          const paged: string[] = [];
          let after: { entityRef: string; vector: string } | undefined;
          for (let page = 0; page < 100; page++) {
            const batch = await store.listCurrentScores({ after, limit });
            expect(batch.length).toBeLessThanOrEqual(limit);
            if (batch.length === 0) break;
            paged.push(...keys(batch));
            const last = batch[batch.length - 1];
            after = { entityRef: last.entityRef, vector: last.vector };
          }
          expect(paged).toEqual(keys(all));
        }
      });

      it('filters by entity refs', async () => {
        const { store } = await createStore(databaseId);
        await seed(store);

        const some = await store.listCurrentScores({
          entityRefs: [entities[2], entities[0], 'component:default/none'],
          limit: 100,
        });
        expect(keys(some)).toEqual([
          'a/documentation',
          'a/happiness',
          'a/stability',
          'c/documentation',
          'c/happiness',
          'c/stability',
        ]);

        const page = await store.listCurrentScores({
          entityRefs: [entities[2], entities[0]],
          after: { entityRef: entities[0], vector: 'happiness' },
          limit: 2,
        });
        expect(keys(page)).toEqual(['a/stability', 'c/documentation']);
      });

      it('returns nothing for an empty list of entity refs', async () => {
        const { store } = await createStore(databaseId);
        await seed(store);
        expect(
          await store.listCurrentScores({ entityRefs: [], limit: 100 }),
        ).toEqual([]);
        expect(
          await store.listCurrentScores({
            entityRefs: [],
            after: { entityRef: entities[0], vector: 'documentation' },
            limit: 100,
          }),
        ).toEqual([]);
      });
    });

    describe('many entity refs', () => {
      const refs = Array.from(
        { length: 1234 },
        (_, i) => `component:default/e${String(i).padStart(4, '0')}`,
      );
      // Entities in the first, second and last chunk of 500.
      const stored = [refs[3], refs[499], refs[500], refs[777], refs[1233]];

      async function seed(store: DatabaseMaturityStore) {
        for (const [i, entityRef] of stored.entries()) {
          await store.recordAssessment(
            assessment({
              entityRef,
              scores: [
                { vector: 'documentation', score: i },
                { vector: 'operability', score: 5 - i },
              ],
              at: at(i),
            }),
          );
        }
        await store.recordAssessment(
          assessment({ entityRef: OTHER_ENTITY, at: at(9) }),
        );
      }

      it('getCurrentScores finds entities in every chunk of a long list', async () => {
        const { store } = await createStore(databaseId);
        await seed(store);

        const scores = await store.getCurrentScores(shuffle(refs, 3));
        expect(
          scores.map(s => `${s.entityRef}/${s.vector}=${s.score}`).sort(),
        ).toEqual(
          stored
            .flatMap((ref, i) => [
              `${ref}/documentation=${i}`,
              `${ref}/operability=${5 - i}`,
            ])
            .sort(),
        );
      });

      it('getCurrentScores reads more than 500 entities that all have scores', async () => {
        const { knex, store } = await createStore(databaseId);
        const many = refs.slice(0, 1100);
        const { assessment: seedAssessment } = await store.recordAssessment(
          assessment({ at: at(1) }),
        );
        const rows = many.map((entityRef, i) => ({
          entity_ref: entityRef,
          vector: 'documentation',
          score: i % 6,
          rationale: null,
          source: 'import',
          recorded_by: JO,
          recorded_at: at(1),
          rubric_version: '2026.1',
          assessment_id: seedAssessment.id,
          history_id: i + 1000,
          rating_count: null,
          rating_min: null,
          rating_max: null,
        }));
        await knex.batchInsert('maturity_current_scores', rows, 100);

        const scores = await store.getCurrentScores(many);
        expect(scores).toHaveLength(1100);
        expect(new Set(scores.map(s => s.entityRef))).toEqual(new Set(many));
        const byRef = new Map(scores.map(s => [s.entityRef, s]));
        expect(byRef.get(many[1099])).toMatchObject({
          score: 1099 % 6,
          source: 'import',
          recordedAt: at(1),
        });
      });

      it('listCurrentScores filters by more than 500 refs, with pages', async () => {
        const { store } = await createStore(databaseId);
        await seed(store);

        const all = await store.listCurrentScores({
          entityRefs: refs,
          limit: 100,
        });
        const expected = stored.flatMap(ref => [
          `${ref}/documentation`,
          `${ref}/operability`,
        ]);
        expect(all.map(s => `${s.entityRef}/${s.vector}`)).toEqual(expected);

        const paged: string[] = [];
        let after: { entityRef: string; vector: string } | undefined;
        for (let page = 0; page < 100; page++) {
          const batch = await store.listCurrentScores({
            entityRefs: refs,
            after,
            limit: 3,
          });
          if (batch.length === 0) break;
          paged.push(...batch.map(s => `${s.entityRef}/${s.vector}`));
          const last = batch[batch.length - 1];
          after = { entityRef: last.entityRef, vector: last.vector };
        }
        expect(paged).toEqual(expected);
      });
    });

    describe('timestamps', () => {
      it.each([
        '2026-03-04T05:06:07.891Z',
        '2026-12-31T23:59:59.999Z',
        '2027-01-01T00:00:00.001Z',
        '1999-06-15T12:00:00.500Z',
      ])('keeps %s to the millisecond', async iso => {
        const { store } = await createStore(databaseId);
        const moment = new Date(iso);

        const { assessment: stored } = await store.recordAssessment(
          assessment({
            scores: [
              { vector: 'documentation', score: 2 },
              { vector: 'happiness', score: 4 },
            ],
            at: moment,
          }),
        );
        expect(stored.createdAt.toISOString()).toBe(iso);

        const [listed] = await store.listAssessments({
          entityRef: ENTITY,
          limit: 1,
        });
        expect(listed.createdAt).toBeInstanceOf(Date);
        expect(listed.createdAt.toISOString()).toBe(iso);

        const history = await store.getHistory({
          entityRef: ENTITY,
          limit: 10,
        });
        expect(history.map(h => h.recordedAt.toISOString())).toEqual([
          iso,
          iso,
        ]);

        const current = await store.getCurrentScores([ENTITY]);
        expect(current.map(c => c.recordedAt.toISOString())).toEqual([
          iso,
          iso,
        ]);

        // The bounds compare to the millisecond too.
        const exact = await store.getHistory({
          entityRef: ENTITY,
          from: moment,
          to: moment,
          limit: 10,
        });
        expect(exact).toHaveLength(2);
        const later = await store.getHistory({
          entityRef: ENTITY,
          from: new Date(moment.getTime() + 1),
          limit: 10,
        });
        expect(later).toEqual([]);
      });
    });
  });
});
