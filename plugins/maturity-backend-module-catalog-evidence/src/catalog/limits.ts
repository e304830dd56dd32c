/**
 * At most this many refs go into one `getEntitiesByRefs` call: a page has at most a few hundred
 * entities, and an entity providing dozens of APIs must not make the call unbounded. Refs past
 * it are not looked up, which the facts say.
 */
export const MAX_REFS_PER_LOOKUP = 500;

/** The kinds the provider answers for: the maturity plugin hands it only these. */
export const EVIDENCE_KINDS = ['component', 'resource'] as const;
