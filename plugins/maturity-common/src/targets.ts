// Target profiles say what "good enough" means for a class of entities, e.g. production
// tier-1 services need recoverability of at least 4. Gaps are where an entity falls short.

import { TargetGap, TargetProfile, VectorId } from './schema/openapi.generated';
import { VectorScoreInput } from './entityLevel';
import { compareVectorIds, VECTOR_IDS } from './vectors';

const normalize = (value: string) => value.trim().toLocaleLowerCase('en-US');

/**
 * True when the profile applies to an entity with this tier and lifecycle.
 *
 * @public
 */
export function targetApplies(
  profile: TargetProfile,
  entity: { tier?: string; lifecycle?: string },
): boolean {
  const matches = (
    allowed: ReadonlyArray<string> | undefined,
    value?: string,
  ) =>
    !allowed ||
    (value !== undefined && allowed.map(normalize).includes(normalize(value)));
  return (
    matches(profile.tiers, entity.tier) &&
    matches(profile.lifecycles, entity.lifecycle)
  );
}

/**
 * Lists the gaps of one entity against every profile that applies to it, ordered by profile
 * and then by canonical vector order; an unscored vector is a gap.
 *
 * @public
 */
export function findTargetGaps(
  profiles: ReadonlyArray<TargetProfile>,
  entity: { tier?: string; lifecycle?: string },
  scores: ReadonlyArray<VectorScoreInput>,
): TargetGap[] {
  const scoreOf = new Map(scores.map(s => [s.vector, s.score]));
  return profiles
    .filter(profile => targetApplies(profile, entity))
    .flatMap(profile =>
      (Object.keys(profile.minimums) as VectorId[])
        .filter(vector => VECTOR_IDS.includes(vector))
        .sort(compareVectorIds)
        .map(vector => ({
          target: profile.name,
          vector,
          required: profile.minimums[vector] as number,
          actual: scoreOf.get(vector) ?? null,
        }))
        .filter(gap => gap.actual === null || gap.actual < gap.required),
    );
}
