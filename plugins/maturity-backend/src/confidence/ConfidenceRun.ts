import { VectorId } from '@agile-ops/plugin-maturity-common';
import { Knex } from 'knex';
import { MaturityStore } from '../database/MaturityStore';
import {
  DatabaseEvidenceStore,
  holdingDismissal,
} from '../evidence/DatabaseEvidenceStore';
import { scopeMembership, STORED_SCOPE_KINDS } from '../rollups/membership';
import {
  DatabaseConfidenceStore,
  LevelConfidence,
} from './DatabaseConfidenceStore';
import {
  ConfidenceSettings,
  entityConfidence,
  EntityConfidence,
} from './entityConfidence';

/** The id of the scheduled task that computes the confidence of every score. */
export const CONFIDENCE_TASK = 'maturity-confidence';

// Entities read per round trip: their scores, proposals and dismissals.
const PAGE = 500;

type Scored = EntityConfidence & { scores: Map<VectorId, number> };

/**
 * Computes the confidence of every current score from its age and the evidence, stores it per
 * entity (for the "to reassess" lists) and per scope, vector and score level (for roll-ups),
 * replacing the last run's. Confidence changes slowly, so an hourly run keeps it current.
 */
export class ConfidenceRun {
  constructor(
    private readonly deps: {
      db: Knex;
      scores: Pick<MaturityStore, 'getCurrentScores'>;
      evidence: DatabaseEvidenceStore;
      store: DatabaseConfidenceStore;
      /** The highest score each provider can propose, by provider id. */
      ceilings: ReadonlyMap<string, number>;
      settings: ConfidenceSettings;
      now?: () => Date;
    },
  ) {}

  /** One run over all scored entities; answers how many entities and scopes it covered. */
  async run(): Promise<{ entities: number; scopes: number }> {
    const now = this.deps.now?.() ?? new Date();
    const refs: string[] = await this.deps
      .db('maturity_current_scores')
      .distinct('entity_ref')
      .orderBy('entity_ref')
      .pluck('entity_ref');
    const entities = new Map<string, Scored>();
    for (let i = 0; i < refs.length; i += PAGE) {
      for (const [ref, scored] of await this.page(
        refs.slice(i, i + PAGE),
        now,
      )) {
        entities.set(ref, scored);
      }
    }
    const scopes = await this.byScope(entities);
    await this.deps.store.replaceAll({ entities, scopes, at: now });
    return { entities: entities.size, scopes: scopes.size };
  }

  /**
   * Computes the stored confidence of some entities again, e.g. right after an assessment, so
   * that the "to reassess" lists need not wait for the next run; scopes wait for it.
   */
  async refreshEntities(refs: string[]): Promise<void> {
    const now = this.deps.now?.() ?? new Date();
    await this.deps.store.replaceEntities(await this.page(refs, now), now);
  }

  private async page(refs: string[], now: Date): Promise<Map<string, Scored>> {
    const [scores, proposals, dismissals] = await Promise.all([
      this.deps.scores.getCurrentScores(refs),
      this.deps.evidence.proposalsOf(refs),
      this.deps.evidence.latestDismissals(refs),
    ]);
    const scoresOf = groupBy(scores, s => s.entityRef);
    const proposalsOf = groupBy(proposals, p => p.entityRef);
    const result = new Map<string, Scored>();
    for (const ref of refs) {
      const own = scoresOf.get(ref) ?? [];
      const confidence = entityConfidence(
        {
          scores: own,
          proposals: (proposalsOf.get(ref) ?? []).map(p => ({
            vector: p.vector,
            score: p.score,
            ceiling: this.deps.ceilings.get(p.provider),
            dismissed: Boolean(holdingDismissal(dismissals.get(ref), p)),
          })),
        },
        this.deps.settings,
        now,
      );
      result.set(ref, {
        ...confidence,
        scores: new Map(own.map(s => [s.vector, s.score])),
      });
    }
    return result;
  }

  // The mean confidence per scope, vector and score level, over the members of every scope.
  private async byScope(entities: Map<string, Scored>) {
    const sums = new Map<string, Map<VectorId, { sum: number; n: number }[]>>();
    for (const kind of STORED_SCOPE_KINDS) {
      const members: Array<{ entity_ref: string; scope_ref: string }> =
        await scopeMembership(this.deps.db, kind);
      for (const { entity_ref: entityRef, scope_ref: scopeRef } of members) {
        const scored = entities.get(entityRef);
        if (!scored) continue;
        if (!sums.has(scopeRef)) sums.set(scopeRef, new Map());
        const scope = sums.get(scopeRef)!;
        for (const [vector, score] of scored.scores) {
          if (!scope.has(vector)) {
            scope.set(
              vector,
              Array.from({ length: 6 }, () => ({ sum: 0, n: 0 })),
            );
          }
          const level = scope.get(vector)![score];
          level.sum += scored.vectors[vector] ?? 0;
          level.n += 1;
        }
      }
    }
    const scopes = new Map<string, Map<VectorId, LevelConfidence>>();
    for (const [scopeRef, vectors] of sums) {
      scopes.set(
        scopeRef,
        new Map(
          [...vectors].map(([vector, levels]) => [
            vector,
            levels.map(l =>
              l.n === 0 ? null : Math.round((l.sum / l.n) * 100) / 100,
            ),
          ]),
        ),
      );
    }
    return scopes;
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return groups;
}
