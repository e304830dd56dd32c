import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';

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

/** What {@link catalogEntity} sets besides kind and name; what is left out stays unset. */
export interface EntityParts {
  relations?: Relation[];
  title?: string;
  annotations?: Record<string, string>;
  /** The `agile-ops/tier` annotation, set whenever given (an empty tier too). */
  tier?: string;
  spec?: JsonObject;
}

/**
 * An entity in the default namespace. The in-memory catalog looks refs up case-sensitively,
 * so tests that give it entities write their kinds in lower case.
 */
export function catalogEntity(
  kind: string,
  name: string,
  parts: EntityParts = {},
): Entity {
  const annotations = {
    ...parts.annotations,
    ...(parts.tier !== undefined ? { 'agile-ops/tier': parts.tier } : {}),
  };
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      namespace: 'default',
      ...(parts.title ? { title: parts.title } : {}),
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    },
    ...(parts.spec ? { spec: parts.spec } : {}),
    ...(parts.relations ? { relations: parts.relations } : {}),
  };
}

/** An entity with relations and an optional `agile-ops/tier`, for the roll-up stores. */
export function tieredEntity(
  kind: string,
  name: string,
  relations: Relation[] = [],
  tier?: string,
): Entity {
  return catalogEntity(kind, name, { relations, ...(tier ? { tier } : {}) });
}
