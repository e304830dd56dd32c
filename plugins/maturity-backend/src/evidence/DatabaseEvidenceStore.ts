import { Timestamp, toDate } from '@agile-ops/common';
import { VectorId } from '@agile-ops/plugin-maturity-common';
import { EvidenceFact } from '@agile-ops/plugin-maturity-node';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { LEAF_KINDS } from '../rollups/membership';
import { CollectedProposal } from './checkEvidence';

const CURRENT = 'maturity_evidence';
const HISTORY = 'maturity_evidence_history';
const DISMISSALS = 'maturity_evidence_dismissals';
const BATCH = 100;

/** An owner's dismissal of one proposed score, as stored. */
export interface Dismissal {
  vector: VectorId;
  provider: string;
  score: number | null;
  reason: string;
  by: string;
  at: Date;
}

/**
 * The dismissal that holds for a proposal: the latest one of its vector and provider, if it
 * dismissed the very score the proposal makes now (a new score shows the proposal again).
 */
export function holdingDismissal(
  dismissals: readonly Dismissal[] | undefined,
  proposal: { vector: string; provider: string; score: number | null },
): Dismissal | undefined {
  return dismissals?.find(
    d =>
      d.vector === proposal.vector &&
      d.provider === proposal.provider &&
      d.score === proposal.score,
  );
}

/** A provider's current proposal for a vector of an entity, with when it was collected. */
export interface StoredProposal extends CollectedProposal {
  /** The collection that last confirmed it. */
  collectedAt: Date;
  /** The collection that last changed its score or facts. */
  changedAt: Date;
}

type ProposalRow = {
  entity_ref: string;
  vector: string;
  provider: string;
  score: number | null;
  reasons: string;
  facts: string;
  collected_at: Timestamp;
  changed_at: Timestamp;
};

type StoredFact = Omit<EvidenceFact, 'observedAt'> & { observedAt: string };

// Two collections that read the same facts at different moments agree: what is compared is the
// score and each fact's key and value, not when it was observed or how it is worded.
function fingerprint(
  score: number | null,
  facts: ReadonlyArray<Pick<EvidenceFact, 'key' | 'value'>>,
) {
  return JSON.stringify([
    score,
    facts.map(f => [f.key, f.value]).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  ]);
}

const rowFingerprint = (row: ProposalRow) =>
  fingerprint(
    row.score === null ? null : Number(row.score),
    JSON.parse(row.facts),
  );

const key = (p: { entity_ref: string; vector: string; provider: string }) =>
  `${p.entity_ref}\n${p.vector}\n${p.provider}`;

function toProposal(row: ProposalRow): StoredProposal {
  const facts: StoredFact[] = JSON.parse(row.facts);
  return {
    entityRef: row.entity_ref,
    vector: row.vector as VectorId,
    provider: row.provider,
    score: row.score === null ? null : Number(row.score),
    reasons: JSON.parse(row.reasons),
    facts: facts.map(f => ({ ...f, observedAt: new Date(f.observedAt) })),
    collectedAt: toDate(row.collected_at),
    changedAt: toDate(row.changed_at),
  };
}

/**
 * Persistence of evidence on knex: the current proposals, their append-only history and when
 * each synced entity was last collected.
 */
export class DatabaseEvidenceStore {
  constructor(private readonly db: Knex) {}

  /**
   * Up to `limit` entities of the synced hierarchy that evidence is collected for (components
   * and resources in the catalog), those never collected first, then the longest ago.
   */
  async nextEntities(limit: number): Promise<string[]> {
    const rows = await this.db('maturity_entities')
      .select('entity_ref')
      .where('in_catalog', true)
      .whereIn('kind', LEAF_KINDS)
      // NULLs first on both databases (PostgreSQL sorts them last in ascending order).
      .orderByRaw('case when evidence_at is null then 0 else 1 end')
      .orderBy([
        { column: 'evidence_at', order: 'asc' },
        { column: 'entity_ref', order: 'asc' },
      ])
      .limit(limit);
    return rows.map(row => row.entity_ref);
  }

  /**
   * Stores one page's collection in one transaction: for each provider that answered, its
   * proposals for these entities replace its earlier ones (a vector it no longer proposes is
   * withdrawn); a proposal whose score or facts changed, or that is new or withdrawn, is
   * appended to the history. A provider that failed keeps its earlier proposals. The entities
   * that exist in the hierarchy are marked as collected at `at`.
   */
  async saveCollection(options: {
    entityRefs: string[];
    providers: string[];
    proposals: CollectedProposal[];
    at: Date;
  }): Promise<{ changed: number }> {
    const { entityRefs, providers, proposals, at } = options;
    return this.db.transaction(async tx => {
      const earlier: ProposalRow[] =
        providers.length === 0
          ? []
          : await tx(CURRENT)
              .whereIn('entity_ref', entityRefs)
              .whereIn('provider', providers);
      const before = new Map(earlier.map(row => [key(row), row]));
      const history: object[] = [];
      const current: ProposalRow[] = [];
      for (const p of proposals) {
        const row = {
          entity_ref: p.entityRef,
          vector: p.vector,
          provider: p.provider,
          score: p.score,
          reasons: JSON.stringify(p.reasons),
          facts: JSON.stringify(p.facts),
        };
        const previous = before.get(key(row));
        before.delete(key(row));
        const changed =
          !previous ||
          rowFingerprint(previous) !== fingerprint(p.score, p.facts);
        current.push({
          ...row,
          collected_at: at,
          changed_at: changed ? at : previous.changed_at,
        });
        if (changed)
          history.push({ id: randomUUID(), ...row, recorded_at: at });
      }
      // What is left of the earlier proposals was not proposed again: withdrawn.
      for (const row of before.values()) {
        history.push({
          id: randomUUID(),
          entity_ref: row.entity_ref,
          vector: row.vector,
          provider: row.provider,
          score: null,
          reasons: '[]',
          facts: '[]',
          recorded_at: at,
        });
      }
      if (providers.length > 0) {
        await tx(CURRENT)
          .whereIn('entity_ref', entityRefs)
          .whereIn('provider', providers)
          .delete();
      }
      for (let i = 0; i < current.length; i += BATCH) {
        await tx(CURRENT).insert(current.slice(i, i + BATCH));
      }
      for (let i = 0; i < history.length; i += BATCH) {
        await tx(HISTORY).insert(history.slice(i, i + BATCH));
      }
      await tx('maturity_entities')
        .whereIn('entity_ref', entityRefs)
        .update({ evidence_at: at });
      return { changed: history.length };
    });
  }

  /** The current proposals of the given entities, by entity, vector and provider. */
  async proposalsOf(entityRefs: string[]): Promise<StoredProposal[]> {
    const rows: ProposalRow[] = [];
    for (let i = 0; i < entityRefs.length; i += BATCH) {
      rows.push(
        ...(await this.db(CURRENT)
          .whereIn('entity_ref', entityRefs.slice(i, i + BATCH))
          .orderBy(['entity_ref', 'vector', 'provider'])),
      );
    }
    return rows.map(toProposal);
  }

  /** The current proposal of one provider for one vector of an entity, if there is one. */
  async proposal(
    entityRef: string,
    vector: VectorId,
    provider: string,
  ): Promise<StoredProposal | undefined> {
    const row = await this.db<ProposalRow>(CURRENT)
      .where({ entity_ref: entityRef, vector, provider })
      .first();
    return row && toProposal(row);
  }

  /** Appends a dismissal; earlier ones stay as they were. */
  async dismiss(entityRef: string, dismissal: Dismissal): Promise<void> {
    await this.db(DISMISSALS).insert({
      id: randomUUID(),
      entity_ref: entityRef,
      vector: dismissal.vector,
      provider: dismissal.provider,
      score: dismissal.score,
      reason: dismissal.reason,
      dismissed_by: dismissal.by,
      dismissed_at: dismissal.at,
    });
  }

  /** The latest dismissal of each vector and provider of each entity, by entity ref. */
  async latestDismissals(
    entityRefs: string[],
  ): Promise<Map<string, Dismissal[]>> {
    const latest = new Map<string, Map<string, Dismissal>>();
    for (let i = 0; i < entityRefs.length; i += BATCH) {
      const rows = await this.db(DISMISSALS)
        .whereIn('entity_ref', entityRefs.slice(i, i + BATCH))
        .orderBy([
          { column: 'dismissed_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ]);
      for (const row of rows) {
        const ofEntity = latest.get(row.entity_ref) ?? new Map();
        latest.set(row.entity_ref, ofEntity);
        const slot = `${row.vector}\n${row.provider}`;
        if (ofEntity.has(slot)) continue;
        ofEntity.set(slot, {
          vector: row.vector,
          provider: row.provider,
          score: row.score === null ? null : Number(row.score),
          reason: row.reason,
          by: row.dismissed_by,
          at: toDate(row.dismissed_at),
        });
      }
    }
    return new Map(
      [...latest].map(([ref, slots]) => [ref, [...slots.values()]]),
    );
  }
}
