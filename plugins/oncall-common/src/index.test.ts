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
      'oncallPermissions',
    ];
    expect(Object.keys(api).sort()).toEqual(expected.sort());
  });
});
