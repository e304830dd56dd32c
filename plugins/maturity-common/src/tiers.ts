// Weights per criticality tier for the `weighted` roll-up. The tier comes from the
// entity's `agile-ops/tier` annotation; more critical things count more in a parent.

/**
 * Default roll-up weight per tier; `none` applies to entities without a known tier.
 *
 * @public
 */
export const DEFAULT_TIER_WEIGHTS: Readonly<Record<string, number>> =
  Object.freeze({
    'tier-1': 3,
    'tier-2': 2,
    'tier-3': 1,
    none: 1,
  });

/**
 * Returns the roll-up weight for a tier value, falling back to the `none` weight (or 1)
 * for a missing or unknown tier.
 *
 * @public
 */
export function tierWeight(
  tier: string | null | undefined,
  weights: Readonly<Record<string, number>> = DEFAULT_TIER_WEIGHTS,
): number {
  // Annotations are typed by hand, so tolerate case and stray whitespace.
  const key = typeof tier === 'string' ? tier.trim().toLowerCase() : '';
  // hasOwnProperty, so that a tier named e.g. "constructor" cannot hit Object.prototype.
  if (key && Object.prototype.hasOwnProperty.call(weights, key)) {
    return weights[key];
  }
  return Object.prototype.hasOwnProperty.call(weights, 'none')
    ? weights.none
    : 1;
}
