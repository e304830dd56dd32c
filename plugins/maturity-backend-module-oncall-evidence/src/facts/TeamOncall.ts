import { IterationStats } from '@agile-ops/plugin-oncall-common';

/** One rotation of a team, as far as the rules need it. */
export interface TeamRotation {
  /** `potw`, `primary`, `secondary` or a custom role. */
  role: string;
  /** How many different people take turns on it. */
  people: number;
}

/**
 * What the on-call plugin says about one team, read once per collection page and shared by
 * every entity the team covers: the facts the rules turn into proposals.
 */
export interface TeamOncall {
  /** The group's ref, in lower case. */
  team: string;
  /** Its rotations, PoTW first; empty when it has none. */
  rotations: TeamRotation[];
  /** Days ahead that PoTW coverage was checked over. */
  coverageDays: number;
  /**
   * Minutes of those days that no PoTW rotation of the team covers; undefined when the team
   * has no PoTW rotation.
   */
  potwUncoveredMinutes?: number;
  /** Different people in the escalation chain of the team's `now` answer. */
  escalationPeople: number;
  /** The last completed iterations of the team's interrupt statistics, oldest first. */
  iterations: IterationStats[];
}
