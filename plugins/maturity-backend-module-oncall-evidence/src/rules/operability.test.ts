import { iterations, teamOncall } from '../__testUtils__/teamFacts';
import { proposeOperability } from './operability';

// Capacity is 6000 minutes an iteration unless given, so 600 minutes are a 10 % share.
const propose = (...parts: Parameters<typeof iterations>) =>
  proposeOperability(teamOncall({ iterations: iterations(...parts) }));

const factValues = (p: ReturnType<typeof proposeOperability>) =>
  Object.fromEntries(p.facts.map(f => [f.key, f.value]));

describe('proposeOperability', () => {
  it.each([
    ['half or more', 3000, 1],
    ['just under half', 2999, 2],
    ['a quarter', 1500, 2],
    ['under a quarter', 1499, 3],
    ['little', 60, 3],
  ])('proposes from the mean share: %s of capacity', (_, minutes, score) => {
    const proposal = propose({ minutes }, { minutes });

    expect(proposal.score).toBe(score);
    expect(proposal.reasons.at(-1)).toMatch(/^above 3 needs/);
  });

  it('states the mean and latest share and the trend as facts, observed at the latest iteration’s end', () => {
    const proposal = propose(
      { minutes: 600 },
      { minutes: 1200 },
      { minutes: 1800 },
    );

    expect(factValues(proposal)).toEqual({
      'interrupt-share-percent': 20,
      'latest-interrupt-share-percent': 30,
      'interrupt-share-trend': 'rising',
    });
    expect(proposal.facts[0].observedAt.toISOString()).toBe(
      '2026-06-01T12:00:00.000Z',
    );
  });

  it('takes one off for a rising share, but not below 1', () => {
    // Mean 20 %: 3; the latest (30 %) is 15 points above the mean of the two before.
    expect(
      propose({ minutes: 600 }, { minutes: 1200 }, { minutes: 1800 }).score,
    ).toBe(2);
    // Mean 63 %: 1 already.
    expect(
      propose({ minutes: 3000 }, { minutes: 3600 }, { minutes: 4800 }).score,
    ).toBe(1);
  });

  it('adds one for a falling share, but not above 3', () => {
    // Mean 55 %: 1; the latest (30 %) is 37.5 points below the mean of those before.
    const falling = propose(
      { minutes: 4200 },
      { minutes: 3900 },
      { minutes: 1800 },
    );
    expect(falling.score).toBe(2);
    expect(falling.reasons[1]).toMatch(/is falling .*adds one.*: 2$/);
    // Mean 10 %: 3 already.
    expect(
      propose({ minutes: 900 }, { minutes: 900 }, { minutes: 0 }).score,
    ).toBe(3);
  });

  it('sees no trend in a move of less than 5 points, nor with only two iterations', () => {
    const steady = propose(
      { minutes: 1200 },
      { minutes: 1200 },
      { minutes: 1440 },
    );
    expect(steady.score).toBe(3);
    expect(factValues(steady)['interrupt-share-trend']).toBe('steady');

    const short = propose({ minutes: 0 }, { minutes: 2400 });
    expect(factValues(short)['interrupt-share-trend']).toBe('unknown');
    expect(short.score).toBe(3);
  });

  it('proposes nothing (null) when the team has no planned capacity', () => {
    const proposal = propose(
      { minutes: 600, capacity: 0 },
      { minutes: 900, capacity: 0 },
    );

    expect(proposal.score).toBeNull();
    expect(proposal.reasons[0]).toMatch(/no planned capacity/);
  });

  it('leaves iterations without capacity out of the share', () => {
    const proposal = propose(
      { minutes: 5000, capacity: 0 },
      { minutes: 600 },
      { minutes: 600 },
    );

    expect(factValues(proposal)['interrupt-share-percent']).toBe(10);
    expect(proposal.reasons[0]).toMatch(/^a mean interrupt share of 10 %/);
  });

  it('proposes nothing (null) when no interrupt effort was logged', () => {
    const proposal = propose({ requests: 3 }, {});

    expect(proposal.score).toBeNull();
    expect(factValues(proposal)).toEqual({ 'interrupt-minutes': 0 });
  });

  it('proposes nothing (null) without a completed iteration', () => {
    expect(proposeOperability(teamOncall()).score).toBeNull();
  });
});
