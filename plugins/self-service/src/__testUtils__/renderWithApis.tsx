import { Entity } from '@backstage/catalog-model';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { RenderResult } from '@testing-library/react';
import { ReactElement } from 'react';
import { SelfServiceApi, selfServiceApiRef } from '../api/SelfServiceApi';
import { createFromTemplateRouteRef } from '../routes';
import { makeEntity } from './fixtures';

type CatalogApi = typeof catalogApiRef.T;

/** The entity page route that entity links resolve to. */
export const ENTITY_ROUTE = '/catalog/:namespace/:kind/:name';

/** Options of {@link renderWithApis}. */
export interface RenderOptions {
  api: SelfServiceApi;
  /** The entity of the page; the payments service unless given. */
  entity?: Entity;
  /** Templates the in-memory catalog holds besides the entity. */
  templates?: Entity[];
  /** A catalog API to use instead of the in-memory one. */
  catalogApi?: CatalogApi;
  /** Where the app mounts the scaffolder's template page; unbound unless given. */
  templateRoute?: string;
}

/**
 * Renders a self-service component in a legacy test app: the self-service API is the given
 * fake, the catalog is in memory (the entity and the templates), and the element sits in an
 * entity page context.
 */
export async function renderWithApis(
  element: ReactElement,
  options: RenderOptions,
): Promise<RenderResult & { catalogApi: CatalogApi }> {
  const entity = options.entity ?? makeEntity();
  const catalogApi =
    options.catalogApi ??
    catalogApiMock({ entities: [entity, ...(options.templates ?? [])] });
  const rendered = await renderInTestApp(
    <TestApiProvider
      apis={[
        [selfServiceApiRef, options.api],
        [catalogApiRef, catalogApi],
      ]}
    >
      <EntityProvider entity={entity}>{element}</EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        [ENTITY_ROUTE]: entityRouteRef,
        ...(options.templateRoute
          ? { [options.templateRoute]: createFromTemplateRouteRef }
          : {}),
      },
    },
  );
  return Object.assign(rendered, { catalogApi });
}
