import { Entity } from '@backstage/catalog-model';

/** A relation as the catalog stores it on an entity. */
export const rel = (type: string, targetRef: string) => ({ type, targetRef });

/** What {@link entity} sets besides kind and name. */
export interface Parts {
  description?: string;
  annotations?: Record<string, string>;
  links?: Array<{ url: string; title?: string }>;
  tags?: string[];
  spec?: Entity['spec'];
  relations?: Array<{ type: string; targetRef: string }>;
}

/** An entity in the default namespace with only the given parts; kinds in lower case. */
export function entity(kind: string, name: string, parts: Parts = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      namespace: 'default',
      ...(parts.description !== undefined
        ? { description: parts.description }
        : {}),
      ...(parts.annotations ? { annotations: parts.annotations } : {}),
      ...(parts.links ? { links: parts.links } : {}),
      ...(parts.tags ? { tags: parts.tags } : {}),
    },
    ...(parts.spec ? { spec: parts.spec } : {}),
    ...(parts.relations ? { relations: parts.relations } : {}),
  };
}

/** The facts of a proposal as `{ key: value }`, for compact assertions. */
export function factValues(proposal: {
  facts: Array<{ key: string; value: unknown }>;
}): Record<string, unknown> {
  return Object.fromEntries(proposal.facts.map(f => [f.key, f.value]));
}
