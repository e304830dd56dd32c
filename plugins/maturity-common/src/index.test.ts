import * as api from './index';

describe('public API', () => {
  it('exports the documented names', () => {
    const expected = [
      'VECTOR_IDS',
      'MATURITY_VECTORS',
      'isVectorId',
      'getVector',
      'compareVectorIds',
      'MATURITY_LEVELS',
      'MIN_SCORE',
      'MAX_SCORE',
      'isScore',
      'getLevel',
      'RUBRIC_VERSION',
      'ENTITY_LEVEL_RULES',
      'DEFAULT_ENTITY_LEVEL_RULE',
      'isEntityLevelRule',
      'ROLLUP_RULES',
      'DEFAULT_ROLLUP_RULE',
      'isRollupRule',
      'DEFAULT_MIN_COVERAGE',
      'computeEntityLevel',
      'rollUp',
      'percentileCont',
      'distribution',
      'DEFAULT_TIER_WEIGHTS',
      'tierWeight',
      'summarizeRatings',
      'targetApplies',
      'findTargetGaps',
      'maturityAssessmentCreatePermission',
      'maturityPermissions',
      'maturityHierarchyRefreshPermission',
      'SCORE_SOURCES',
      'ASSESSMENT_LIMITS',
      'ORGANIZATION_SCOPE_REF',
      'proposeAutomationScore',
    ];
    expect(Object.keys(api).sort()).toEqual(expected.sort());
  });

  it('does not leak internal helpers', () => {
    expect(api).not.toHaveProperty('describeValue');
    expect(api).not.toHaveProperty('isRecord');
  });
});
