import {
  CatalogApi,
  LegacyTestApp,
  renderInLegacyTestApp,
} from '@agile-ops/test-utils/frontend';
import { Entity } from '@backstage/catalog-model';
import { ReactElement } from 'react';
import { SelfServiceApi, selfServiceApiRef } from '../api/SelfServiceApi';
import { createFromTemplateRouteRef } from '../routes';
import { makeEntity } from './fixtures';

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
export function renderWithApis(
  element: ReactElement,
  options: RenderOptions,
): Promise<LegacyTestApp> {
  return renderInLegacyTestApp(element, {
    apis: [[selfServiceApiRef, options.api]],
    entity: options.entity ?? makeEntity(),
    catalogEntities: options.templates,
    catalogApi: options.catalogApi,
    mountedRoutes: options.templateRoute
      ? { [options.templateRoute]: createFromTemplateRouteRef }
      : {},
  });
}
