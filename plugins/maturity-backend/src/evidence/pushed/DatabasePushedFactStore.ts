import { Timestamp, toDate } from '@agile-ops/common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';

const CURRENT = 'maturity_pushed_facts';
const HISTORY = 'maturity_pushed_fact_history';
const BATCH = 100;

/** A fact as a push brings it, checked: the entity ref in lower case, the time set. */
export interface PushedFactInput {
  entityRef: string;
  key: string;
  value: number | boolean | string;
  text?: string;
  observedAt: Date;
  source: string;
}

/** A stored fact: the latest value of its entity, key and source, and who pushed it when. */
export interface StoredPushedFact extends PushedFactInput {
  pushedBy: string;
  pushedAt: Date;
}

type FactRow = {
  entity_ref: string;
  fact_key: string;
  source: string;
  value: string;
  text: string | null;
  observed_at: Timestamp;
  pushed_by: string;
  pushed_at: Timestamp;
};

/** How {@link DatabasePushedFactStore.latestOf} keys its answer. */
export const factSlot = (entityRef: string, key: string) =>
  `${entityRef}\n${key}`;

const slot = (row: Pick<FactRow, 'entity_ref' | 'fact_key' | 'source'>) =>
  `${row.entity_ref}\n${row.fact_key}\n${row.source}`;

function toFact(row: FactRow): StoredPushedFact {
  return {
    entityRef: row.entity_ref,
    key: row.fact_key,
    value: JSON.parse(row.value),
    ...(row.text === null ? {} : { text: row.text }),
    observedAt: toDate(row.observed_at),
    source: row.source,
    pushedBy: row.pushed_by,
    pushedAt: toDate(row.pushed_at),
  };
}

/**
 * Persistence of pushed facts on knex: the latest value per entity, key and source, and the
 * append-only history of the values they had.
 */
export class DatabasePushedFactStore {
  constructor(private readonly db: Knex) {}

  /**
   * Stores a checked push in one transaction. A new value is appended to the history and, unless
   * a newer observation is stored already (a late report), becomes the latest; a value that
   * repeats the latest one only refreshes its time, text and pusher when it is newer. Entities
   * whose latest facts changed are put first in the next evidence collection.
   */
  async save(
    facts: readonly PushedFactInput[],
    pushed: { by: string; at: Date },
  ): Promise<{ stored: number; unchanged: number }> {
    const rows: FactRow[] = facts.map(fact => ({
      entity_ref: fact.entityRef,
      fact_key: fact.key,
      source: fact.source,
      value: JSON.stringify(fact.value),
      text: fact.text ?? null,
      observed_at: fact.observedAt,
      pushed_by: pushed.by,
      pushed_at: pushed.at,
    }));
    return this.db.transaction(async tx => {
      const latest = new Map<string, FactRow>();
      for (let i = 0; i < rows.length; i += BATCH) {
        const found: FactRow[] = await tx(CURRENT).whereIn(
          ['entity_ref', 'fact_key', 'source'],
          rows
            .slice(i, i + BATCH)
            .map(row => [row.entity_ref, row.fact_key, row.source]),
        );
        for (const row of found) latest.set(slot(row), row);
      }
      const current: FactRow[] = [];
      const history: object[] = [];
      const changedEntities = new Set<string>();
      let unchanged = 0;
      for (const row of rows) {
        const before = latest.get(slot(row));
        // Milliseconds from the stored observation to this one; the first one has no earlier.
        const later = before
          ? (row.observed_at as Date).getTime() -
            toDate(before.observed_at).getTime()
          : Infinity;
        if (before && before.value === row.value) {
          unchanged += 1;
          if (later > 0) current.push(row);
          continue;
        }
        history.push({ id: randomUUID(), ...row });
        // A correction observed at the same moment replaces the value; an older report does not.
        if (later >= 0) {
          current.push(row);
          changedEntities.add(row.entity_ref);
        }
      }
      for (let i = 0; i < current.length; i += BATCH) {
        // An upsert, so that two pushes of a new fact at once both succeed (the later one wins).
        await tx(CURRENT)
          .insert(current.slice(i, i + BATCH))
          .onConflict(['entity_ref', 'fact_key', 'source'])
          .merge();
      }
      for (let i = 0; i < history.length; i += BATCH) {
        await tx(HISTORY).insert(history.slice(i, i + BATCH));
      }
      const refs = [...changedEntities];
      for (let i = 0; i < refs.length; i += BATCH) {
        // "Never collected" comes first in the next collection, so new facts are read soon.
        await tx('maturity_entities')
          .whereIn('entity_ref', refs.slice(i, i + BATCH))
          .update({ evidence_at: null });
      }
      return { stored: history.length, unchanged };
    });
  }

  /**
   * The newest fact (by `observedAt`, whatever its source) of each of the given keys for each of
   * the given entities, keyed by entity ref and key; reads at most `limit` rows, newest first.
   */
  async latestOf(
    entityRefs: readonly string[],
    keys: readonly string[],
    limit: number,
  ): Promise<Map<string, StoredPushedFact>> {
    const newest = new Map<string, StoredPushedFact>();
    if (entityRefs.length === 0 || keys.length === 0) return newest;
    const rows: FactRow[] = await this.db(CURRENT)
      .whereIn('entity_ref', entityRefs)
      .whereIn('fact_key', keys)
      .orderBy([
        { column: 'observed_at', order: 'desc' },
        { column: 'entity_ref', order: 'asc' },
        { column: 'fact_key', order: 'asc' },
        { column: 'source', order: 'asc' },
      ])
      .limit(limit);
    for (const row of rows) {
      const key = factSlot(row.entity_ref, row.fact_key);
      if (!newest.has(key)) newest.set(key, toFact(row));
    }
    return newest;
  }
}
