import { EvidenceProposal } from '@agile-ops/plugin-maturity-node';
import { TeamOncall } from '../facts/TeamOncall';
import { proposeOperability } from './operability';
import { proposeStability } from './stability';
import { proposeSupportability } from './supportability';

/**
 * The proposals of one team's on-call facts, for every entity the team covers. A team without
 * a rotation gets only the low supportability proposal: having no rotation is itself a fact
 * about support, while its ledger, if it keeps one, is not taken as evidence without the PoTW
 * practice that fills it.
 */
export function proposalsOf(oncall: TeamOncall, now: Date): EvidenceProposal[] {
  const supportability = proposeSupportability(oncall, now);
  if (oncall.rotations.length === 0) return [supportability];
  return [supportability, proposeOperability(oncall), proposeStability(oncall)];
}
