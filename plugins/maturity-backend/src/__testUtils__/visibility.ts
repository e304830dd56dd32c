import {
  BackstageCredentials,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

// Test doubles for "this user may not read these entities", with the shapes the real services
// have: the permission framework answers CONDITIONAL for a restricted user (so the plugin has
// to ask the catalog), and the catalog answers that user as if the hidden entities did not
// exist, whatever method is called.

/** Who may not read what. Refs are lower-case, like the plugin's. */
export interface HiddenEntities {
  /** Users whose catalog reads are conditional; they cannot read `refs`. */
  users: string[];
  refs: string[];
}

const userOf = (credentials?: BackstageCredentials) =>
  (credentials?.principal as { userEntityRef?: string } | undefined)
    ?.userEntityRef;

const refOf = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');

/**
 * An in-memory catalog that hides `hidden.refs` from `hidden.users` and counts the calls it
 * gets from them (`calls`), so tests can check both what leaks and how often it is asked.
 */
export function hidingCatalog(entities: Entity[], hidden: HiddenEntities) {
  const everything = catalogServiceMock({ entities });
  const restricted = catalogServiceMock({
    entities: entities.filter(e => !hidden.refs.includes(refOf(e))),
  });
  const calls: string[] = [];
  const catalog = new Proxy(everything, {
    get(target, method: keyof CatalogService) {
      const original = target[method];
      if (typeof original !== 'function') return original;
      return (
        request: unknown,
        options?: { credentials?: BackstageCredentials },
      ) => {
        const user = userOf(options?.credentials);
        if (user && hidden.users.includes(user)) {
          calls.push(String(method));
          return (restricted[method] as Function)(request, options);
        }
        return (original as Function).call(target, request, options);
      };
    },
  }) as CatalogService;
  return {
    catalog,
    calls,
    factory: createServiceFactory({
      service: catalogServiceRef,
      deps: {},
      factory: () => catalog,
    }),
  };
}

/**
 * A `catalog.entity.read` decision as the permission framework returns it: a conditional one
 * carries the catalog's conditions (here an ownership rule), the others only the result.
 */
export function catalogReadDecision(
  result: AuthorizeResult,
  claims: Array<string | undefined> = [],
) {
  return result === AuthorizeResult.CONDITIONAL
    ? {
        result,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: { rule: 'IS_ENTITY_OWNER', params: { claims } },
      }
    : { result };
}

/** Permissions whose every `catalog.entity.read` decision is `result`. */
export function fixedReadPermissions(result: AuthorizeResult) {
  return mockServices.permissions.mock({
    authorizeConditional: jest.fn(async () => [
      catalogReadDecision(result),
    ]) as any,
  });
}

/**
 * Permissions as a policy with a confidential corner would decide: `catalog.entity.read` is
 * CONDITIONAL for the restricted users and ALLOW for everyone else; every other permission
 * follows `authorize` (ALLOW when omitted).
 */
export function hidingPermissions(
  hidden: HiddenEntities,
  authorize?: (
    requests: unknown[],
    options: { credentials: BackstageCredentials },
  ) => Promise<Array<{ result: AuthorizeResult.ALLOW | AuthorizeResult.DENY }>>,
) {
  const decide =
    authorize ??
    (async (requests: unknown[]) =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })));
  return mockServices.permissions.mock({
    authorize: decide as any,
    authorizeConditional: (async (
      requests: Array<{ permission: { name: string } }>,
      options: { credentials: BackstageCredentials },
    ) => {
      if (requests[0].permission.name !== 'catalog.entity.read') {
        return decide(requests, options);
      }
      const user = userOf(options.credentials);
      return requests.map(() =>
        hidden.users.includes(user ?? '')
          ? catalogReadDecision(AuthorizeResult.CONDITIONAL, [user])
          : catalogReadDecision(AuthorizeResult.ALLOW),
      );
    }) as any,
  });
}

/**
 * Fails if any of `secrets` (hidden refs, titles) occurs anywhere in a response body, whether
 * JSON (scanned as serialised) or text such as CSV; case-insensitive like entity refs.
 */
export function expectNothingHidden(
  response: { body: unknown; text?: string },
  secrets: string[],
) {
  const whole = (
    response.text && response.text.length > 0
      ? response.text
      : JSON.stringify(response.body)
  ).toLocaleLowerCase('en-US');
  const leaked = secrets.filter(secret =>
    whole.includes(secret.toLocaleLowerCase('en-US')),
  );
  expect(leaked).toEqual([]);
}

/** The header of a scaffolder task acting for `userEntityRef` (an on-behalf-of token). */
export function scaffolderFor(userEntityRef: string) {
  return `Bearer ${mockCredentials.user.token(userEntityRef, {
    actor: { subject: 'plugin:scaffolder' },
  })}`;
}
