/** A roll-up value or score for display: one decimal, or an en dash when there is none. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A 0–1 share as a whole percentage. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The part of an entity ref a person reads: the name, with the namespace when it is not default. */
export function shortRef(entityRef: string): string {
  const match = /^[^:]+:(?:([^/]+)\/)?(.+)$/.exec(entityRef);
  if (!match) return entityRef;
  const [, namespace, name] = match;
  return namespace && namespace !== 'default' ? `${namespace}/${name}` : name;
}
