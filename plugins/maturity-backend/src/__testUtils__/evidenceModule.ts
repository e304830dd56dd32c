import {
  EvidenceProvider,
  maturityEvidenceExtensionPoint,
} from '@agile-ops/plugin-maturity-node';
import { VectorId } from '@agile-ops/plugin-maturity-common';
import { createBackendModule } from '@backstage/backend-plugin-api';

/** A backend module of the maturity plugin that adds one evidence provider. */
export function evidenceModule(moduleId: string, provider: EvidenceProvider) {
  return createBackendModule({
    pluginId: 'maturity',
    moduleId,
    register(env) {
      env.registerInit({
        deps: { evidence: maturityEvidenceExtensionPoint },
        async init({ evidence }) {
          evidence.addProvider(provider);
        },
      });
    },
  });
}

/**
 * A provider that proposes `score()` for one vector of every component it is given (read at
 * each collection, so a test can change it), with one fact saying so.
 */
export function fixedProvider(
  id: string,
  vector: VectorId,
  score: () => number | null,
): EvidenceProvider {
  return {
    id,
    vectors: [vector],
    async collect(entities, { now }) {
      const value = score();
      return entities.map(entity => ({
        entityRef: `component:default/${entity.metadata.name}`,
        proposals: [
          {
            vector,
            score: value,
            reasons: [`the test proposes ${value}`],
            facts: [
              {
                key: 'proposed',
                value: value ?? 'none',
                text: `The test proposes ${value}`,
                observedAt: now,
                source: 'test',
              },
            ],
          },
        ],
      }));
    },
  };
}
