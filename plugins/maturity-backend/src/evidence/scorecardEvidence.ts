import { VectorEvidence } from '@agile-ops/plugin-maturity-common';
import { EvidenceSource } from '../service/MaturityService';
import { DatabaseEvidenceStore, StoredProposal } from './DatabaseEvidenceStore';

/** A stored proposal in the scorecard's shape. */
export function toVectorEvidence(proposal: StoredProposal): VectorEvidence {
  return {
    vector: proposal.vector,
    provider: proposal.provider,
    proposedScore: proposal.score,
    reasons: proposal.reasons,
    facts: proposal.facts.map(fact => ({
      ...fact,
      observedAt: fact.observedAt.toISOString(),
    })),
    collectedAt: proposal.collectedAt.toISOString(),
    changedAt: proposal.changedAt.toISOString(),
  };
}

/** The scorecard's evidence: the stored proposals of the entity, by vector and provider. */
export function scorecardEvidence(
  store: DatabaseEvidenceStore,
): EvidenceSource {
  return {
    async evidenceFor(entityRef) {
      return (await store.proposalsOf([entityRef])).map(toVectorEvidence);
    },
  };
}
