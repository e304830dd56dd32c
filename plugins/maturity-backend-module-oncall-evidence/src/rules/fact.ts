import { EvidenceFact } from '@agile-ops/plugin-maturity-node';

/** The source every fact of this module names: the on-call plugin. */
export const FACT_SOURCE = 'oncall';

/** A fact read from the on-call plugin. */
export function fact(
  key: string,
  value: EvidenceFact['value'],
  text: string,
  observedAt: Date,
): EvidenceFact {
  return { key, value, text, observedAt, source: FACT_SOURCE };
}

/** `n thing` or `n things`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A share of 0..1 as whole percent. */
export function percent(share: number): number {
  return Math.round(share * 100);
}
