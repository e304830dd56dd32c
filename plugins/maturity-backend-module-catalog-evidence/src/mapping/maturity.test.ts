import { entity, factValues } from '../__testUtils__/entities';
import { CREATED_AT_ANNOTATION } from './createdAt';
import { proposeMaturity } from './maturity';

const NOW = new Date('2025-06-01T00:00:00Z');
const OWNER = 'group:default/team-a';

const component = (spec: Record<string, string>, createdAt?: string) =>
  entity('component', 'c', {
    spec: { type: 'service', ...spec },
    ...(createdAt
      ? { annotations: { [CREATED_AT_ANNOTATION]: createdAt } }
      : {}),
  });

describe('maturity', () => {
  it('proposes nothing for an entity with neither lifecycle nor age, e.g. a resource', () => {
    const proposal = proposeMaturity(
      entity('resource', 'db', { spec: { type: 'database', owner: OWNER } }),
      NOW,
    );
    expect(proposal).toMatchObject({ vector: 'maturity', score: null });
    expect(factValues(proposal)).toEqual({ owner: OWNER, lifecycle: false });
    expect(proposal.reasons).toEqual([
      'no lifecycle and no agile-ops/created-at: the catalog cannot tell how long it has been around',
    ]);
  });

  it('proposes nothing for an entity without any spec or annotations', () => {
    const proposal = proposeMaturity(entity('component', 'bare'), NOW);
    expect(proposal.score).toBeNull();
    expect(factValues(proposal)).toEqual({ owner: false, lifecycle: false });
  });

  it.each([
    ['production without a date', 'production', undefined, 2],
    ['production for 10 days', 'production', '2025-05-22', 1],
    ['production for 30 days', 'production', '2025-05-02', 2],
    ['production for 364 days', 'production', '2024-06-02', 2],
    ['production for a year', 'production', '2024-06-01', 3],
    ['production for six years', 'production', '2019-01-01', 3],
    ['experimental without a date', 'experimental', undefined, 1],
    ['experimental for three years', 'experimental', '2022-01-01', 1],
    ['deprecated without a date', 'deprecated', undefined, 2],
    ['deprecated for ten years', 'deprecated', '2015-01-01', 2],
    ['a lifecycle of its own without a date', 'beta', undefined, null],
    ['a lifecycle of its own for two years', 'beta', '2023-06-01', 2],
    ['a lifecycle of its own for a week', 'beta', '2025-05-25', 1],
  ] as const)('proposes for %s', (_, lifecycle, date, score) => {
    const proposal = proposeMaturity(
      component({ lifecycle, owner: OWNER }, date),
      NOW,
    );
    expect(proposal.score).toBe(score);
    expect(proposal.score === null || proposal.score <= 3).toBe(true);
  });

  it('records the date rather than the age, so the fact does not change every day', () => {
    const entityOf = component(
      { lifecycle: 'production', owner: OWNER },
      '2024-01-15',
    );
    const today = proposeMaturity(entityOf, NOW);
    const tomorrow = proposeMaturity(
      entityOf,
      new Date(NOW.getTime() + 86_400_000),
    );
    expect(factValues(today)).toEqual({
      owner: OWNER,
      lifecycle: 'production',
      'created-at': '2024-01-15',
    });
    expect(factValues(tomorrow)).toEqual(factValues(today));
    expect(today.facts[2].text).toBe(
      'Created 2024-01-15, 503 days ago (agile-ops/created-at)',
    );
    expect(today.reasons[0]).toMatch(/in production for 503 days proposes 3/);
  });

  it('reads the lifecycle case-insensitively', () => {
    expect(
      proposeMaturity(component({ lifecycle: 'Deprecated', owner: OWNER }), NOW)
        .score,
    ).toBe(2);
  });

  it('caps an entity without an owner at 1, saying why', () => {
    const proposal = proposeMaturity(
      component({ lifecycle: 'production' }, '2020-01-01'),
      NOW,
    );
    expect(proposal.score).toBe(1);
    expect(factValues(proposal).owner).toBe(false);
    expect(proposal.reasons).toContain(
      'no spec.owner caps it at 1: nobody is named to look after it',
    );
  });

  it('ignores a date that cannot be used, and says so, without a created-at fact', () => {
    const proposal = proposeMaturity(
      component({ lifecycle: 'production', owner: OWNER }, 'last spring'),
      NOW,
    );
    expect(proposal.score).toBe(2);
    expect(factValues(proposal)).not.toHaveProperty('created-at');
    expect(proposal.reasons[1]).toBe(
      'agile-ops/created-at "last spring" is not a past ISO date and was ignored',
    );
  });
});
