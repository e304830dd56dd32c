import { maturityEvidenceExtensionPoint } from '@agile-ops/plugin-maturity-node';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogEvidenceProvider } from './provider';

/**
 * Backend module of the maturity plugin that adds the evidence provider `catalog`.
 *
 * @public
 */
export const maturityModuleCatalogEvidence = createBackendModule({
  pluginId: 'maturity',
  moduleId: 'catalog-evidence',
  register(env) {
    env.registerInit({
      deps: {
        evidence: maturityEvidenceExtensionPoint,
        catalog: catalogServiceRef,
      },
      async init({ evidence, catalog }) {
        evidence.addProvider(catalogEvidenceProvider(catalog));
      },
    });
  },
});
