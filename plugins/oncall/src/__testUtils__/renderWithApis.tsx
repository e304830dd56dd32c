import {
  LegacyTestApp,
  LegacyTestAppOptions,
  renderInLegacyTestApp,
} from '@agile-ops/test-utils/frontend';
import { Entity } from '@backstage/catalog-model';
import { ReactElement } from 'react';
import { OncallApi, oncallApiRef } from '../api/OncallApi';
import { makeGroup, makeUsers } from './fixtures';

/**
 * Options of {@link renderWithApis}: those of the shared legacy test app (permissions, alert
 * API, catalog), where the catalog holds alice, bob and carol unless `catalogEntities` is given.
 */
export interface RenderOptions
  extends Omit<
    LegacyTestAppOptions<any[]>,
    'apis' | 'entity' | 'mountedRoutes'
  > {
  api: OncallApi;
  /** The entity of the page; the test group with alice, bob and carol unless given, none for null. */
  entity?: Entity | null;
}

/**
 * Renders an on-call component in a legacy test app: the on-call API is the given fake, the
 * catalog is in memory (the group and its members), the permission API answers as told, and
 * the element sits in an entity page context for the group.
 */
export function renderWithApis(
  element: ReactElement,
  { api, entity, catalogEntities = makeUsers(), ...options }: RenderOptions,
): Promise<LegacyTestApp> {
  return renderInLegacyTestApp(element, {
    ...options,
    apis: [[oncallApiRef, api]],
    entity: entity === undefined ? makeGroup() : entity ?? undefined,
    catalogEntities,
  });
}
