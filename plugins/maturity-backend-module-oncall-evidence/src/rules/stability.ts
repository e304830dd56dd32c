import { EvidenceProposal } from '@agile-ops/plugin-maturity-node';
import { IterationStats } from '@agile-ops/plugin-oncall-common';
import { TeamOncall } from '../facts/TeamOncall';
import { count, fact } from './fact';
import { adjustForTrend, trendOf, trendReason } from './trend';

/** Failures (incidents and alerts) per two weeks from which a team's systems fail often. */
export const FREQUENT_FAILURES = 4;
/** Failures per two weeks below which they are occasional. */
export const OCCASIONAL_FAILURES = 1;
/** Failures per two weeks the latest iteration must differ from the earlier mean to be a trend. */
export const FAILURE_TREND_STEP = 1;

const TWO_WEEKS = 14 * 86_400_000;

const CEILING =
  'above 3 needs what a team ledger cannot show: failures absorbed without customer impact';

const failures = (i: IterationStats) =>
  i.byCategory.incident.count + i.byCategory.alert.count;

/** Failures of an iteration per two weeks, so iterations of any length compare. */
const perTwoWeeks = (i: IterationStats) =>
  (failures(i) * TWO_WEEKS) /
  Math.max(Date.parse(i.end) - Date.parse(i.start), 1);

/**
 * Stability from how often the team's ledger records failures (interrupts of the categories
 * `incident` and `alert`) in its last completed iterations, counted per two weeks, at most 3:
 * 4 or more propose 1, 1 to 4 propose 2, fewer than 1 propose 3; a latest iteration at least
 * one failure above the mean of those before takes one off (not below 1), one below adds one
 * (not above 3). No score (null) when the ledger holds no interrupt of any kind in those
 * iterations: an unused ledger says nothing about failures.
 */
export function proposeStability(oncall: TeamOncall): EvidenceProposal {
  const { team, iterations } = oncall;
  const latest = iterations.at(-1);
  const logged = iterations.reduce((sum, i) => sum + i.count, 0);
  const proposal = (
    score: number | null,
    reasons: string[],
    facts: EvidenceProposal['facts'] = [],
  ) => ({ vector: 'stability' as const, score, reasons, facts });
  if (!latest || logged === 0) {
    return proposal(null, [
      `${team} logged no interrupt in its last completed iterations; an unused ledger says nothing about failures`,
    ]);
  }
  const observedAt = new Date(latest.end);
  const span = count(iterations.length, 'completed iteration');
  const total = iterations.reduce((sum, i) => sum + failures(i), 0);
  const spanMs = iterations.reduce(
    (sum, i) => sum + (Date.parse(i.end) - Date.parse(i.start)),
    0,
  );
  const rate = (total * TWO_WEEKS) / Math.max(spanMs, 1);
  let base = 3;
  if (rate >= FREQUENT_FAILURES) base = 1;
  else if (rate >= OCCASIONAL_FAILURES) base = 2;
  const trend = trendOf(iterations.map(perTwoWeeks), FAILURE_TREND_STEP);
  const score = adjustForTrend(base, trend);
  const rounded = Math.round(rate * 10) / 10;
  const facts = [
    fact(
      'failures',
      total,
      `${team} logged ${count(
        total,
        'incident or alert',
        'incidents and alerts',
      )} in its last ${span}`,
      observedAt,
    ),
    fact(
      'failures-per-two-weeks',
      rounded,
      `${team} logged ${rounded} incidents and alerts per two weeks over its last ${span}`,
      observedAt,
    ),
    fact(
      'latest-failures',
      failures(latest),
      `${team} logged ${count(
        failures(latest),
        'incident or alert',
        'incidents and alerts',
      )} in its latest completed iteration`,
      observedAt,
    ),
    fact(
      'failure-trend',
      trend ?? 'unknown',
      trend
        ? `${team}'s failures are ${trend}`
        : `Too few iterations for a trend of ${team}'s failures`,
      observedAt,
    ),
  ];
  const reasons = [
    `${rounded} incidents and alerts per two weeks propose ${base} (4 or more 1, 1 to 4 2, fewer 3)`,
  ];
  if (trend && trend !== 'steady') {
    reasons.push(
      trendReason(
        trend,
        'failure count',
        `the latest iteration ${FAILURE_TREND_STEP} or more per two weeks off the mean of those before`,
        score,
      ),
    );
  }
  reasons.push(CEILING);
  return proposal(score, reasons, facts);
}
