import { Entity, RELATION_OWNED_BY } from '@backstage/catalog-model';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { z } from 'zod';

/** Annotations naming the groups that plan, build and run an entity (the framework's split). */
export const OWNER_ROLE_ANNOTATIONS = [
  'agile-ops/plan-owner',
  'agile-ops/build-owner',
  'agile-ops/run-owner',
] as const;

/**
 * Catalog entities as the maturity plugin evaluates conditions on them; the query type mirrors
 * the catalog's `{ key, values }` filters.
 */
export const maturityEntityResourceRef = createPermissionResourceRef<
  Entity,
  { key: string; values: string[] }
>().with({ pluginId: 'maturity', resourceType: RESOURCE_TYPE_CATALOG_ENTITY });

/** The refs of everyone who owns the entity: `spec.owner` and the plan/build/run owners. */
export function ownersOf(entity: Entity): string[] {
  const owners = (entity.relations ?? [])
    .filter(relation => relation.type === RELATION_OWNED_BY)
    .map(relation => relation.targetRef);
  for (const annotation of OWNER_ROLE_ANNOTATIONS) {
    const value = entity.metadata.annotations?.[annotation];
    if (value) owners.push(value);
  }
  return owners.map(ref => ref.toLocaleLowerCase('en-US'));
}

/** Allows callers whose ownership claims include an owner of the entity. */
export const isEntityOwner = createPermissionRule({
  name: 'IS_ENTITY_OWNER',
  description:
    'Allow callers who own the entity through spec.owner or an agile-ops plan/build/run owner annotation',
  resourceRef: maturityEntityResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        'Ownership entity refs of the caller, e.g. group:default/team-a',
      ),
  }),
  apply: (entity, { claims }) => {
    const mine = new Set(claims.map(c => c.toLocaleLowerCase('en-US')));
    return ownersOf(entity).some(owner => mine.has(owner));
  },
  toQuery: ({ claims }) => ({
    anyOf: [
      { key: 'relations.ownedBy', values: claims },
      ...OWNER_ROLE_ANNOTATIONS.map(annotation => ({
        key: `metadata.annotations.${annotation}`,
        values: claims,
      })),
    ],
  }),
});

/** The maturity plugin's permission rules for catalog entities. */
export const maturityEntityRules = { isEntityOwner };

const exported = createConditionExports({
  resourceRef: maturityEntityResourceRef,
  rules: maturityEntityRules,
});

/** Conditions a permission policy can use for maturity permissions on catalog entities. */
export const maturityConditions = exported.conditions;

/** Builds a conditional decision for a maturity permission that the maturity plugin evaluates. */
export const createMaturityConditionalDecision =
  exported.createConditionalDecision;
