import { AlertApi, alertApiRef } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
  TestApiProviderProps,
  TestAppOptions,
} from '@backstage/test-utils';
import { RenderResult } from '@testing-library/react';
import { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import { fakeAlertApi } from './alertApi';
import { CatalogApi, testCatalog, TestCatalogOptions } from './catalog';
import { ENTITY_ROUTE } from './entityRoute';
import { FakeAuthorize, fakeAuthorize, FakePermissions } from './permissions';

/** Options of {@link renderInLegacyTestApp}. */
export interface LegacyTestAppOptions<TApiPairs extends any[]>
  extends TestCatalogOptions {
  /** The plugin's own APIs as `[apiRef, implementation]` pairs, such as its fake client. */
  apis: TestApiProviderProps<TApiPairs>['apis'];
  /** Allowed unless said otherwise. */
  permissions?: FakePermissions;
  /** A jest-backed one from {@link fakeAlertApi} unless given. */
  alertApi?: AlertApi;
  /** Routes to mount besides the catalog's entity route (at {@link ENTITY_ROUTE}). */
  mountedRoutes?: TestAppOptions['mountedRoutes'];
}

/** What {@link renderInLegacyTestApp} hands back: the rendered result and the fakes it used. */
export type LegacyTestApp = RenderResult & {
  /** The permission checks made, to wait for before asserting that something is hidden. */
  authorize: FakeAuthorize;
  /** The catalog the components saw. */
  catalogApi: CatalogApi;
};

/**
 * Renders a component of a legacy (core-plugin-api) plugin in a test app: the plugin's APIs as
 * given, a permission API answering ALLOW or DENY as told, an in-memory catalog, an alert API
 * that records, and the element in the entity page context of `entity` when there is one.
 */
export async function renderInLegacyTestApp<TApiPairs extends any[]>(
  element: ReactElement,
  options: LegacyTestAppOptions<TApiPairs>,
): Promise<LegacyTestApp> {
  const authorize = fakeAuthorize(options.permissions);
  const catalogApi = testCatalog(options);
  // usePermission caches answers in SWR's global cache; a fresh cache per render keeps one
  // test's ALLOW from leaking into the next test's DENY.
  const rendered = await renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          ...options.apis,
          [catalogApiRef, catalogApi],
          [permissionApiRef, mockApis.permission({ authorize })],
          [alertApiRef, options.alertApi ?? fakeAlertApi()],
        ]}
      >
        {options.entity ? (
          <EntityProvider entity={options.entity}>{element}</EntityProvider>
        ) : (
          element
        )}
      </TestApiProvider>
    </SWRConfig>,
    {
      mountedRoutes: {
        [ENTITY_ROUTE]: entityRouteRef,
        ...options.mountedRoutes,
      },
    },
  );
  return Object.assign(rendered, { authorize, catalogApi });
}
