import {
  AssessmentScoreInput,
  VectorId,
} from '@agile-ops/plugin-maturity-common';

// A reproducible burst of assessments for the concurrency tests: what is sent, and what the
// current scores must be afterwards given what each write was answered with.

/** Objective vectors only: their current score is the last write, not a median of raters. */
const OBJECTIVE: VectorId[] = [
  'documentation',
  'operability',
  'recoverability',
  'supportability',
];

/** Few distinct instants, so that many writes tie on time and the history id decides. */
export const LOAD_INSTANTS = [0, 1, 2, 3].map(
  s => new Date(Date.parse('2026-03-01T08:00:00.000Z') + s * 1000 + 123),
);

/** One assessment of the burst; a retried one is sent several times with the same key. */
export interface PlannedWrite {
  entityRef: string;
  createdBy: string;
  scores: AssessmentScoreInput[];
  idempotencyKey: string;
  /** The moment to record, for writers that take one. */
  at: Date;
}

/** How a writer answered one send. */
export interface WriteAnswer {
  id: string;
  createdAt: Date;
  replayed: boolean;
}

/** A seeded generator in [0, 1), so a failing burst can be replayed exactly. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * `single` writes with keys of their own and `retried` writes each sent `sendsPerRetry` times,
 * spread over `entityRefs` and two users, returned as the shuffled list of sends (a retried
 * write appears once per send, as the same object).
 */
export function planBurst(options: {
  entityRefs: string[];
  users: string[];
  single: number;
  retried: number;
  sendsPerRetry: number;
  seed?: number;
}): { writes: PlannedWrite[]; sends: PlannedWrite[] } {
  const random = seeded(options.seed ?? 7);
  const pick = <T>(items: readonly T[]) =>
    items[Math.floor(random() * items.length)];
  // Singles go round the entities, so each gets its share; retried writes land anywhere.
  const write = (key: string, entityRef: string): PlannedWrite => {
    const vectors = OBJECTIVE.filter(() => random() < 0.5);
    return {
      entityRef,
      createdBy: pick(options.users),
      scores: (vectors.length > 0 ? vectors : [pick(OBJECTIVE)]).map(
        vector => ({ vector, score: Math.floor(random() * 6) }),
      ),
      idempotencyKey: key,
      at: pick(LOAD_INSTANTS),
    };
  };
  const singles = Array.from({ length: options.single }, (_, i) =>
    write(`single-${i}`, options.entityRefs[i % options.entityRefs.length]),
  );
  const retried = Array.from({ length: options.retried }, (_, i) =>
    write(`retry-${i}`, pick(options.entityRefs)),
  );
  const sends = [
    ...singles,
    ...retried.flatMap(w => Array(options.sendsPerRetry).fill(w)),
  ];
  for (let i = sends.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sends[i], sends[j]] = [sends[j], sends[i]];
  }
  return { writes: [...singles, ...retried], sends };
}

/** What a current score must be: the winning write's value, assessment and time. */
export interface ExpectedScore {
  entityRef: string;
  vector: string;
  score: number;
  assessmentId: string;
  recordedAt: Date;
}

/**
 * The current score of every (entity, vector) the writes touched: the write that is last by
 * (recorded time, history id), from each write's stored answer and the history id of its row.
 */
export function expectedCurrentScores(
  stored: Array<{ write: PlannedWrite; answer: WriteAnswer }>,
  historyIdOf: (assessmentId: string, vector: string) => number,
): ExpectedScore[] {
  const winners = new Map<string, ExpectedScore & { historyId: number }>();
  for (const { write, answer } of stored) {
    for (const { vector, score } of write.scores) {
      const candidate = {
        entityRef: write.entityRef,
        vector,
        score,
        assessmentId: answer.id,
        recordedAt: answer.createdAt,
        historyId: historyIdOf(answer.id, vector),
      };
      const key = `${write.entityRef} ${vector}`;
      const best = winners.get(key);
      const later =
        !best ||
        candidate.recordedAt.getTime() > best.recordedAt.getTime() ||
        (candidate.recordedAt.getTime() === best.recordedAt.getTime() &&
          candidate.historyId > best.historyId);
      if (later) winners.set(key, candidate);
    }
  }
  return [...winners.values()]
    .map(({ historyId: _, ...expected }) => expected)
    .sort(byEntityAndVector);
}

/** Orders scores by entity, then vector, so two lists compare regardless of read order. */
export function byEntityAndVector(
  a: { entityRef: string; vector: string },
  b: { entityRef: string; vector: string },
): number {
  return (
    a.entityRef.localeCompare(b.entityRef) || a.vector.localeCompare(b.vector)
  );
}
