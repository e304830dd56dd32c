import {
  Entity,
  RELATION_HAS_MEMBER,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { z } from 'zod';

/**
 * Group entities as the on-call plugin evaluates conditions on them; the query type mirrors
 * the catalog's `{ key, values }` filters.
 */
export const oncallGroupResourceRef = createPermissionResourceRef<
  Entity,
  { key: string; values: string[] }
>().with({ pluginId: 'oncall', resourceType: RESOURCE_TYPE_CATALOG_ENTITY });

/** Allows callers who belong to the group: the group itself or a user member is in their claims. */
export const isGroupMember = createPermissionRule({
  name: 'IS_GROUP_MEMBER',
  description:
    'Allow callers who are members of the group that owns the rotation or interrupt ledger',
  resourceRef: oncallGroupResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        'Ownership entity refs of the caller: their user ref and the groups they belong to',
      ),
  }),
  apply: (group, { claims }) => {
    const mine = new Set(claims.map(c => c.toLocaleLowerCase('en-US')));
    if (mine.has(stringifyEntityRef(group).toLocaleLowerCase('en-US'))) {
      return true;
    }
    return (group.relations ?? []).some(
      r =>
        r.type === RELATION_HAS_MEMBER &&
        mine.has(r.targetRef.toLocaleLowerCase('en-US')),
    );
  },
  toQuery: ({ claims }) => ({ key: 'relations.hasMember', values: claims }),
});

/** The on-call plugin's permission rules for group entities. */
export const oncallGroupRules = { isGroupMember };

const exported = createConditionExports({
  resourceRef: oncallGroupResourceRef,
  rules: oncallGroupRules,
});

/** Conditions a permission policy can use for on-call permissions. */
export const oncallConditions = exported.conditions;

/** Builds a conditional decision for an on-call permission that this plugin evaluates. */
export const createOncallConditionalDecision =
  exported.createConditionalDecision;
