/** A run to record; refs are canonical (lower-case). */
export interface NewSelfServiceRun {
  entityRef: string;
  templateRef: string;
  taskId: string;
  runBy: string;
  ranAt: Date;
}

/** A recorded run. */
export interface StoredSelfServiceRun extends NewSelfServiceRun {
  id: string;
}

/** How many runs fell into the last 30 and the last 90 days. */
export interface RunCounts {
  last30Days: number;
  last90Days: number;
}

/** Persistence of self-service runs. */
export interface SelfServiceStore {
  /**
   * Records a run once per (taskId, templateRef, entityRef); a repeat returns the stored run
   * with `replayed: true`.
   */
  recordRun(
    run: NewSelfServiceRun,
  ): Promise<{ run: StoredSelfServiceRun; replayed: boolean }>;

  /** The entity's runs at or after `now` minus 30 and 90 days. */
  countRuns(entityRef: string, now: Date): Promise<RunCounts>;

  /** Counts of the given entities that had runs in the last 90 days, by entity ref. */
  countRunsOf(entityRefs: string[], now: Date): Promise<Map<string, RunCounts>>;

  /** The entity's latest runs, newest first. */
  recentRuns(entityRef: string, limit: number): Promise<StoredSelfServiceRun[]>;

  /**
   * Per-entity counts for the entities the synced hierarchy says the group owns (directly), only
   * those with runs in the last 90 days, most runs first.
   */
  teamRunCounts(
    groupRef: string,
    now: Date,
  ): Promise<Array<RunCounts & { entityRef: string }>>;
}
