import { Entity } from '@backstage/catalog-model';

// A small organisation for the module test, with the relations the catalog would derive.
// Kinds and refs are in lower case: the in-memory catalog looks refs up as written.

/** A team of the default namespace with its members and annotations. */
export function group(
  name: string,
  members: string[],
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'group',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'team', children: [] },
    relations: members.map(targetRef => ({ type: 'hasMember', targetRef })),
  };
}

/** A user of the default namespace. */
export function user(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'user',
    metadata: { name, namespace: 'default' },
    spec: { memberOf: [] },
  };
}

/** A service of the default namespace owned by `owner`. */
export function component(
  name: string,
  owner: string,
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  };
}
