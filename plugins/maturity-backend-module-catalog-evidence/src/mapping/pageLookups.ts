/** How many entities of one kind carry each `spec.type` and each tag (values in lower case). */
export interface TechnologyCounts {
  types: ReadonlyMap<string, number>;
  tags: ReadonlyMap<string, number>;
}

/**
 * What the catalog answered about the entities around a page, looked up once for the whole
 * page; every ref and value is in lower case.
 */
export interface PageLookups {
  /**
   * Per API the page's entities provide: the refs of its consumers (`apiConsumedBy`). An API the
   * catalog did not return (gone, or not readable) has none; an API left out was not looked up.
   */
  apiConsumers: ReadonlyMap<string, readonly string[]>;
  /**
   * Per system the page's entities are part of: its domain's ref, or null when it is in none. A
   * system left out was not returned by the catalog.
   */
  systemDomains: ReadonlyMap<string, string | null>;
  /** Per kind of the page's entities (`component`, `resource`): its technology counts. */
  technology: ReadonlyMap<string, TechnologyCounts>;
}

/** Lookups that found nothing, for entities looked at without a catalog around them. */
export const NO_LOOKUPS: PageLookups = {
  apiConsumers: new Map(),
  systemDomains: new Map(),
  technology: new Map(),
};
