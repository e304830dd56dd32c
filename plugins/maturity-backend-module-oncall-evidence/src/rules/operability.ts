import { EvidenceProposal } from '@agile-ops/plugin-maturity-node';
import { TeamOncall } from '../facts/TeamOncall';
import { count, fact, percent } from './fact';
import { adjustForTrend, trendOf, trendReason } from './trend';

/** A share of planned capacity from which running the team's systems eats half of it. */
export const HEAVY_SHARE = 0.5;
/** A share below which interrupts leave most of the plan intact. */
export const LIGHT_SHARE = 0.25;
/** Percentage points the latest share must move from the earlier ones' mean to be a trend. */
export const SHARE_TREND_POINTS = 5;

const CEILING =
  'above 3 needs what interrupt figures cannot show: managed config, clear diagnostics, routine work automated';

/**
 * Operability from the team's interrupt share (interrupt effort over planned capacity) in its
 * last completed iterations, at most 3: a mean share of half or more proposes 1, a quarter to
 * a half 2, less than a quarter 3; a share that rises in the latest iteration takes one off
 * (not below 1), one that falls adds one (not above 3). No score (null) without a planned
 * capacity, or when no interrupt effort was logged: an unused ledger says nothing.
 */
export function proposeOperability(oncall: TeamOncall): EvidenceProposal {
  const { team } = oncall;
  const measured = oncall.iterations.flatMap(i =>
    i.share === null ? [] : [{ ...i, share: i.share }],
  );
  const latest = measured.at(-1);
  const proposal = (
    score: number | null,
    reasons: string[],
    facts: EvidenceProposal['facts'] = [],
  ) => ({ vector: 'operability' as const, score, reasons, facts });
  if (!latest) {
    return proposal(null, [
      `${team} has no planned capacity in its last completed iterations, so its interrupt share is unknown`,
    ]);
  }
  const observedAt = new Date(latest.end);
  const iterations = count(measured.length, 'completed iteration');
  const minutes = measured.reduce((sum, i) => sum + i.interruptMinutes, 0);
  if (minutes === 0) {
    return proposal(
      null,
      [
        `${team} logged no interrupt effort in its last ${iterations}; an unused ledger says nothing about the load`,
      ],
      [
        fact(
          'interrupt-minutes',
          0,
          `No interrupt effort logged by ${team} in its last ${iterations}`,
          observedAt,
        ),
      ],
    );
  }

  const meanShare =
    measured.reduce((sum, i) => sum + i.share, 0) / measured.length;
  let base = 3;
  if (meanShare >= HEAVY_SHARE) base = 1;
  else if (meanShare >= LIGHT_SHARE) base = 2;
  const trend = trendOf(
    measured.map(i => i.share * 100),
    SHARE_TREND_POINTS,
  );
  const score = adjustForTrend(base, trend);
  const mean = percent(meanShare);
  const facts = [
    fact(
      'interrupt-share-percent',
      mean,
      `Interrupts took ${mean} % of ${team}'s planned capacity over its last ${iterations}`,
      observedAt,
    ),
    fact(
      'latest-interrupt-share-percent',
      percent(latest.share),
      `Interrupts took ${percent(
        latest.share,
      )} % of ${team}'s planned capacity in its latest completed iteration`,
      observedAt,
    ),
    fact(
      'interrupt-share-trend',
      trend ?? 'unknown',
      trend
        ? `${team}'s interrupt share is ${trend}`
        : `Too few iterations with a capacity for a trend of ${team}'s interrupt share`,
      observedAt,
    ),
  ];
  const reasons = [
    `a mean interrupt share of ${mean} % proposes ${base} (half or more 1, a quarter to a half 2, less 3)`,
  ];
  if (trend && trend !== 'steady') {
    reasons.push(
      trendReason(
        trend,
        'interrupt share',
        `the latest iteration ${SHARE_TREND_POINTS} points or more off the mean of those before`,
        score,
      ),
    );
  }
  reasons.push(CEILING);
  return proposal(score, reasons, facts);
}
