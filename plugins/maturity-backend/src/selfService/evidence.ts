import {
  proposeAutomationScore,
  VectorEvidence,
} from '@agile-ops/plugin-maturity-common';
import { RunCounts } from './SelfServiceStore';

/**
 * The automation evidence of an entity's self-service runs, or none when it had no run in the
 * last 90 days (runs older than that say nothing about how the team works today).
 */
export function automationEvidence(counts: RunCounts): VectorEvidence[] {
  const { last30Days, last90Days } = counts;
  if (last90Days === 0) return [];
  const runs = last90Days === 1 ? 'run' : 'runs';
  return [
    {
      vector: 'automation',
      facts: [
        `${last90Days} self-service ${runs} in the last 90 days (${last30Days} in the last 30)`,
      ],
      proposedScore: proposeAutomationScore(last90Days),
    },
  ];
}
