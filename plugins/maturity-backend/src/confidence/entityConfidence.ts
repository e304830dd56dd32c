import {
  proposalDisputes,
  ProposalForAgreement,
  scoreConfidence,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import { MaturitySettings } from '../service/settings';

/** What of an entity its confidence is computed from. */
export interface ConfidenceInput {
  scores: ReadonlyArray<{ vector: VectorId; score: number; recordedAt: Date }>;
  /** Its proposals; dismissed ones and those without a score say nothing and are skipped. */
  proposals: ReadonlyArray<{
    vector: string;
    score: number | null;
    /** The most its provider can propose; the top of the scale when not given. */
    ceiling?: number;
    dismissed: boolean;
  }>;
}

/** The confidence settings and the gap from which a proposal disputes a score. */
export interface ConfidenceSettings {
  halfLifeMs: number;
  proposalGap: number;
}

/** The confidence settings of the plugin's settings: the half-life and the notices' gap. */
export function confidenceSettingsOf(
  settings: Pick<MaturitySettings, 'confidence' | 'notifications'>,
): ConfidenceSettings {
  return {
    halfLifeMs: settings.confidence.halfLifeMs,
    proposalGap: settings.notifications.proposalGap,
  };
}

/** An entity's confidence: per scored vector, their mean, and whether a proposal disputes one. */
export interface EntityConfidence {
  vectors: Partial<Record<VectorId, number>>;
  /** null when nothing is scored. */
  mean: number | null;
  disputed: boolean;
}

/** The confidence of each current score of one entity, from its age and the evidence. */
export function entityConfidence(
  input: ConfidenceInput,
  settings: ConfidenceSettings,
  now: Date,
): EntityConfidence {
  const byVector = new Map<string, ProposalForAgreement[]>();
  for (const p of input.proposals) {
    if (p.dismissed || p.score === null) continue;
    byVector.set(p.vector, [
      ...(byVector.get(p.vector) ?? []),
      { score: p.score, ceiling: p.ceiling },
    ]);
  }
  const vectors: Partial<Record<VectorId, number>> = {};
  let disputed = false;
  for (const { vector, score, recordedAt } of input.scores) {
    const proposals = byVector.get(vector) ?? [];
    vectors[vector] = scoreConfidence({
      confirmed: score,
      recordedAt,
      proposals,
      halfLifeMs: settings.halfLifeMs,
      now,
    });
    disputed ||= proposals.some(p =>
      proposalDisputes(score, p, settings.proposalGap),
    );
  }
  const values = Object.values(vectors);
  return {
    vectors,
    mean:
      values.length === 0
        ? null
        : Math.round(
            (values.reduce((s, v) => s + v, 0) / values.length) * 100,
          ) / 100,
    disputed,
  };
}
