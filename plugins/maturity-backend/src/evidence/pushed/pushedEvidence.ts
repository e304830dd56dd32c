import { EvidenceProvider } from '@agile-ops/plugin-maturity-node';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { LIMITS } from '../../service/limits';
import { DatabasePushedFactStore, factSlot } from './DatabasePushedFactStore';
import { FactRule } from './factRules';
import { describeLevel, levelFor, shown } from './ruleLevels';

/** The id of the provider of pushed facts. */
export const PUSHED_PROVIDER = 'pushed';

/** The longest sentence a provider may give (see checkEvidence). */
const SENTENCE = 500;

/**
 * The evidence of facts pushed through `POST /facts`: for each configured rule, the newest
 * value of its fact (from whichever source) proposes the score of the first level it meets.
 * A fact older than `maxAgeMs`, a value no level takes, and facts no rule names propose
 * nothing.
 */
export function pushedFactsEvidence(
  store: DatabasePushedFactStore,
  settings: { factRules: readonly FactRule[]; factMaxAgeMs: number },
): EvidenceProvider {
  const rules = settings.factRules;
  const keys = [...new Set(rules.map(rule => rule.fact))];
  return {
    id: PUSHED_PROVIDER,
    vectors: rules.map(rule => rule.vector),
    async collect(entities, { now }) {
      if (rules.length === 0) return [];
      const refs = entities.map(e =>
        stringifyEntityRef(e).toLocaleLowerCase('en-US'),
      );
      const latest = await store.latestOf(
        refs,
        keys,
        LIMITS.pushedFactsPerPage,
      );
      const oldest = now.getTime() - settings.factMaxAgeMs;
      return refs.flatMap(entityRef => {
        const proposals = rules.flatMap(rule => {
          const fact = latest.get(factSlot(entityRef, rule.fact));
          if (!fact || fact.observedAt.getTime() < oldest) return [];
          const level = levelFor(rule, fact.value);
          if (!level) return [];
          const day = fact.observedAt.toISOString().slice(0, 10);
          return [
            {
              vector: rule.vector,
              score: level.score,
              reasons: [
                `${fact.key} ${shown(fact.value)} (from ${
                  fact.source
                } on ${day}) is ${describeLevel(level)}, which proposes ${
                  level.score
                } for ${rule.vector}`.slice(0, SENTENCE),
              ],
              facts: [
                {
                  key: fact.key,
                  value: fact.value,
                  text: (
                    fact.text ?? `${fact.key} is ${shown(fact.value)}`
                  ).slice(0, SENTENCE),
                  observedAt: fact.observedAt,
                  source: fact.source,
                },
              ],
            },
          ];
        });
        return proposals.length > 0 ? [{ entityRef, proposals }] : [];
      });
    },
  };
}
