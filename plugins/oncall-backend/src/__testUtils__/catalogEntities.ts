import { Entity } from '@backstage/catalog-model';

// Catalog entities for the in-memory catalog of the plugin's tests, with the relations the
// catalog would derive. Kinds are in lower case: catalogServiceMock looks refs up as written.

/** A group of the default namespace with its members and sub-groups. */
export function groupEntity(
  name: string,
  options: {
    members?: string[];
    children?: string[];
    annotations?: Record<string, string>;
    labels?: Record<string, string>;
  } = {},
): Entity {
  const { members = [], children = [], annotations, labels } = options;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'group',
    metadata: {
      name,
      namespace: 'default',
      ...(annotations ? { annotations } : {}),
      ...(labels ? { labels } : {}),
    },
    spec: { type: 'team', children },
    relations: [
      ...members.map(targetRef => ({ type: 'hasMember', targetRef })),
      ...children.map(targetRef => ({ type: 'parentOf', targetRef })),
    ],
  };
}

/** A user of the default namespace, with a display name and e-mail when given. */
export function userEntity(
  name: string,
  profile?: { displayName: string; email: string },
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'user',
    metadata: { name, namespace: 'default' },
    spec: { ...(profile ? { profile } : {}), memberOf: [] },
  };
}

/** A service component of the default namespace owned by `owner`. */
export function componentEntity(
  name: string,
  owner: string,
  options: {
    annotations?: Record<string, string>;
    labels?: Record<string, string>;
  } = {},
): Entity {
  const { annotations, labels } = options;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'component',
    metadata: {
      name,
      namespace: 'default',
      ...(annotations ? { annotations } : {}),
      ...(labels ? { labels } : {}),
    },
    spec: { type: 'service', owner },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  };
}

/** Jo, Sam and Kim, with the names and e-mails the tests' calendars and reminders show. */
export const PEOPLE = [
  userEntity('jo', { displayName: 'Jo Doe', email: 'jo@example.com' }),
  userEntity('sam', { displayName: 'Sam Roe', email: 'sam@example.com' }),
  userEntity('kim', { displayName: 'Kim Lee', email: 'kim@example.com' }),
];
