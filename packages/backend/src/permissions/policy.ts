import {
  createMaturityConditionalDecision,
  maturityConditions,
} from '@agile-ops/plugin-maturity-backend/alpha';
import {
  maturityAssessmentCreatePermission,
  maturityAssessmentImportPermission,
  maturityFactsPushPermission,
  maturityHierarchyRefreshPermission,
} from '@agile-ops/plugin-maturity-common';
import {
  createOncallConditionalDecision,
  oncallConditions,
} from '@agile-ops/plugin-oncall-backend/alpha';
import {
  oncallImportPermission,
  oncallPermissions,
} from '@agile-ops/plugin-oncall-common';
import {
  coreServices,
  createBackendModule,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';

/** Members of this group may assess any entity; everyone else only what their teams own. */
export const ARCHITECTS_GROUP = 'group:default/architects';

/**
 * The label that marks an entity as confidential: only its owners and the architects may
 * read it (the demo's fraud-detection system and everything in it carry it).
 */
export const CONFIDENTIALITY_LABEL = 'agile-ops/confidentiality';
/** The value of {@link CONFIDENTIALITY_LABEL} that hides an entity. */
export const CONFIDENTIAL = 'confidential';

// Matched by name and resource type: the catalog's common package is not a dependency here.
const CATALOG_ENTITY_READ = 'catalog.entity.read';

/**
 * The portal's permission policy: everyone signed in may read what is not confidential;
 * confidential entities only their owners and the architects; an entity's owners and the
 * architects may assess its maturity; architects may start a hierarchy sync by hand, import
 * past assessments and push facts; the members of a group manage its rotations, overrides,
 * hand-off notes and interrupt ledger.
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (
      request.permission.name === CATALOG_ENTITY_READ &&
      isResourcePermission(request.permission, 'catalog-entity')
    ) {
      // Without a user it is a backend acting for itself (catalog processing, the maturity
      // hierarchy sync, search indexing): they see everything and filter per user themselves.
      if (!user) {
        return { result: AuthorizeResult.ALLOW };
      }
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        user.credentials,
      );
      if (ownershipEntityRefs.includes(ARCHITECTS_GROUP)) {
        return { result: AuthorizeResult.ALLOW };
      }
      return createCatalogConditionalDecision(request.permission, {
        anyOf: [
          {
            not: catalogConditions.hasLabel({
              label: CONFIDENTIALITY_LABEL,
              value: CONFIDENTIAL,
            }),
          },
          catalogConditions.isEntityOwner({ claims: ownershipEntityRefs }),
        ],
      });
    }
    if (isPermission(request.permission, maturityAssessmentCreatePermission)) {
      if (!user) {
        return { result: AuthorizeResult.DENY };
      }
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        user.credentials,
      );
      if (ownershipEntityRefs.includes(ARCHITECTS_GROUP)) {
        return { result: AuthorizeResult.ALLOW };
      }
      return createMaturityConditionalDecision(
        request.permission,
        maturityConditions.isEntityOwner({ claims: ownershipEntityRefs }),
      );
    }
    if (
      isPermission(request.permission, maturityHierarchyRefreshPermission) ||
      isPermission(request.permission, maturityAssessmentImportPermission) ||
      isPermission(request.permission, maturityFactsPushPermission) ||
      isPermission(request.permission, oncallImportPermission)
    ) {
      // The sync runs on a schedule anyway; starting it by hand, importing assessments,
      // rotations and interrupts under other people's names, and pushing facts as a user (CI
      // pushes with a service token), are for the architects. Backends acting for themselves
      // (the demo's data) never reach the policy: the permission framework lets service calls
      // through.
      const refs = user
        ? (await this.userInfo.getUserInfo(user.credentials))
            .ownershipEntityRefs
        : [];
      return {
        result: refs.includes(ARCHITECTS_GROUP)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    const oncall = oncallPermissions.find(p =>
      isPermission(request.permission, p),
    );
    if (oncall && isResourcePermission(request.permission, 'catalog-entity')) {
      if (!user) {
        return { result: AuthorizeResult.DENY };
      }
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        user.credentials,
      );
      return createOncallConditionalDecision(
        request.permission,
        oncallConditions.isGroupMember({ claims: ownershipEntityRefs }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** Installs {@link PortalPermissionPolicy} into the permission backend. */
export const portalPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'portal-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, userInfo }) {
        policy.setPolicy(new PortalPermissionPolicy(userInfo));
      },
    });
  },
});
