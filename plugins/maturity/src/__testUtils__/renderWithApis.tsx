import {
  LegacyTestApp,
  renderInLegacyTestApp,
} from '@agile-ops/test-utils/frontend';
import { Entity } from '@backstage/catalog-model';
import { AlertApi } from '@backstage/core-plugin-api';
import { ReactElement } from 'react';
import { MaturityApi, maturityApiRef } from '../api/MaturityApi';

export interface RenderOptions {
  api: MaturityApi;
  /** Whether the signed-in user may assess; allowed unless said otherwise. */
  canAssess?: boolean;
  /** Wraps the element in an entity page context. */
  entity?: Entity;
  alertApi?: AlertApi;
}

/**
 * Renders a maturity component in a legacy test app: the maturity API is the given fake, the
 * permission API answers ALLOW or DENY, and entity links resolve to the catalog route.
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
  });
}
