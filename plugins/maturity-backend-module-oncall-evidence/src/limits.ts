// The bounds of one page's collection. The maturity plugin hands a provider at most 100
// entities a page and cuts it off after `maturity.evidence.providerTimeout`; these keep the
// calls to the on-call plugin few, short and bounded within that.

/** Requests to the on-call plugin one page has in flight at once, over all its teams. */
export const CONCURRENT_REQUESTS = 4;

/** How long one request to the on-call plugin may take before the page gives up. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** How far ahead PoTW coverage is checked. */
export const COVERAGE_DAYS = 28;

/** Completed iterations the interrupt rules look back over, the latest last. */
export const ITERATIONS_LOOKED_AT = 4;

/**
 * Rotations of one team that are read. The on-call plugin allows 20 per group by default
 * (`oncall.rotations.maxPerGroup`); this caps what a looser setting could make one page fetch.
 */
export const MAX_ROTATIONS = 50;

/**
 * Items of one list of an answer (shifts, gaps, versions, iterations) that are looked at.
 * Four weeks of one-hour shifts are 672, so only a malformed answer comes near this.
 */
export const MAX_ITEMS = 5_000;

/** Characters of an on-call error body quoted in the page's failure. */
export const MAX_ERROR_TEXT = 300;
