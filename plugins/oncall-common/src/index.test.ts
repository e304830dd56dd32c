import * as api from './index';

describe('public API', () => {
  it('exports the documented names', () => {
    const expected = [
      'ROTATION_ROLES',
      'MIN_SHIFT_LENGTH',
      'validateTimezone',
      'validateRotationVersion',
      'validateRotationVersions',
      'validateRotation',
      'validateOverride',
      'shiftsInWindow',
      'spec',
      'ONCALL_TEAM_ANNOTATION',
      'whoCovers',
      'nextHandoff',
      'INTERRUPT_CATEGORIES',
      'INTERRUPT_SOURCES',
      'isInterruptCategory',
      'isInterruptSource',
      'DEFAULT_ITERATION_LENGTH',
      'iterationStats',
      'oncallRotationManagePermission',
      'oncallOverrideCreatePermission',
      'oncallInterruptCreatePermission',
      'oncallHandoffNoteCreatePermission',
      'oncallImportPermission',
      'oncallPermissions',
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

  it('reads the ledger categories and sources from the OpenAPI document', () => {
    expect(api.INTERRUPT_CATEGORIES).toBe(
      api.spec.components.schemas.Category.enum,
    );
    expect(api.INTERRUPT_SOURCES).toBe(
      api.spec.components.schemas.Interrupt.properties.source.enum,
    );
    expect(api.CreateInterruptRequestSchema.shape.category.options).toEqual([
      ...api.INTERRUPT_CATEGORIES,
    ]);
  });
});
