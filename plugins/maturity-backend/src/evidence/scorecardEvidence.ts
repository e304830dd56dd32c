import { VectorEvidence } from '@agile-ops/plugin-maturity-common';
import { EvidenceSource } from '../service/MaturityService';
import {
  DatabaseEvidenceStore,
  holdingDismissal,
  StoredProposal,
} from './DatabaseEvidenceStore';

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

/**
 * The scorecard's evidence: the stored proposals of the entity, by vector and provider, each
 * marked dismissed while an owner's latest dismissal is of the score it proposes now.
 */
export function scorecardEvidence(
  store: DatabaseEvidenceStore,
): EvidenceSource {
  return {
    async evidenceFor(entityRef) {
      const [proposals, dismissals] = await Promise.all([
        store.proposalsOf([entityRef]),
        store.latestDismissals([entityRef]),
      ]);
      return proposals.map(proposal => {
        const dismissal = holdingDismissal(dismissals.get(entityRef), proposal);
        return {
          ...toVectorEvidence(proposal),
          ...(dismissal
            ? {
                dismissed: {
                  by: dismissal.by,
                  at: dismissal.at.toISOString(),
                  reason: dismissal.reason,
                },
              }
            : {}),
        };
      });
    },
  };
}
