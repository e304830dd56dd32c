import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { TechnologyCounts } from '../mapping/pageLookups';

const TYPE_FACET = 'spec.type';
const TAGS_FACET = 'metadata.tags';

const toCounts = (values: Array<{ value: string; count: number }> = []) =>
  new Map(values.map(v => [v.value.toLocaleLowerCase('en-US'), v.count]));

/**
 * How many entities of each kind carry each type and each tag: one facet call per kind, so a
 * page costs the catalog at most two such calls, however many entities it has.
 */
export async function lookUpTechnology(
  catalog: CatalogService,
  kinds: readonly string[],
  credentials: BackstageCredentials,
): Promise<Map<string, TechnologyCounts>> {
  const answers = await Promise.all(
    kinds.map(kind =>
      catalog.getEntityFacets(
        { filter: { kind }, facets: [TYPE_FACET, TAGS_FACET] },
        { credentials },
      ),
    ),
  );
  return new Map(
    kinds.map((kind, i) => [
      kind,
      {
        types: toCounts(answers[i].facets[TYPE_FACET]),
        tags: toCounts(answers[i].facets[TAGS_FACET]),
      },
    ]),
  );
}
