import { Entity } from '@backstage/catalog-model';

// Builders of small catalogs for the hierarchy and roll-up tests.

/** A relation as the catalog stores it on an entity. */
export type Relation = { type: string; targetRef: string };

/** `partOf` relation (component → system, system → domain). */
export const partOf = (targetRef: string): Relation => ({
  type: 'partOf',
  targetRef,
});
/** `ownedBy` relation. */
export const ownedBy = (targetRef: string): Relation => ({
  type: 'ownedBy',
  targetRef,
});
/** `childOf` relation (group → parent group). */
export const childOf = (targetRef: string): Relation => ({
  type: 'childOf',
  targetRef,
});

/** An entity in the default namespace with relations and an optional `agile-ops/tier`. */
export function tieredEntity(
  kind: string,
  name: string,
  relations: Relation[] = [],
  tier?: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      namespace: 'default',
      ...(tier ? { annotations: { 'agile-ops/tier': tier } } : {}),
    },
    relations,
  };
}
