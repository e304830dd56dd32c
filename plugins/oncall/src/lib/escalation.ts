import { NowResponse } from '@agile-ops/plugin-oncall-common';
import { roleLabel } from './roles';

/** One step of the escalation chain: whom to call and why them. */
export interface EscalationStep {
  user: string;
  /** The roles the person holds now, e.g. "Person of the Week"; "Group lead" for the lead. */
  reasons: string[];
}

/** The roles that take part in escalation, in the backend's order. */
const ESCALATING_ROLES = new Set(['potw', 'primary', 'secondary']);

/**
 * The backend's escalation chain with the reason each person is in it.
 *
 * @remarks
 * The chain is PoTW, primary, secondary, then the group lead, without repeats. Someone in it who
 * holds none of the first three roles now can therefore only be there as the lead.
 */
export function escalationSteps(now: NowResponse): EscalationStep[] {
  return now.escalation.map(user => {
    const reasons = now.roles
      .filter(r => r.user === user && ESCALATING_ROLES.has(r.role))
      .map(r => roleLabel(r.role));
    return { user, reasons: reasons.length ? reasons : ['Group lead'] };
  });
}
