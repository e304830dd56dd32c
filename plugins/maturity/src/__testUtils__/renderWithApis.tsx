import { Entity } from '@backstage/catalog-model';
import { AlertApi, alertApiRef } from '@backstage/core-plugin-api';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
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
import { MaturityApi, maturityApiRef } from '../api/MaturityApi';

/** The entity page route the card, the tab and the overview link to. */
export const ENTITY_ROUTE = '/catalog/:namespace/:kind/:name';

export interface RenderOptions {
  api: MaturityApi;
  /** Whether the signed-in user may assess; allowed unless said otherwise. */
  canAssess?: boolean;
  /** Wraps the element in an entity page context. */
  entity?: Entity;
  alertApi?: AlertApi;
}

/** A jest-backed AlertApi that records what the plugin posts. */
export function fakeAlertApi(): jest.Mocked<AlertApi> {
  return {
    post: jest.fn(),
    alert$: jest.fn(),
  };
}

/**
 * Renders a maturity component in a legacy test app: the maturity API is the given fake, the
 * permission API answers ALLOW or DENY, and entity links resolve to the catalog route.
 */
export async function renderWithApis(
  element: ReactElement,
  options: RenderOptions,
): Promise<
  RenderResult & {
    authorize: jest.Mock<AuthorizeResult, [EvaluatePermissionRequest]>;
  }
> {
  const authorize = jest.fn((_request: EvaluatePermissionRequest) =>
    options.canAssess === false ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
  );
  const permissionApi = mockApis.permission({ authorize });
  // usePermission caches answers in SWR's global cache; a fresh cache per render keeps one
  // test's ALLOW from leaking into the next test's DENY.
  const rendered = await renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [maturityApiRef, options.api],
          [permissionApiRef, permissionApi],
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
    { mountedRoutes: { [ENTITY_ROUTE]: entityRouteRef } },
  );
  return Object.assign(rendered, {
    /** The permission checks made, to wait for before asserting that something is hidden. */
    authorize,
  });
}

/** Lets pending promises (such as a permission answer) settle and their renders run. */
export async function flushPromises() {
  await act(async () => {
    await new Promise(resolve => setTimeout(resolve, 0));
  });
}
