// Target profiles say what "good enough" means for a class of entities, e.g. production
// tier-1 services need recoverability of at least 4. Gaps are where an entity falls short.

import { VectorScoreInput } from './entityLevel';
import { compareVectorIds, VECTOR_IDS, VectorId } from './vectors';

/**
 * Minimum scores required of every entity that matches the profile.
 *
 * @public
 */
export interface TargetProfile {
  /** Shown to users next to each gap, e.g. `production tier-1`. */
  readonly name: string;
  /** Values of the `agile-ops/tier` annotation it applies to; any tier when omitted. */
  readonly tiers?: ReadonlyArray<string>;
  /** Values of `spec.lifecycle` it applies to; any lifecycle when omitted. */
  readonly lifecycles?: ReadonlyArray<string>;
  /** The minimum score per vector. */
  readonly minimums: Partial<Record<VectorId, number>>;
}

/**
 * One vector on which an entity is below a target profile that applies to it.
 *
 * @public
 */
export interface TargetGap {
  /** The name of the profile. */
  readonly target: string;
  /** The vector that falls short. */
  readonly vector: VectorId;
  /** The profile's minimum. */
  readonly required: number;
  /** The current score, or null when the vector is not scored. */
  readonly actual: number | null;
}

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
