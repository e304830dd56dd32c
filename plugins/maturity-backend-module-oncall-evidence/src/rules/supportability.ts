import { EvidenceProposal } from '@agile-ops/plugin-maturity-node';
import { TeamOncall } from '../facts/TeamOncall';
import { count, fact } from './fact';

const CEILING =
  'above 3 needs what on-call data cannot show: runbooks, tuned alerts, quiet support';

/**
 * Supportability from a team's on-call set-up, at most 3:
 * no rotation, or none with two or more people, proposes 1 (support rests on whoever is
 * around, or on one person); a rotation with two or more people proposes 2; 3 when, besides,
 * PoTW has nobody missing over the coming weeks and the escalation chain names at least two
 * people, so a call that goes unanswered reaches someone else.
 */
export function proposeSupportability(
  oncall: TeamOncall,
  now: Date,
): EvidenceProposal {
  const { team, rotations, coverageDays, potwUncoveredMinutes } = oncall;
  const facts = [
    fact(
      'rotations',
      rotations.length,
      `${team} has ${count(rotations.length, 'on-call rotation')}`,
      now,
    ),
  ];
  const proposal = (score: number, reasons: string[]) => ({
    vector: 'supportability' as const,
    score,
    reasons: [...reasons, CEILING],
    facts,
  });
  if (rotations.length === 0) {
    return proposal(1, [
      `${team} has no on-call rotation, so support depends on whoever is around: 1`,
    ]);
  }

  const people = Math.max(...rotations.map(r => r.people));
  facts.push(
    fact(
      'rotation-people',
      people,
      `${team}'s largest rotation has ${count(people, 'person', 'people')}`,
      now,
    ),
  );
  if (people < 2) {
    return proposal(1, [
      'no rotation has two or more people, so at most one person carries its support: 1',
    ]);
  }

  const reasons = [`a rotation with ${people} people takes turns: 2`];
  const days = count(coverageDays, 'day');
  if (potwUncoveredMinutes === undefined) {
    facts.push(
      fact('potw-rotation', false, `${team} has no PoTW rotation`, now),
    );
    reasons.push('3 needs a PoTW rotation, and the team has none');
  } else {
    const hours = Math.ceil(potwUncoveredMinutes / 60);
    facts.push(
      fact(
        'potw-uncovered-hours',
        hours,
        hours === 0
          ? `${team}'s PoTW is covered for all of the next ${days}`
          : `${team}'s PoTW has nobody for ${count(
              hours,
              'hour',
            )} of the next ${days}`,
        now,
      ),
    );
    if (hours > 0) {
      reasons.push(`3 needs PoTW covered for the next ${days} without a gap`);
    }
  }
  facts.push(
    fact(
      'escalation-people',
      oncall.escalationPeople,
      `${team}'s escalation chain names ${count(
        oncall.escalationPeople,
        'person',
        'people',
      )}`,
      now,
    ),
  );
  if (oncall.escalationPeople < 2) {
    reasons.push(
      '3 needs an escalation chain that goes past the person on duty (a second role or a lead)',
    );
  }
  if (reasons.length > 1) return proposal(2, reasons);
  return proposal(3, [
    ...reasons,
    `PoTW is covered for the next ${days} and escalation reaches ${oncall.escalationPeople} people: 3`,
  ]);
}
