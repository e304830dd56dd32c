import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PageLookups } from '../mapping/pageLookups';
import { lookUpApiConsumers } from './apiConsumers';
import { lookUpSystemDomains } from './systemDomains';
import { lookUpTechnology } from './technologyCounts';

/**
 * Everything the mapping needs beyond the entities themselves, in at most four catalog calls
 * per page (APIs, systems, and the facets of each kind present), made with the maturity
 * plugin's own credentials.
 */
export async function lookUpPage(
  catalog: CatalogService,
  entities: readonly Entity[],
  credentials: BackstageCredentials,
): Promise<PageLookups> {
  const kinds = [
    ...new Set(entities.map(e => e.kind.toLocaleLowerCase('en-US'))),
  ].sort();
  const [apiConsumers, systemDomains, technology] = await Promise.all([
    lookUpApiConsumers(catalog, entities, credentials),
    lookUpSystemDomains(catalog, entities, credentials),
    lookUpTechnology(catalog, kinds, credentials),
  ]);
  return { apiConsumers, systemDomains, technology };
}
