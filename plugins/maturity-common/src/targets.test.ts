import { TargetProfile } from './schema/openapi.generated';
import { findTargetGaps, targetApplies } from './targets';

const tier1Production: TargetProfile = {
  name: 'production tier-1',
  tiers: ['tier-1'],
  lifecycles: ['production'],
  minimums: { recoverability: 4, supportability: 3 },
};

describe('target profiles', () => {
  it('applies by tier and lifecycle, case-insensitively', () => {
    expect(
      targetApplies(tier1Production, {
        tier: 'Tier-1',
        lifecycle: 'production',
      }),
    ).toBe(true);
    expect(
      targetApplies(tier1Production, {
        tier: 'tier-2',
        lifecycle: 'production',
      }),
    ).toBe(false);
    expect(targetApplies(tier1Production, { lifecycle: 'production' })).toBe(
      false,
    );
  });

  it('applies to every entity when it names no tier or lifecycle', () => {
    expect(targetApplies({ name: 'all', minimums: {} }, {})).toBe(true);
  });

  it('reports vectors below the minimum and unscored vectors as gaps', () => {
    expect(
      findTargetGaps(
        [tier1Production],
        { tier: 'tier-1', lifecycle: 'production' },
        [
          { vector: 'recoverability', score: 2 },
          { vector: 'documentation', score: 1 },
        ],
      ),
    ).toEqual([
      {
        target: 'production tier-1',
        vector: 'supportability',
        required: 3,
        actual: null,
      },
      {
        target: 'production tier-1',
        vector: 'recoverability',
        required: 4,
        actual: 2,
      },
    ]);
  });

  it('reports no gap when the score meets the minimum exactly', () => {
    expect(
      findTargetGaps(
        [tier1Production],
        { tier: 'tier-1', lifecycle: 'production' },
        [
          { vector: 'recoverability', score: 4 },
          { vector: 'supportability', score: 5 },
        ],
      ),
    ).toEqual([]);
  });

  it('reports nothing for an entity no profile applies to', () => {
    expect(findTargetGaps([tier1Production], { tier: 'tier-3' }, [])).toEqual(
      [],
    );
  });
});
