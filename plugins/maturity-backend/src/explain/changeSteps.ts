import { toDate } from '@agile-ops/common';
import {
  ChangeStep,
  getVector,
  isVectorId,
} from '@agile-ops/plugin-maturity-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { Knex } from 'knex';

/** A time window and, unless the level is asked about, one vector. */
export interface ChangeWindow {
  from: Date;
  to: Date;
  vector?: string;
}

const IN_CHUNK = 500;
const name = (ref: string) => parseEntityRef(ref).name;
const titleOf = (vector: string) =>
  isVectorId(vector) ? getVector(vector).title : vector;

async function chunked<T>(
  refs: string[],
  read: (chunk: string[]) => Promise<T[]>,
): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < refs.length; i += IN_CHUNK) {
    rows.push(...(await read(refs.slice(i, i + IN_CHUNK))));
  }
  return rows;
}

// Numeric ids (the score history's) in number order, others (UUIDs) as text.
function byIdDesc(a: { id: unknown }, b: { id: unknown }) {
  const x = Number(a.id);
  const y = Number(b.id);
  return Number.isNaN(x) || Number.isNaN(y)
    ? String(b.id).localeCompare(String(a.id))
    : y - x;
}

/**
 * The rows of a history table for `refs` (all entities when undefined) in the window and of
 * its vector, the latest `limit` of them (so a busy window keeps its end), oldest first.
 */
async function latestRows(
  db: Knex,
  table: 'maturity_score_history' | 'maturity_evidence_history',
  refs: string[] | undefined,
  window: ChangeWindow,
  limit: number,
) {
  const query = (chunk?: string[]) => {
    const q = db(table)
      .where('recorded_at', '>', window.from)
      .where('recorded_at', '<=', window.to)
      .orderBy([
        { column: 'recorded_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    if (chunk) q.whereIn('entity_ref', chunk);
    if (window.vector) q.where('vector', window.vector);
    return q;
  };
  const rows = refs ? await chunked(refs, c => query(c)) : await query();
  const time = (row: { recorded_at: string }) =>
    toDate(row.recorded_at).getTime();
  rows.sort((a, b) => time(b) - time(a) || byIdDesc(a, b));
  return rows.slice(0, limit).reverse();
}

/**
 * The scores given to `refs` (all entities when undefined) in the window, oldest first, the
 * latest `limit` of them, each with the score it replaced, and a rubric step wherever the rubric of a
 * vector's score differs from the one before it.
 */
export async function assessmentSteps(
  db: Knex,
  refs: string[] | undefined,
  window: ChangeWindow,
  limit: number,
): Promise<ChangeStep[]> {
  const kept = await latestRows(
    db,
    'maturity_score_history',
    refs,
    window,
    limit,
  );

  // The score and rubric before each one: the previous row in the window, or the last one
  // before it (one indexed lookup per entity and vector, at most `limit` of them).
  const previous = new Map<string, { score: number; rubric: string }>();
  const steps: ChangeStep[] = [];
  for (const row of kept) {
    const key = `${row.entity_ref}\n${row.vector}`;
    if (!previous.has(key)) {
      const before = await db('maturity_score_history')
        .where({ entity_ref: row.entity_ref, vector: row.vector })
        .where('recorded_at', '<=', window.from)
        .orderBy([
          { column: 'recorded_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .first('score', 'rubric_version');
      if (before) {
        previous.set(key, {
          score: Number(before.score),
          rubric: before.rubric_version,
        });
      }
    }
    const prior = previous.get(key);
    const at = toDate(row.recorded_at).toISOString();
    const score = Number(row.score);
    if (prior && prior.rubric !== row.rubric_version) {
      steps.push({
        at,
        kind: 'rubric',
        entityRef: row.entity_ref,
        vector: row.vector,
        text: `${name(row.entity_ref)}: ${titleOf(
          row.vector,
        )} scored under rubric ${row.rubric_version} (before: ${prior.rubric})`,
      });
    }
    steps.push({
      at,
      kind: 'assessment',
      entityRef: row.entity_ref,
      vector: row.vector,
      score,
      previousScore: prior?.score ?? null,
      by: row.recorded_by,
      text: `${name(row.entity_ref)}: ${titleOf(row.vector)} ${
        prior ? `${prior.score} → ` : ''
      }${score} (${row.source}, ${name(row.recorded_by)})`,
    });
    previous.set(key, { score, rubric: row.rubric_version });
  }
  return steps;
}

/** Changes of proposals of `refs` (all when undefined) in the window, the latest `limit`. */
export async function evidenceSteps(
  db: Knex,
  refs: string[] | undefined,
  window: ChangeWindow,
  limit: number,
): Promise<ChangeStep[]> {
  const rows = await latestRows(
    db,
    'maturity_evidence_history',
    refs,
    window,
    limit,
  );
  return rows.map(row => {
    const score = row.score === null ? null : Number(row.score);
    return {
      at: toDate(row.recorded_at).toISOString(),
      kind: 'evidence' as const,
      entityRef: row.entity_ref,
      vector: row.vector,
      score,
      by: row.provider,
      text:
        score === null
          ? `${name(row.entity_ref)}: ${
              row.provider
            } no longer proposes a ${titleOf(row.vector)} score`
          : `${name(row.entity_ref)}: ${
              row.provider
            } proposes ${score} for ${titleOf(row.vector)}`,
    };
  });
}

/** A stored membership change, as the hierarchy sync appended it. */
export interface MembershipChange {
  entity_ref: string;
  field: string;
  before_ref: string | null;
  after_ref: string | null;
  changed_at: unknown;
}

/**
 * A membership change as a step: of a scope it `joined` or `left` (as the caller decides), or
 * of the entity itself, which `moved`; leaving or coming back to the catalog is either way.
 */
export function membershipStep(
  change: MembershipChange,
  scopeKind?: 'joined' | 'left',
): ChangeStep {
  const at = toDate(change.changed_at as string).toISOString();
  const entity = name(change.entity_ref);
  if (change.field === 'catalog') {
    const back = change.after_ref === 'in';
    return {
      at,
      kind: back ? 'joined' : 'left',
      entityRef: change.entity_ref,
      text: `${entity} ${back ? 'came back to' : 'left'} the catalog`,
    };
  }
  const to = change.after_ref ? name(change.after_ref) : 'none';
  const from = change.before_ref ? name(change.before_ref) : 'none';
  return {
    at,
    kind: scopeKind ?? 'moved',
    entityRef: change.entity_ref,
    text: `${entity} moved from ${change.field} ${from} to ${to}`,
  };
}
