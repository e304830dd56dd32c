import {
  CatalogApi,
  LegacyTestApp,
  renderInLegacyTestApp,
} from '@agile-ops/test-utils/frontend';
import { Entity } from '@backstage/catalog-model';
import { AlertApi } from '@backstage/core-plugin-api';
import { ReactElement } from 'react';
import { MaturityApi, maturityApiRef } from '../api/MaturityApi';
import { createFromTemplateRouteRef } from '../routes';

export interface RenderOptions {
  api: MaturityApi;
  /** Whether the signed-in user may assess; allowed unless said otherwise. */
  canAssess?: boolean;
  /** Wraps the element in an entity page context. */
  entity?: Entity;
  alertApi?: AlertApi;
  /** Templates the in-memory catalog holds besides the entity. */
  templates?: Entity[];
  /** A catalog API to use instead of the in-memory one. */
  catalogApi?: CatalogApi;
  /** Where the app mounts the scaffolder's template page; unbound unless given. */
  templateRoute?: string;
}

/**
 * Renders a maturity component in a legacy test app: the maturity API is the given fake, the
 * permission API answers ALLOW or DENY, entity links resolve to the catalog route, and the
 * in-memory catalog holds the entity and the given templates.
 */
export function renderWithApis(
  element: ReactElement,
  options: RenderOptions,
): Promise<LegacyTestApp> {
  return renderInLegacyTestApp(element, {
    apis: [[maturityApiRef, options.api]],
    permissions: options.canAssess,
    entity: options.entity,
    alertApi: options.alertApi,
    catalogEntities: options.templates,
    catalogApi: options.catalogApi,
    mountedRoutes: options.templateRoute
      ? { [options.templateRoute]: createFromTemplateRouteRef }
      : {},
  });
}
