// How far a confirmed score can be trusted today. A person's judgement ages: the longer ago it
// was made, the more the entity may have changed since. Facts collected since either back it
// up or dispute it. Confidence combines both into one number from 0 to 1.

import { MAX_SCORE } from './levels';

/**
 * What the evidence says about a confirmed score: `agrees` (a proposal equals it, or a
 * provider proposes the most it can and the score is above that), `none` (no proposal),
 * `near` (one level away) or `disputes` (two or more levels away).
 *
 * @public
 */
export type EvidenceAgreement = 'agrees' | 'none' | 'near' | 'disputes';

/**
 * How much each kind of agreement leaves of a score's confidence; no evidence at all is
 * trusted less than a match and more than a contradiction.
 *
 * @public
 */
export const AGREEMENT_FACTORS: Readonly<Record<EvidenceAgreement, number>> = {
  agrees: 1,
  none: 0.8,
  near: 0.6,
  disputes: 0.3,
};

/**
 * A proposal as agreement sees it: its score and the highest score its provider can propose
 * (5 unless the provider says less).
 *
 * @public
 */
export interface ProposalForAgreement {
  score: number;
  ceiling?: number;
}

/**
 * True when a proposal contradicts a confirmed score by at least `gap` levels. A proposal at
 * its provider's ceiling below the score does not: the facts show all they can.
 *
 * @public
 */
export function proposalDisputes(
  confirmed: number,
  proposal: ProposalForAgreement,
  gap: number,
): boolean {
  return (
    Math.abs(proposal.score - confirmed) >= gap &&
    !reachesCeilingBelow(confirmed, proposal)
  );
}

function reachesCeilingBelow(
  confirmed: number,
  proposal: ProposalForAgreement,
): boolean {
  return (
    proposal.score >= (proposal.ceiling ?? MAX_SCORE) &&
    confirmed > proposal.score
  );
}

/**
 * The agreement of one proposal with a confirmed score.
 *
 * @public
 */
export function agreementOf(
  confirmed: number,
  proposal: ProposalForAgreement,
): EvidenceAgreement {
  if (
    proposal.score === confirmed ||
    reachesCeilingBelow(confirmed, proposal)
  ) {
    return 'agrees';
  }
  return Math.abs(proposal.score - confirmed) === 1 ? 'near' : 'disputes';
}

/**
 * The confidence (0 to 1, two decimals) in a score recorded at `recordedAt`: it halves every
 * `halfLifeMs`, and the proposals for its vector scale it by the mean of their
 * {@link AGREEMENT_FACTORS}.
 *
 * @public
 */
export function scoreConfidence(options: {
  confirmed: number;
  recordedAt: Date;
  proposals: ReadonlyArray<ProposalForAgreement>;
  halfLifeMs: number;
  now: Date;
}): number {
  const { confirmed, recordedAt, proposals, halfLifeMs, now } = options;
  const ageMs = Math.max(0, now.getTime() - recordedAt.getTime());
  const freshness = 0.5 ** (ageMs / halfLifeMs);
  const factor =
    proposals.length === 0
      ? AGREEMENT_FACTORS.none
      : proposals.reduce(
          (sum, p) => sum + AGREEMENT_FACTORS[agreementOf(confirmed, p)],
          0,
        ) / proposals.length;
  return Math.round(freshness * factor * 100) / 100;
}
