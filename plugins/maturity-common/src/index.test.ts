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
      'maturityAssessmentImportPermission',
      'maturityFactsPushPermission',
      'maturityPermissions',
      'maturityHierarchyRefreshPermission',
      'SCORE_SOURCES',
      'ASSESSMENT_LIMITS',
      'ORGANIZATION_SCOPE_REF',
      'proposeAutomationScore',
      'spec',
      'findRepeatedVector',
      'repeatedVectorMessage',
      'AGREEMENT_FACTORS',
      'agreementOf',
      'proposalDisputes',
      'scoreConfidence',
    ];
    const isZodSchema = (name: string) => name.endsWith('Schema');
    expect(
      Object.keys(api)
        .filter(name => !isZodSchema(name))
        .sort(),
    ).toEqual(expected.sort());
    // The generated zod schemas are one per model of the OpenAPI document, and only those.
    const models = Object.keys(api.spec.components.schemas);
    const zodSchemas = Object.keys(api).filter(isZodSchema);
    expect(zodSchemas.length).toBeGreaterThan(10);
    expect(
      zodSchemas.filter(name => !models.includes(name.slice(0, -6))),
    ).toEqual([]);
  });

  it('does not leak internal helpers', () => {
    expect(api).not.toHaveProperty('describeValue');
    expect(api).not.toHaveProperty('isRecord');
  });
});
