import { Entity } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';

/** The catalog API as components get it from `useApi(catalogApiRef)`. */
export type CatalogApi = typeof catalogApiRef.T;

/** Which catalog a test app offers; see {@link testCatalog}. */
export interface TestCatalogOptions {
  /** The entity of the page, which the catalog holds too. */
  entity?: Entity;
  /** Entities the catalog holds besides `entity`. */
  catalogEntities?: Entity[];
  /** A catalog API to use instead of the in-memory one. */
  catalogApi?: CatalogApi;
}

/**
 * The catalog of a test app: the one given, or one in memory holding the page entity and the
 * other entities, so components that look up owners or members find them.
 */
export function testCatalog(options: TestCatalogOptions): CatalogApi {
  return (
    options.catalogApi ??
    catalogApiMock({
      entities: [
        ...(options.entity ? [options.entity] : []),
        ...(options.catalogEntities ?? []),
      ],
    })
  );
}
