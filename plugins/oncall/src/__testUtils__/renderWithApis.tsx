import { Entity } from '@backstage/catalog-model';
import { AlertApi, alertApiRef } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  AuthorizeResult,
  EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { act, RenderResult } from '@testing-library/react';
import { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import { OncallApi, oncallApiRef } from '../api/OncallApi';

type CatalogApi = typeof catalogApiRef.T;
import { makeGroup, makeUsers } from './fixtures';

/** The entity page route that entity links resolve to. */
export const ENTITY_ROUTE = '/catalog/:namespace/:kind/:name';

/**
 * Which writes the signed-in user may make: `true`/`false` for all of them, or an answer per
 * permission name (such as `oncall.override.create`; unnamed ones are allowed).
 */
export type FakePermissions = boolean | Record<string, boolean>;

/** Options of {@link renderWithApis}. */
export interface RenderOptions {
  api: OncallApi;
  /** The entity of the page; the test group with alice, bob and carol unless given. */
  entity?: Entity | null;
  /** Entities the catalog knows besides `entity`; alice, bob and carol unless given. */
  catalogEntities?: Entity[];
  /** A catalog API to use instead of the in-memory one built from the entities. */
  catalogApi?: CatalogApi;
  /** Allowed unless said otherwise. */
  permissions?: FakePermissions;
  alertApi?: AlertApi;
}

/** A jest-backed AlertApi that records what the plugin posts. */
export function fakeAlertApi(): jest.Mocked<AlertApi> {
  return { post: jest.fn(), alert$: jest.fn() };
}

function decide(permissions: FakePermissions | undefined, name: string) {
  if (permissions === undefined || typeof permissions === 'boolean') {
    return permissions !== false;
  }
  return permissions[name] ?? true;
}

/**
 * Renders an on-call component in a legacy test app: the on-call API is the given fake, the
 * catalog is in memory (the group and its members), the permission API answers as told, and
 * the element sits in an entity page context for the group.
 */
export async function renderWithApis(
  element: ReactElement,
  options: RenderOptions,
): Promise<
  RenderResult & {
    authorize: jest.Mock<AuthorizeResult, [EvaluatePermissionRequest]>;
    catalogApi: CatalogApi;
  }
> {
  const entity = options.entity === undefined ? makeGroup() : options.entity;
  const authorize = jest.fn((request: EvaluatePermissionRequest) =>
    decide(options.permissions, request.permission.name)
      ? AuthorizeResult.ALLOW
      : AuthorizeResult.DENY,
  );
  const catalogApi =
    options.catalogApi ??
    catalogApiMock({
      entities: [
        ...(entity ? [entity] : []),
        ...(options.catalogEntities ?? makeUsers()),
      ],
    });
  // usePermission caches answers in SWR's global cache; a fresh cache per render keeps one
  // test's ALLOW from leaking into the next test's DENY.
  const rendered = await renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [oncallApiRef, options.api],
          [catalogApiRef, catalogApi],
          [permissionApiRef, mockApis.permission({ authorize })],
          [alertApiRef, options.alertApi ?? fakeAlertApi()],
        ]}
      >
        {entity ? (
          <EntityProvider entity={entity}>{element}</EntityProvider>
        ) : (
          element
        )}
      </TestApiProvider>
    </SWRConfig>,
    { mountedRoutes: { [ENTITY_ROUTE]: entityRouteRef } },
  );
  return Object.assign(rendered, { authorize, catalogApi });
}

/** Lets pending promises (such as a permission answer) settle and their renders run. */
export async function flushPromises() {
  await act(async () => {
    await new Promise(resolve => setTimeout(resolve, 0));
  });
}
