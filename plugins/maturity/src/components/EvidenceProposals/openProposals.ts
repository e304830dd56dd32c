import { Scorecard, VectorEvidence } from '@agile-ops/plugin-maturity-common';

/**
 * The proposals a person still has to decide on: with a score, not dismissed and not equal to
 * the confirmed score; those farthest from the confirmed score first, unscored vectors next.
 */
export function openProposals(scorecard: Scorecard): VectorEvidence[] {
  const distance = (item: VectorEvidence) =>
    item.difference === undefined ? 0.5 : Math.abs(item.difference);
  return (scorecard.evidence ?? [])
    .filter(
      item =>
        item.proposedScore !== null && !item.dismissed && item.difference !== 0,
    )
    .sort((a, b) => distance(b) - distance(a));
}
