import { iterations, NOW, teamOncall } from '../__testUtils__/teamFacts';
import { proposalsOf } from './proposals';

describe('proposalsOf', () => {
  it('gives a team without a rotation only the supportability proposal, its ledger notwithstanding', () => {
    const proposals = proposalsOf(
      teamOncall({
        rotations: [],
        potwUncoveredMinutes: undefined,
        iterations: iterations({ minutes: 3000, incidents: 5 }),
      }),
      NOW,
    );

    expect(proposals.map(p => [p.vector, p.score])).toEqual([
      ['supportability', 1],
    ]);
  });

  it('proposes on all three vectors for a team with a rotation, never above 3', () => {
    const proposals = proposalsOf(
      teamOncall({ iterations: iterations({ minutes: 10, requests: 1 }, {}) }),
      NOW,
    );

    expect(proposals.map(p => [p.vector, p.score])).toEqual([
      ['supportability', 3],
      ['operability', 3],
      ['stability', 3],
    ]);
  });
});
