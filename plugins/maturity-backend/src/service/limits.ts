import { spec } from '@agile-ops/plugin-maturity-common';

type QueryParameter = {
  name?: string;
  schema?: { maximum?: number };
};

/**
 * The `maximum` of a query parameter of a GET operation, as the OpenAPI document states it.
 * Throws at start when the document lost it, rather than leaving a loop without a cap.
 */
function queryMaximum(path: keyof typeof spec.paths, name: string): number {
  const operation = spec.paths[path] as {
    get?: { parameters?: readonly QueryParameter[] };
  };
  const maximum = operation.get?.parameters?.find(p => p.name === name)?.schema
    ?.maximum;
  if (typeof maximum !== 'number') {
    throw new Error(
      `openapi.yaml states no maximum for ${name} of GET ${path}`,
    );
  }
  return maximum;
}

const { ScorecardsRequest, SelfServiceUsage, FactsRequest } =
  spec.components.schemas;

/**
 * The budgets of every loop a caller can drive, in one place; the README's "Limits" section
 * lists the same numbers. Those the OpenAPI document states (page caps, cursor length, latest
 * runs) are read from it, so the validator and the services cannot disagree; the defaults and
 * the budgets clients never see are set here.
 */
export const LIMITS = {
  /** Request bodies above this size get a 413 before any parsing work is done. */
  body: '256kb',
  /** Roll-ups in one page of `GET /rollups`. */
  rollupPage: { default: 50, max: queryMaximum('/rollups', 'limit') },
  /** Entities in one answer of a scope's list to reassess. */
  reassess: {
    default: 10,
    max: queryMaximum('/rollups/{kind}/{namespace}/{name}/reassess', 'limit'),
  },
  /** Scorecards in one page of `POST /scorecards`. */
  scorecardPage: {
    default: 100,
    max: ScorecardsRequest.properties.limit.maximum,
  },
  /** Points in one page of an entity's score history. */
  historyPage: {
    default: 500,
    max: queryMaximum('/entities/{kind}/{namespace}/{name}/history', 'limit'),
  },
  /** Assessments in one page. */
  assessmentPage: {
    default: 20,
    max: queryMaximum(
      '/entities/{kind}/{namespace}/{name}/assessments',
      'limit',
    ),
  },
  /** Snapshot rows one roll-up history answer may hold (16 series of about three years). */
  rollupHistoryRows: 20_000,
  /** The longest window of a roll-up history, in days. */
  rollupHistoryDays: 3 * 366,
  /** Entities a scoped export may cover; the whole export streams page by page instead. */
  exportScopeEntities: 20_000,
  /** Current scores read (and checked for visibility) per page of an export. */
  exportPage: 1000,
  /** Characters of a cursor; real ones are far shorter, so longer ones are not decoded. */
  cursorLength: ScorecardsRequest.properties.cursor.maxLength,
  /** Weakest entities shown per scope in `pulledDownBy`. */
  pulledDownBy: 5,
  /** Candidates read per scope when some may be hidden, so hidden ones can be skipped. */
  pulledDownByCandidates: 15,
  /** Runs listed in an entity's self-service usage. */
  recentRuns: SelfServiceUsage.properties.recent.maxItems,
  /** Entities handed to an evidence provider at once, and stored in one transaction. */
  evidencePage: 100,
  /** Entities, and far-off proposals, one run of the owner notices reads at the most. */
  ownerNotices: 2000,
  /** Steps of one "why did it change" answer, and rows read per kind of step. */
  explainSteps: 200,
  /** Reasons, and facts, of one proposal of a provider. */
  evidenceItems: 20,
  /** Facts in one push (`POST /facts`). */
  factsPerPush: FactsRequest.properties.facts.maxItems,
  /** Pushed facts read for one page of an evidence collection, the newest first. */
  pushedFactsPerPage: 10_000,
  /** Read answers kept per caller and entity, in all (`maturity.visibility.cacheTtl` long). */
  visibilityCacheEntries: 50_000,
} as const;
