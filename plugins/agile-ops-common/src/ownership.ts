import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

/**
 * The groups among a signed-in user's ownership refs (`ownershipEntityRefs` of the Backstage
 * identity), normalised and sorted: the teams "my teams" cards show.
 *
 * @public
 */
export function teamRefsOf(ownershipEntityRefs: readonly string[]): string[] {
  const teams = new Set<string>();
  for (const ref of ownershipEntityRefs) {
    try {
      const parsed = parseEntityRef(ref);
      if (parsed.kind.toLocaleLowerCase('en-US') === 'group') {
        teams.add(stringifyEntityRef(parsed));
      }
    } catch {
      // An identity may carry refs of other shapes; they name no team.
    }
  }
  return [...teams].sort();
}
