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

    /** How scores roll up from entities to systems, domains, groups and the organisation. */
    rollups?: {
      /** The rule for vectors not listed in `rules`: mean (default), min, weighted or p25. */
      defaultRule?: 'mean' | 'min' | 'weighted' | 'p25';
      /** The rule per vector id, e.g. `{ recoverability: min }`. */
      rules?: { [vectorId: string]: 'mean' | 'min' | 'weighted' | 'p25' };
      /** Weights of the `weighted` rule per `agile-ops/tier` value; `none` for entities without a tier. Defaults: tier-1 3, tier-2 2, tier-3 1, none 1. */
      tierWeights?: { [tier: string]: number };
      /** Whether a scope's value weights each score by its confidence, so that old or disputed scores count less; defaults to false. */
      weightByConfidence?: boolean;
    };

    /** How far scores can be trusted: confidence halves with age and follows the evidence. */
    confidence?: {
      /** After how long a score's confidence has halved (at least a day); defaults to 180 days. */
      halfLife?: string | HumanDuration;
      /** Entities whose mean confidence is below this (0 to 1) are on their team's "to reassess" list; defaults to 0.4. */
      lowBelow?: number;
    };

    /** How often the scheduled tasks run (each runs once across all backend replicas). */
    schedule?: {
      /** The catalog hierarchy sync; defaults to every 30 minutes, with follow-ups 30 s after a run that found changes. */
      hierarchySync?: string | HumanDuration;
      /** How often the catalog's entity count is compared with the last sync's, which starts a sync when they differ; defaults to every minute. */
      catalogProbe?: string | HumanDuration;
      /** The roll-up snapshot of the day (rewritten on each run); defaults to every 6 hours. */
      snapshot?: string | HumanDuration;
      /** Past days without a snapshot, computed from the score history; defaults to every 10 minutes (cheap when none is missing). */
      backfill?: string | HumanDuration;
      /** The evidence collection, which covers the entities collected longest ago; defaults to every 15 minutes. */
      evidence?: string | HumanDuration;
      /** Notifications to owners about stale scores and far-off proposals; defaults to every 6 hours (each entity at most once a week). */
      notifications?: string | HumanDuration;
      /** The confidence of every score, computed again for roll-ups and the "to reassess" lists; defaults to every hour. */
      confidence?: string | HumanDuration;
      /**
       * How long one run of either task may take before its claim expires and another replica
       * may run the task; defaults to 10 minutes. A replica that dies mid-run holds the task
       * this long (plus up to a minute until the scheduler notices).
       * @visibility backend
       */
      timeout?: string | HumanDuration;
    };

    /** How what a caller may read in the catalog is checked. */
    visibility?: {
      /**
       * How long the answer for one caller and entity is kept, so the several requests of one
       * page ask the permission framework and the catalog once (ISO 8601 such as `PT5S`, or
       * `{ seconds: 5 }`). A permission or catalog change reaches a caller at most this late.
       * Defaults to 5 seconds; 0 asks on every request.
       */
      cacheTtl?: string | HumanDuration;
    };

    /** Self-service runs, recorded by scaffolder tasks for the user who started them. */
    selfService?: {
      /**
       * Whether each run's task is checked with the scaffolder (it exists, is running, was
       * started by that user and runs the named template). Defaults to true; set false only in
       * an installation without a scaffolder, where runs are then refused anyway unless a
       * scaffolder-issued on-behalf-of token carries them.
       */
      verifyTasks?: boolean;
    };

    /** Notifications to the owners of entities, through Backstage's notifications service. */
    notifications?: {
      /** Whether owners hear about stale scores and proposals far from the confirmed score; defaults to true. */
      enabled?: boolean;
      /** How many levels a proposal must differ from the confirmed score to be mentioned; defaults to 2. */
      proposalGap?: number;
    };

    /** Evidence: facts that providers (backend modules) turn into proposed scores. */
    evidence?: {
      /** Entities one collection covers at most, those never or longest ago collected first; defaults to 2000. */
      maxEntitiesPerRun?: number;
      /** How long one provider may take for one page of 100 entities before that page is skipped for it; defaults to 1 minute. */
      providerTimeout?: string | HumanDuration;
      /** How old a pushed fact (`POST /facts`) may be and still propose a score; defaults to 30 days. */
      factMaxAge?: string | HumanDuration;
      /**
       * How pushed facts propose scores (provider `pushed`), one rule per vector: the newest
       * value of `fact` takes the score of the first level it meets. Facts without a rule
       * propose nothing.
       */
      factRules?: Array<{
        /** The kebab-case key of the pushed fact, e.g. `dependency-currency`. */
        fact: string;
        /** The vector id it proposes a score for, e.g. `currency`. */
        vector: string;
        /** Tried in order; a level without a condition takes any value. */
        levels: Array<{
          /** The proposed score, 0 to 5. */
          score: number;
          /** Numbers at least this. */
          min?: number;
          /** Numbers at most this. */
          max?: number;
          /** A boolean or text equal to this. */
          equals?: boolean | string;
        }>;
      }>;
    };
  };
}
