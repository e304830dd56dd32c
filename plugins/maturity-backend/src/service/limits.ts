/**
 * The budgets of every loop a caller can drive, in one place; the README's "Limits" section
 * lists the same numbers. The OpenAPI document repeats the page caps so that clients see them,
 * and its drift test keeps the two in step.
 */
export const LIMITS = {
  /** Roll-ups in one page of `GET /rollups`. */
  rollupPage: { default: 50, max: 1000 },
  /** Scorecards in one page of `POST /scorecards`. */
  scorecardPage: { default: 100, max: 500 },
  /** Distinct refs one `POST /scorecards` may name. */
  scorecardRefs: 1000,
  /** Points in one page of an entity's score history. */
  historyPage: { default: 500, max: 1000 },
  /** Assessments in one page. */
  assessmentPage: { default: 20, max: 100 },
  /** Snapshot rows one roll-up history answer may hold (16 series of about three years). */
  rollupHistoryRows: 20_000,
  /** The longest window of a roll-up history, in days. */
  rollupHistoryDays: 3 * 366,
  /** Entities a scoped export may cover; the whole export streams page by page instead. */
  exportScopeEntities: 20_000,
  /** Current scores read (and checked for visibility) per page of an export. */
  exportPage: 1000,
  /** Characters of a cursor; real ones are far shorter, so longer ones are not decoded. */
  cursorLength: 512,
  /** Weakest entities shown per scope in `pulledDownBy`. */
  pulledDownBy: 5,
  /** Candidates read per scope when some may be hidden, so hidden ones can be skipped. */
  pulledDownByCandidates: 15,
  /** Runs listed in an entity's self-service usage. */
  recentRuns: 10,
} as const;
