import { createTestDatabases, rowCount } from '@agile-ops/test-utils';
import { RUBRIC_VERSION } from '@agile-ops/plugin-maturity-common';
import { AuditorService } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Access } from '@agile-ops/backend-common';
import { toDate } from '@agile-ops/common';
import { Knex } from 'knex';
import {
  byEntityAndVector,
  expectedCurrentScores,
  LOAD_INSTANTS,
  planBurst,
  PlannedWrite,
  WriteAnswer,
} from '../__testUtils__/assessmentLoad';
import { assessPermissionFor } from '../__testUtils__/assessPermission';
import { catalogEntity } from '../__testUtils__/catalogEntities';
import { openMaturityStore } from '../__testUtils__/maturityStore';
import {
  countedCatalog,
  expectCountsMatchScores,
  syncCatalog,
} from '../__testUtils__/scopeCounts';
import { ScopeCounts } from '../rollups/ScopeCounts';
import { hidingCatalog, hidingPermissions } from '../__testUtils__/visibility';
import { assessmentRequestHash } from '../service/assessmentInput';
import { EntityLookup } from '../service/EntityLookup';
import { MaturityService } from '../service/MaturityService';
import { readMaturitySettings } from '../service/settings';
import { DatabaseMaturityStore } from './DatabaseMaturityStore';

jest.setTimeout(120_000);

const USERS = ['user:default/jo', 'user:default/sam'];
const NOBODY_HIDDEN = { users: [], refs: [] };

/** Sends one planned assessment and reports how it was answered. */
type Writer = (write: PlannedWrite) => Promise<WriteAnswer>;

/** Records straight into the store, at the moment the plan gives. */
function storeWriter(store: DatabaseMaturityStore): Writer {
  return async write => {
    const { assessment, replayed } = await store.recordAssessment({
      entityRef: write.entityRef,
      createdBy: write.createdBy,
      source: 'assessment',
      rubricVersion: RUBRIC_VERSION,
      scores: write.scores,
      idempotencyKey: write.idempotencyKey,
      requestHash: assessmentRequestHash(write.entityRef, {
        scores: write.scores,
      }),
      at: write.at,
    });
    return { id: assessment.id, createdAt: assessment.createdAt, replayed };
  };
}

/**
 * Assesses through MaturityService as the planned user, with the catalog lookup, permission
 * check and audit of a real request. Its clock steps through a few instants, so that writes
 * tie on time; which instant a write got is read from its answer.
 */
function serviceWriter(
  store: DatabaseMaturityStore,
  entityRefs: string[],
): Writer {
  const entities = entityRefs.map(ref =>
    catalogEntity('component', ref.split('/')[1]),
  );
  const { catalog } = hidingCatalog(entities, NOBODY_HIDDEN);
  const permissions = hidingPermissions(NOBODY_HIDDEN);
  const auditor = {
    createEvent: async () => ({
      success: async () => {},
      fail: async () => {},
    }),
  } as unknown as AuditorService;
  let ticks = 0;
  const service = new MaturityService({
    store,
    catalog,
    entities: new EntityLookup({ catalog, permissions }),
    access: new Access(permissions, auditor),
    assessPermission: assessPermissionFor(permissions, catalog),
    settings: readMaturitySettings(new ConfigReader({})),
    now: () => LOAD_INSTANTS[ticks++ % LOAD_INSTANTS.length],
  });
  return async write => {
    const { assessment, replayed } = await service.assess(
      write.entityRef,
      { scores: write.scores, idempotencyKey: write.idempotencyKey },
      mockCredentials.user(write.createdBy),
    );
    return {
      id: assessment.id,
      createdAt: new Date(assessment.createdAt),
      replayed,
    };
  };
}

/** Sends everything at once; resolves to each send's answer, or the messages of the failures. */
async function sendAll(writer: Writer, sends: PlannedWrite[]) {
  const settled = await Promise.allSettled(sends.map(writer));
  const failures = settled.flatMap(s =>
    s.status === 'rejected' ? [String(s.reason?.message ?? s.reason)] : [],
  );
  const answers = settled.flatMap(s =>
    s.status === 'fulfilled' ? [s.value] : [],
  );
  return { failures, answers };
}

/** Expects both lists to hold the same items, whatever order the database returned them in. */
function expectSameItems<T extends { key: string }>(
  actual: T[],
  expected: T[],
) {
  const byKey = (a: T, b: T) => a.key.localeCompare(b.key);
  expect([...actual].sort(byKey)).toEqual([...expected].sort(byKey));
}

/**
 * Checks a burst against the database: every write stored once under its key with the id it
 * was answered with, every retry answered with that first result, one history row per score,
 * and each current score the last write by (time, history id).
 */
async function expectBurstStored(options: {
  knex: Knex;
  store: DatabaseMaturityStore;
  entityRefs: string[];
  writes: PlannedWrite[];
  sends: PlannedWrite[];
  answers: WriteAnswer[];
}) {
  const { knex, store, entityRefs, writes, sends, answers } = options;
  const answersOf = new Map<PlannedWrite, WriteAnswer[]>();
  sends.forEach((write, i) =>
    answersOf.set(write, [...(answersOf.get(write) ?? []), answers[i]]),
  );

  // Retries: one id per key, and all but the first send of it replayed.
  const perKey = writes.map(write => {
    const got = answersOf.get(write)!;
    return {
      key: write.idempotencyKey,
      ids: new Set(got.map(a => a.id)).size,
      fresh: got.filter(a => !a.replayed).length,
    };
  });
  expect(perKey).toEqual(
    writes.map(write => ({
      key: write.idempotencyKey,
      ids: 1,
      fresh: 1,
    })),
  );
  const stored = writes.map(write => ({
    write,
    answer: answersOf.get(write)!.find(a => !a.replayed)!,
  }));

  // Assessments: one row per key, with the id and time the first answer gave.
  expect(await rowCount(knex, 'maturity_assessments')).toBe(writes.length);
  for (const ref of entityRefs) {
    expect({
      ref,
      rows: await rowCount(knex, 'maturity_assessments', { entity_ref: ref }),
    }).toEqual({ ref, rows: writes.filter(w => w.entityRef === ref).length });
  }
  const assessmentRows = await knex('maturity_assessments').select(
    'idempotency_key',
    'id',
    'entity_ref',
    'created_at',
  );
  expectSameItems(
    assessmentRows.map(row => ({
      key: row.idempotency_key,
      id: row.id,
      entityRef: row.entity_ref,
      createdAt: toDate(row.created_at),
    })),
    stored.map(({ write, answer }) => ({
      key: write.idempotencyKey,
      id: answer.id,
      entityRef: write.entityRef,
      createdAt: answer.createdAt,
    })),
  );

  // History: one row per score of each stored write, at the time that write was answered with.
  const historyRows = await knex('maturity_score_history').select(
    'id',
    'assessment_id',
    'vector',
    'score',
    'recorded_at',
  );
  expectSameItems(
    historyRows.map(row => ({
      key: `${row.assessment_id} ${row.vector}`,
      score: Number(row.score),
      recordedAt: toDate(row.recorded_at),
    })),
    stored.flatMap(({ write, answer }) =>
      write.scores.map(({ vector, score }) => ({
        key: `${answer.id} ${vector}`,
        score,
        recordedAt: answer.createdAt,
      })),
    ),
  );
  const historyIds = new Map(
    historyRows.map(row => [
      `${row.assessment_id} ${row.vector}`,
      Number(row.id),
    ]),
  );

  // Current scores: the last write of each vector by (time, history id).
  const current = await store.getCurrentScores(entityRefs);
  expect(
    current
      .map(({ entityRef, vector, score, assessmentId, recordedAt }) => ({
        entityRef,
        vector,
        score,
        assessmentId,
        recordedAt,
      }))
      .sort(byEntityAndVector),
  ).toEqual(
    expectedCurrentScores(
      stored,
      (assessmentId, vector) => historyIds.get(`${assessmentId} ${vector}`)!,
    ),
  );
}

describe('concurrent assessments', () => {
  const databases = createTestDatabases();

  const writers: Array<
    [string, (store: DatabaseMaturityStore, refs: string[]) => Writer]
  > = [
    ['the store', storeWriter],
    ['MaturityService.assess', serviceWriter],
  ];

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    describe.each(writers)('through %s', (_, writerFor) => {
      it.each([
        ['one entity', 1],
        ['50 entities', 50],
      ])(
        'stores 200 parallel assessments of %s, with 20 keys retried 5 times each among them, and counts them in the roll-ups',
        async (_label, entityCount) => {
          const { knex, store } = await openMaturityStore(
            databases,
            databaseId,
          );
          const entityRefs = Array.from(
            { length: entityCount },
            (_unused, i) => `component:default/service-${i}`,
          );
          const { writes, sends } = planBurst({
            entityRefs,
            users: USERS,
            single: 200,
            retried: 20,
            sendsPerRetry: 5,
          });

          // The entities sit in systems, domains and groups, so the roll-up counts move too.
          await syncCatalog(
            knex,
            countedCatalog(entityRefs.map(ref => ref.split('/')[1])),
            LOAD_INSTANTS[0],
          );
          const cutoff = LOAD_INSTANTS[2];
          const counts = new ScopeCounts(knex);
          await counts.ensureCutoff(cutoff);

          // Reads move the stale cutoff and a sync counts everything again during the burst.
          const [{ failures, answers }] = await Promise.all([
            sendAll(writerFor(store, entityRefs), sends),
            (async () => {
              await counts.ensureCutoff(LOAD_INSTANTS[3]);
              await knex.transaction(tx => ScopeCounts.rebuild(tx));
              await counts.ensureCutoff(cutoff);
            })(),
          ]);

          expect(failures).toEqual([]);
          await expectCountsMatchScores(knex, cutoff);
          await expectBurstStored({
            knex,
            store,
            entityRefs,
            writes,
            sends,
            answers,
          });
        },
      );
    });
  });
});
