import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Configuration of the Agile Ops maturity plugin. */
  maturity?: {
    /**
     * How old a score may get before it is marked stale, as an ISO 8601 duration (`P90D`) or
     * an object such as `{ days: 90 }`. Defaults to 90 days.
     */
    staleAfter?: string | HumanDuration;

    /** How an entity's single level is derived from its vector scores. */
    level?: {
      /**
       * `mean` (default): floor of the (weighted) mean of the scored vectors;
       * `weakest-link`: the lowest scored vector.
       */
      rule?: 'mean' | 'weakest-link';
      /**
       * Share of the 15 vectors (0 to 1) that must be scored before an entity gets a level;
       * below it the entity is "unrated". Defaults to 0.6.
       */
      minCoverage?: number;
      /** Weight per vector id for the `mean` rule; unlisted vectors weigh 1, 0 leaves one out. */
      weights?: { [vectorId: string]: number };
    };

    /**
     * Target profiles: minimum scores for entities of given tiers (`agile-ops/tier`
     * annotation) and lifecycles (`spec.lifecycle`). Shortfalls are reported as gaps.
     */
    targets?: Array<{
      /** Shown next to each gap, e.g. `production tier-1`. */
      name: string;
      /** Tiers the profile applies to; every tier when omitted. */
      tiers?: string[];
      /** Lifecycles the profile applies to; every lifecycle when omitted. */
      lifecycles?: string[];
      /** Minimum score (0 to 5) per vector id. */
      minimums: { [vectorId: string]: number };
    }>;
  };
}
