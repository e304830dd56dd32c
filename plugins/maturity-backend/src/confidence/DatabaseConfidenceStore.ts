import { VectorId } from '@agile-ops/plugin-maturity-common';
import { Knex } from 'knex';
import { EntityConfidence } from './entityConfidence';

const ENTITIES = 'maturity_entity_confidence';
const SCOPES = 'maturity_scope_confidence';
// Rows per insert statement; keeps the bound parameters far below every database's limit.
const BATCH = 200;

/** The mean confidence of a scope's scores of one vector at each level 0 to 5 (null: none). */
export type LevelConfidence = Array<number | null>;

/** One confidence run's results, written together. */
export interface ConfidenceResults {
  entities: Map<string, EntityConfidence>;
  scopes: Map<string, Map<VectorId, LevelConfidence>>;
  at: Date;
}

/** The stored confidence of scores, as the last confidence run computed it. */
export class DatabaseConfidenceStore {
  constructor(private readonly db: Knex) {}

  /** Replaces every stored confidence with one run's, in one transaction. */
  async replaceAll(results: ConfidenceResults): Promise<void> {
    const entityRows = rowsOf(results.entities, results.at);
    const scopeRows = [...results.scopes].flatMap(([scopeRef, vectors]) =>
      [...vectors].map(([vector, levels]) => ({
        scope_ref: scopeRef,
        vector,
        levels: JSON.stringify(levels),
        computed_at: results.at,
      })),
    );
    await this.db.transaction(async tx => {
      await tx(ENTITIES).delete();
      await tx(SCOPES).delete();
      // Upserts: an assessment's refresh of one entity may write it meanwhile.
      await upsert(tx, ENTITIES, entityRows, ['entity_ref']);
      await tx.batchInsert(SCOPES, scopeRows, BATCH);
    });
  }

  /**
   * Replaces the stored confidence of some entities; an entity without scores has none. An
   * upsert, so that two writers of one entity at once both succeed, the later one winning.
   */
  async replaceEntities(
    entities: Map<string, EntityConfidence>,
    at: Date,
  ): Promise<void> {
    const unscored = [...entities.keys()].filter(
      ref => entities.get(ref)!.mean === null,
    );
    if (unscored.length > 0) {
      await this.db(ENTITIES).whereIn('entity_ref', unscored).delete();
    }
    await upsert(this.db, ENTITIES, rowsOf(entities, at), ['entity_ref']);
  }

  /** Per scope and vector, the stored confidence of each score level. */
  async levelsOf(
    scopeRefs?: string[],
  ): Promise<Map<string, Map<VectorId, LevelConfidence>>> {
    const query = this.db(SCOPES).select('scope_ref', 'vector', 'levels');
    if (scopeRefs) query.whereIn('scope_ref', scopeRefs);
    const result = new Map<string, Map<VectorId, LevelConfidence>>();
    for (const row of await query) {
      if (!result.has(row.scope_ref)) result.set(row.scope_ref, new Map());
      result.get(row.scope_ref)!.set(row.vector, JSON.parse(row.levels));
    }
    return result;
  }

  /** Per entity, the stored confidence of each of its scored vectors. */
  async vectorsOf(
    entityRefs: string[],
  ): Promise<Map<string, Partial<Record<VectorId, number>>>> {
    const result = new Map<string, Partial<Record<VectorId, number>>>();
    for (let i = 0; i < entityRefs.length; i += BATCH) {
      const rows = await this.db(ENTITIES)
        .whereIn('entity_ref', entityRefs.slice(i, i + BATCH))
        .select('entity_ref', 'vectors');
      for (const row of rows) {
        result.set(row.entity_ref, JSON.parse(row.vectors));
      }
    }
    return result;
  }
}

function rowsOf(entities: Map<string, EntityConfidence>, at: Date) {
  return [...entities]
    .filter(([, c]) => c.mean !== null)
    .map(([entityRef, c]) => ({
      entity_ref: entityRef,
      confidence: c.mean,
      disputed: c.disputed,
      vectors: JSON.stringify(c.vectors),
      computed_at: at,
    }));
}

// Inserts rows in batches, each replacing a stored row with the same key.
async function upsert(
  db: Knex,
  table: string,
  rows: Record<string, unknown>[],
  key: string[],
) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db(table)
      .insert(rows.slice(i, i + BATCH))
      .onConflict(key)
      .merge();
  }
}
