import { EvidenceProvider } from '@agile-ops/plugin-maturity-node';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EVIDENCE_KINDS } from './catalog/limits';
import { lookUpPage } from './catalog/lookUpPage';
import { CATALOG_VECTORS, toEntityEvidence } from './mapping/entityEvidence';

/** The id the catalog's proposals are stored under. */
export const CATALOG_PROVIDER_ID = 'catalog';

const handled = new Set<string>(EVIDENCE_KINDS);

/**
 * The provider `catalog`: documentation, maturity, ubiquity and architecture proposals from
 * what the catalog records about each component and resource of a page, with the few lookups
 * about their neighbours made once per page.
 */
export function catalogEvidenceProvider(
  catalog: CatalogService,
): EvidenceProvider {
  return {
    id: CATALOG_PROVIDER_ID,
    vectors: CATALOG_VECTORS,
    // Whether docs are current or a design is sound needs a person; no rule goes above 3.
    maxScore: 3,
    async collect(page, { now, credentials, signal }) {
      // Other kinds are not handed to providers today; should they be, they get no evidence
      // rather than rules written for software.
      const entities = page.filter(e =>
        handled.has(e.kind.toLocaleLowerCase('en-US')),
      );
      if (entities.length === 0) return [];
      signal.throwIfAborted();
      const lookups = await lookUpPage(catalog, entities, credentials);
      signal.throwIfAborted();
      return entities.map(entity => toEntityEvidence(entity, lookups, now));
    },
  };
}
