import { Entity, parseEntityRef } from '@backstage/catalog-model';

/**
 * The distinct targets (lower case, as refs compare) of the entity's relations of `type`,
 * sorted so facts and look-ups do not depend on the order the catalog stored them in; only
 * those of `kind` when it is given (e.g. `partOf` also links a component to a parent component).
 */
export function relationTargets(
  entity: Entity,
  type: string,
  kind?: string,
): string[] {
  const targets = new Set<string>();
  for (const relation of entity.relations ?? []) {
    if (relation.type !== type) continue;
    const ref = relation.targetRef.toLocaleLowerCase('en-US');
    if (kind && !isOfKind(ref, kind)) continue;
    targets.add(ref);
  }
  return [...targets].sort();
}

function isOfKind(ref: string, kind: string): boolean {
  try {
    return parseEntityRef(ref).kind === kind;
  } catch {
    // A malformed target cannot be followed; it is simply not a relation of that kind.
    return false;
  }
}
