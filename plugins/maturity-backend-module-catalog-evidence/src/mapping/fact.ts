import { EvidenceFact } from '@agile-ops/plugin-maturity-node';

/** The source every fact of this provider names: all of them are read from the catalog. */
export const CATALOG_SOURCE = 'catalog';

/** A fact read from the catalog at the collection's moment `now`. */
export function catalogFact(
  key: string,
  value: EvidenceFact['value'],
  text: string,
  now: Date,
): EvidenceFact {
  return { key, value, text, observedAt: now, source: CATALOG_SOURCE };
}

/** `1 link`, `3 links`: a count with its noun, for fact texts and reasons. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
