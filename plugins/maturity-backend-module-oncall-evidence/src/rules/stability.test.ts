import { iterations, teamOncall } from '../__testUtils__/teamFacts';
import { proposeStability } from './stability';

const propose = (...parts: Parameters<typeof iterations>) =>
  proposeStability(teamOncall({ iterations: iterations(...parts) }));

const factValues = (p: ReturnType<typeof proposeStability>) =>
  Object.fromEntries(p.facts.map(f => [f.key, f.value]));

describe('proposeStability', () => {
  it.each([
    ['4 a fortnight', { incidents: 3, alerts: 1 }, 1],
    ['just under 4', { incidents: 3, alerts: 0 }, 2],
    ['1 a fortnight', { alerts: 1 }, 2],
    ['none, with other interrupts logged', { requests: 5 }, 3],
  ])(
    'proposes from incidents and alerts per two weeks: %s',
    (_, parts, score) => {
      expect(propose(parts, parts).score).toBe(score);
    },
  );

  it('counts per two weeks whatever the iteration length', () => {
    // 2 failures in one week are 4 per two weeks.
    const proposal = propose(
      { days: 7, incidents: 2 },
      { days: 7, incidents: 2 },
    );

    expect(proposal.score).toBe(1);
    expect(factValues(proposal)).toMatchObject({
      failures: 4,
      'failures-per-two-weeks': 4,
    });
  });

  it('takes one off when failures rise in the latest iteration', () => {
    // 6 in 6 weeks are 2 per two weeks: 2; the latest (4) is 3 above the mean of those before.
    const proposal = propose(
      { incidents: 1 },
      { incidents: 1 },
      { incidents: 4 },
    );

    expect(proposal.score).toBe(1);
    expect(factValues(proposal)).toMatchObject({
      'latest-failures': 4,
      'failure-trend': 'rising',
    });
    expect(proposal.reasons[1]).toMatch(/failure count is rising/);
  });

  it('adds one when failures fall, not above 3', () => {
    expect(
      propose({ incidents: 3 }, { alerts: 3 }, { requests: 1 }).score,
    ).toBe(3);
    expect(
      propose({ requests: 1 }, { requests: 1 }, { requests: 1 }).score,
    ).toBe(3);
  });

  it('proposes nothing (null) when the ledger holds no interrupt at all', () => {
    const proposal = propose({}, {}, {});

    expect(proposal.score).toBeNull();
    expect(proposal.facts).toEqual([]);
    expect(proposeStability(teamOncall()).score).toBeNull();
  });
});
