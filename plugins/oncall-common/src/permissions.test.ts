import { isResourcePermission } from '@backstage/plugin-permission-common';
import {
  oncallHandoffNoteCreatePermission,
  oncallImportPermission,
  oncallInterruptCreatePermission,
  oncallOverrideCreatePermission,
  oncallPermissions,
  oncallRotationManagePermission,
} from './permissions';

describe('oncall permissions', () => {
  it.each([
    [oncallRotationManagePermission, 'oncall.rotation.manage', 'update'],
    [oncallOverrideCreatePermission, 'oncall.override.create', 'create'],
    [oncallInterruptCreatePermission, 'oncall.interrupt.create', 'create'],
    [oncallHandoffNoteCreatePermission, 'oncall.handoff-note.create', 'create'],
  ])(
    '%o is a resource permission on catalog entities',
    (permission, name, action) => {
      expect(permission.name).toBe(name);
      expect(permission.attributes.action).toBe(action);
      expect(isResourcePermission(permission, 'catalog-entity')).toBe(true);
    },
  );

  it('has a basic permission for imports, which may touch many groups', () => {
    expect(oncallImportPermission).toEqual({
      type: 'basic',
      name: 'oncall.import',
      attributes: { action: 'create' },
    });
  });

  it('lists every permission once', () => {
    expect(oncallPermissions.map(p => p.name).sort()).toEqual([
      'oncall.handoff-note.create',
      'oncall.import',
      'oncall.interrupt.create',
      'oncall.override.create',
      'oncall.rotation.manage',
    ]);
  });
});
