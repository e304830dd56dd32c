import { VectorEvidence } from '@agile-ops/plugin-maturity-common';
import { EvidenceSource } from '../service/MaturityService';
import {
  DatabaseEvidenceStore,
  holdingDismissal,
  StoredProposal,
} from './DatabaseEvidenceStore';

/** A stored proposal in the scorecard's shape. */
export function toVectorEvidence(
  proposal: StoredProposal,
  ceilings: ReadonlyMap<string, number> = new Map(),
): VectorEvidence {
  const ceiling = ceilings.get(proposal.provider);
  return {
    vector: proposal.vector,
    provider: proposal.provider,
    proposedScore: proposal.score,
    ...(ceiling === undefined ? {} : { ceiling }),
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
 * marked dismissed while an owner's latest dismissal is of the score it proposes now, with the
 * highest score its provider can propose (`ceilings`, by provider id; 5 when not listed).
 */
export function scorecardEvidence(
  store: DatabaseEvidenceStore,
  ceilings: ReadonlyMap<string, number>,
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
          ...toVectorEvidence(proposal, ceilings),
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
