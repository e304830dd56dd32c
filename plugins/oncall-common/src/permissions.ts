import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import { createPermission } from '@backstage/plugin-permission-common';

// Every permission here but the import is a resource permission on the catalog entity of the
// group that owns the rotation or the ledger, so a policy can grant it conditionally, e.g. to
// the group's members, with a rule the backend ships.

/**
 * Permission to create, edit (add a version to) and delete a group's rotations.
 *
 * @public
 */
export const oncallRotationManagePermission = createPermission({
  name: 'oncall.rotation.manage',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Permission to create an override on one of a group's rotations.
 *
 * @public
 */
export const oncallOverrideCreatePermission = createPermission({
  name: 'oncall.override.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Permission to record an interrupt in a group's interrupt ledger.
 *
 * @public
 */
export const oncallInterruptCreatePermission = createPermission({
  name: 'oncall.interrupt.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Permission to leave a note on one of a group's hand-offs.
 *
 * @public
 */
export const oncallHandoffNoteCreatePermission = createPermission({
  name: 'oncall.handoff-note.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Permission to import rotations and past interrupts (`POST /import`) for any group: records
 * stored as given, made by someone else at an earlier time. A basic permission, because one
 * import may touch many groups.
 *
 * @public
 */
export const oncallImportPermission = createPermission({
  name: 'oncall.import',
  attributes: { action: 'create' },
});

/**
 * Every permission the on-call plugins define, for registration with the permission framework.
 *
 * @public
 */
export const oncallPermissions = [
  oncallRotationManagePermission,
  oncallOverrideCreatePermission,
  oncallInterruptCreatePermission,
  oncallHandoffNoteCreatePermission,
  oncallImportPermission,
];
