import { proposeAutomationScore } from '@agile-ops/plugin-maturity-common';
import { EvidenceProvider } from '@agile-ops/plugin-maturity-node';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { SelfServiceStore } from './SelfServiceStore';

/** The id of the provider of self-service evidence. */
export const SELF_SERVICE_PROVIDER = 'self-service';

const runs = (n: number) => `${n} self-service ${n === 1 ? 'run' : 'runs'}`;

/**
 * The evidence of self-service runs for the automation vector: an entity with runs in the last
 * 90 days gets a proposal from their count (older runs say nothing about how the team works
 * today, so an entity without recent runs gets none).
 */
export function selfServiceEvidence(store: SelfServiceStore): EvidenceProvider {
  return {
    id: SELF_SERVICE_PROVIDER,
    vectors: ['automation'],
    // Use shows automation is there, not that it is excellent (see proposeAutomationScore).
    maxScore: 4,
    async collect(entities, { now }) {
      const refs = entities.map(e =>
        stringifyEntityRef(e).toLocaleLowerCase('en-US'),
      );
      const counts = await store.countRunsOf(refs, now);
      return [...counts].map(([entityRef, { last30Days, last90Days }]) => {
        const score = proposeAutomationScore(last90Days);
        return {
          entityRef,
          proposals: [
            {
              vector: 'automation',
              score,
              reasons: [
                `${runs(
                  last90Days,
                )} in 90 days propose ${score}: 1 to 4 runs propose 2, 5 to 19 propose 3, 20 or more 4; a 5 needs more than use can show`,
              ],
              facts: [
                {
                  key: 'runs-90-days',
                  value: last90Days,
                  text: `${runs(last90Days)} in the last 90 days`,
                  observedAt: now,
                  source: SELF_SERVICE_PROVIDER,
                },
                {
                  key: 'runs-30-days',
                  value: last30Days,
                  text: `${runs(last30Days)} in the last 30 days`,
                  observedAt: now,
                  source: SELF_SERVICE_PROVIDER,
                },
              ],
            },
          ],
        };
      });
    },
  };
}
