import {
  DEFAULT_ENTITY_LEVEL_RULE,
  DEFAULT_ROLLUP_RULE,
  ENTITY_LEVEL_RULES,
  isEntityLevelRule,
  isRollupRule,
  ROLLUP_RULES,
} from './rules';

describe('rules', () => {
  it('lists the entity level rules with mean as the default', () => {
    expect([...ENTITY_LEVEL_RULES]).toEqual(['mean', 'weakest-link']);
    expect(DEFAULT_ENTITY_LEVEL_RULE).toBe('mean');
  });

  it('lists the roll-up rules with mean as the default', () => {
    expect([...ROLLUP_RULES]).toEqual(['mean', 'min', 'weighted', 'p25']);
    expect(DEFAULT_ROLLUP_RULE).toBe('mean');
  });

  it('guards rule names exactly', () => {
    expect(isEntityLevelRule('weakest-link')).toBe(true);
    expect(isEntityLevelRule('min')).toBe(false);
    expect(isEntityLevelRule(undefined)).toBe(false);
    expect(isRollupRule('p25')).toBe(true);
    expect(isRollupRule('weakest-link')).toBe(false);
    expect(isRollupRule('P25')).toBe(false);
  });
});
