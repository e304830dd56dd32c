import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_API_CONSUMED_BY,
  RELATION_PROVIDES_API,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { relationTargets } from '../mapping/relations';
import { MAX_REFS_PER_LOOKUP } from './limits';

/**
 * The consumers of the APIs the page's entities provide, in one catalog call for the whole
 * page (at most {@link MAX_REFS_PER_LOOKUP} APIs, the first in ref order). An API the catalog
 * does not return is counted as consumed by nobody.
 */
export async function lookUpApiConsumers(
  catalog: CatalogService,
  entities: readonly Entity[],
  credentials: BackstageCredentials,
): Promise<Map<string, string[]>> {
  const apis = [
    ...new Set(
      entities.flatMap(e => relationTargets(e, RELATION_PROVIDES_API)),
    ),
  ]
    .sort()
    .slice(0, MAX_REFS_PER_LOOKUP);
  const consumers = new Map<string, string[]>();
  if (apis.length === 0) return consumers;
  const { items } = await catalog.getEntitiesByRefs(
    { entityRefs: apis, fields: ['relations'] },
    { credentials },
  );
  apis.forEach((ref, i) => {
    const api = items[i];
    consumers.set(
      ref,
      api ? relationTargets(api, RELATION_API_CONSUMED_BY) : [],
    );
  });
  return consumers;
}
