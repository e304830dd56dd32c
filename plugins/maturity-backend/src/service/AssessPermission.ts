import {
  AuthService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { maturityAssessmentCreatePermission } from '@agile-ops/plugin-maturity-common';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import { CallerCache, CallerCacheOptions } from '@agile-ops/backend-common';
import { maturityEntityResourceRef } from '../permissions/rules';

// What the plugin's rules read of an entity: its ownership relations and owner annotations.
const OWNERSHIP_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.annotations',
  'relations',
];

/**
 * Whether a caller may assess an entity (`maturity.assessment.create`). The policy is asked
 * without a resource, once per caller for as long as read answers are kept; a conditional
 * decision for this plugin's rules is then applied here to the entity's ownership, as the
 * catalog applies its own conditions, instead of the permission backend calling back into the
 * plugin on every write. A conditional decision for another plugin's rules is left to the
 * permission backend with the entity named.
 */
export class AssessPermission {
  private readonly decisions: CallerCache<PolicyDecision>;
  private readonly satisfies: (
    decision: PolicyDecision,
    entity: Entity | undefined,
  ) => boolean;

  constructor(
    private readonly deps: {
      permissions: PermissionsService;
      catalog: CatalogService;
      auth: AuthService;
      /** The plugin's rules, as registered with the permissions registry. */
      rules: PermissionRuleset<Entity>;
      /** How long a caller's decision is kept; nothing is kept without it. */
      cache?: CallerCacheOptions;
    },
  ) {
    this.decisions = new CallerCache(deps.cache ?? { ttlMs: 0, maxEntries: 0 });
    this.satisfies = createConditionAuthorizer(deps.rules);
  }

  /** True when the policy lets the caller assess the entity at `entityRef` (a lower-case ref). */
  async allows(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const decision = await this.decisionOf(credentials);
    if (decision.result !== AuthorizeResult.CONDITIONAL) {
      return decision.result === AuthorizeResult.ALLOW;
    }
    if (
      decision.pluginId !== maturityEntityResourceRef.pluginId ||
      decision.resourceType !== maturityEntityResourceRef.resourceType
    ) {
      const [answer] = await this.deps.permissions.authorize(
        [
          {
            permission: maturityAssessmentCreatePermission,
            resourceRef: entityRef,
          },
        ],
        { credentials },
      );
      return answer.result === AuthorizeResult.ALLOW;
    }
    // The plugin's own service reads the entity, as the registry's resource loader does: the
    // caller's read access is checked apart, and the rules need the relations it may not see.
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: [entityRef], fields: OWNERSHIP_FIELDS },
      { credentials: await this.deps.auth.getOwnServiceCredentials() },
    );
    return this.satisfies(decision, items[0] ?? undefined);
  }

  private async decisionOf(
    credentials: BackstageCredentials,
  ): Promise<PolicyDecision> {
    const kept = this.decisions.get(credentials, '');
    if (kept) return kept;
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission: maturityAssessmentCreatePermission }],
      { credentials },
    );
    this.decisions.set(credentials, '', decision);
    return decision;
  }
}
