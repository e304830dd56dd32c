import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, RELATION_PART_OF } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { relationTargets } from '../mapping/relations';
import { MAX_REFS_PER_LOOKUP } from './limits';

/**
 * The domain of each system the page's entities are part of (null for a system in none), in
 * one catalog call for the whole page; a system the catalog does not return is left out.
 */
export async function lookUpSystemDomains(
  catalog: CatalogService,
  entities: readonly Entity[],
  credentials: BackstageCredentials,
): Promise<Map<string, string | null>> {
  const systems = [
    ...new Set(
      entities.flatMap(e => relationTargets(e, RELATION_PART_OF, 'system')),
    ),
  ]
    .sort()
    .slice(0, MAX_REFS_PER_LOOKUP);
  const domains = new Map<string, string | null>();
  if (systems.length === 0) return domains;
  const { items } = await catalog.getEntitiesByRefs(
    { entityRefs: systems, fields: ['relations'] },
    { credentials },
  );
  systems.forEach((ref, i) => {
    const system = items[i];
    if (system) {
      domains.set(
        ref,
        relationTargets(system, RELATION_PART_OF, 'domain')[0] ?? null,
      );
    }
  });
  return domains;
}
