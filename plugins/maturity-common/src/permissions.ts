import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Permission to record an assessment (scores for some or all vectors) for one catalog entity.
 *
 * It is a resource permission on the catalog entity being assessed, so a policy can allow it
 * outright (for example for architects) or conditionally (for example for the entity's owners).
 *
 * @public
 */
export const maturityAssessmentCreatePermission = createPermission({
  name: 'maturity.assessment.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Permission to start a sync of the entity hierarchy from the catalog on demand (it also runs on
 * a schedule).
 *
 * @public
 */
export const maturityHierarchyRefreshPermission = createPermission({
  name: 'maturity.hierarchy.refresh',
  attributes: { action: 'update' },
});

/**
 * Permission to import past assessments (`POST /import/assessments`): scores stored as given
 * by someone else at an earlier time, with source `import`.
 *
 * @public
 */
export const maturityAssessmentImportPermission = createPermission({
  name: 'maturity.assessment.import',
  attributes: { action: 'create' },
});

/**
 * Permission to push facts about components and resources (`POST /facts`), as CI pipelines and
 * other tools do; configured fact rules turn them into proposals, never into scores.
 *
 * @public
 */
export const maturityFactsPushPermission = createPermission({
  name: 'maturity.facts.push',
  attributes: { action: 'create' },
});

/**
 * Every permission the maturity plugins define, for registration with the permission framework.
 *
 * @public
 */
export const maturityPermissions = [
  maturityAssessmentCreatePermission,
  maturityHierarchyRefreshPermission,
  maturityAssessmentImportPermission,
  maturityFactsPushPermission,
];
