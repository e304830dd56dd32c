import {
  AnyApiFactory,
  ApiBlueprint,
  ApiRef,
  ExtensionDefinition,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
  TestApiPairs,
} from '@backstage/frontend-test-utils';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { RenderResult } from '@testing-library/react';
import { ReactElement } from 'react';
import { testCatalog, TestCatalogOptions } from './catalog';
import { ENTITY_ROUTE } from './entityRoute';
import { HTTP_CLIENT_DEPS, stubHttpClientDeps } from './httpClientDeps';

/**
 * What an API extension of the new frontend system builds, for the test to check its class.
 * Fails the test unless the extension provides `apiRef` over the discovery and fetch APIs.
 */
export function httpApiExtensionClient(
  extension: ExtensionDefinition<any>,
  apiRef: ApiRef<unknown>,
): unknown {
  // Any extension is accepted here, so its outputs are not known to the type checker; an
  // extension without this output makes `get` throw.
  const factory = createExtensionTester(extension).get(
    ApiBlueprint.dataRefs.factory,
  ) as AnyApiFactory;
  expect(factory.api.id).toBe(apiRef.id);
  expect(Object.keys(factory.deps).sort()).toEqual([...HTTP_CLIENT_DEPS]);
  return factory.factory(stubHttpClientDeps());
}

/** Options of {@link renderInNewTestApp}. */
export interface NewTestAppOptions<TApiPairs extends any[]>
  extends TestCatalogOptions {
  /** The plugin's own APIs as `[apiRef, implementation]` pairs, such as its fake client. */
  apis: readonly [...TestApiPairs<TApiPairs>];
}

/**
 * Renders an extension's element (`tester.reactElement()`) in a test app of the new frontend
 * system: the plugin's APIs as given, an in-memory catalog, the entity route mounted, and the
 * element in the entity page context of `entity` when there is one.
 */
export function renderInNewTestApp<TApiPairs extends any[]>(
  element: ReactElement,
  options: NewTestAppOptions<TApiPairs>,
): RenderResult {
  return renderInTestApp(
    options.entity ? (
      <EntityProvider entity={options.entity}>{element}</EntityProvider>
    ) : (
      element
    ),
    {
      apis: [...options.apis, [catalogApiRef, testCatalog(options)]],
      mountedRoutes: { [ENTITY_ROUTE]: entityRouteRef },
    },
  );
}
