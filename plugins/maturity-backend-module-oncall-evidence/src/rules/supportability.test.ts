import { NOW, teamOncall } from '../__testUtils__/teamFacts';
import { proposeSupportability } from './supportability';

const factValues = (p: ReturnType<typeof proposeSupportability>) =>
  Object.fromEntries(p.facts.map(f => [f.key, f.value]));

describe('proposeSupportability', () => {
  it('proposes 1 for a team without a rotation, saying so', () => {
    const proposal = proposeSupportability(
      teamOncall({ rotations: [], potwUncoveredMinutes: undefined }),
      NOW,
    );

    expect(proposal.score).toBe(1);
    expect(proposal.reasons[0]).toMatch(/has no on-call rotation.*: 1$/);
    expect(factValues(proposal)).toEqual({ rotations: 0 });
    expect(proposal.facts[0]).toMatchObject({
      source: 'oncall',
      observedAt: NOW,
    });
  });

  it('proposes 1 when no rotation has two people, however well it is covered', () => {
    const proposal = proposeSupportability(
      teamOncall({
        rotations: [
          { role: 'potw', people: 1 },
          { role: 'primary', people: 1 },
        ],
      }),
      NOW,
    );

    expect(proposal.score).toBe(1);
    expect(factValues(proposal)).toEqual({
      rotations: 2,
      'rotation-people': 1,
    });
  });

  it('proposes 3 for two people, PoTW covered for four weeks and a chain of two', () => {
    const proposal = proposeSupportability(
      teamOncall({ rotations: [{ role: 'potw', people: 2 }] }),
      NOW,
    );

    expect(proposal.score).toBe(3);
    expect(factValues(proposal)).toEqual({
      rotations: 1,
      'rotation-people': 2,
      'potw-uncovered-hours': 0,
      'escalation-people': 2,
    });
    expect(proposal.reasons.at(-1)).toMatch(/^above 3 needs/);
  });

  it('stays at 2 when PoTW has a gap in the coming weeks, counting its hours up', () => {
    const proposal = proposeSupportability(
      teamOncall({ potwUncoveredMinutes: 61 }),
      NOW,
    );

    expect(proposal.score).toBe(2);
    expect(factValues(proposal)['potw-uncovered-hours']).toBe(2);
    expect(proposal.reasons).toContain(
      '3 needs PoTW covered for the next 28 days without a gap',
    );
  });

  it('stays at 2 without a PoTW rotation, even with other rotations covered', () => {
    const proposal = proposeSupportability(
      teamOncall({
        rotations: [{ role: 'primary', people: 4 }],
        potwUncoveredMinutes: undefined,
      }),
      NOW,
    );

    expect(proposal.score).toBe(2);
    expect(factValues(proposal)['potw-rotation']).toBe(false);
  });

  it('stays at 2 when the escalation chain names only the person on duty', () => {
    const proposal = proposeSupportability(
      teamOncall({ escalationPeople: 1 }),
      NOW,
    );

    expect(proposal.score).toBe(2);
    expect(proposal.reasons.join(' ')).toMatch(
      /escalation chain that goes past/,
    );
  });

  it('takes the largest rotation for the people count', () => {
    const proposal = proposeSupportability(
      teamOncall({
        rotations: [
          { role: 'potw', people: 1 },
          { role: 'secondary', people: 5 },
        ],
      }),
      NOW,
    );

    expect(factValues(proposal)['rotation-people']).toBe(5);
    expect(proposal.score).toBe(3);
  });
});
