import { maturityEvidenceExtensionPoint } from '@agile-ops/plugin-maturity-node';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { OncallClient } from './client/OncallClient';
import { oncallEvidenceProvider } from './oncallEvidence';

/**
 * The backend module `oncall-evidence` of the maturity plugin: adds the evidence provider
 * `oncall`, which reads the on-call plugin with the maturity plugin's service credentials.
 *
 * @public
 */
export const maturityModuleOncallEvidence = createBackendModule({
  pluginId: 'maturity',
  moduleId: 'oncall-evidence',
  register(env) {
    env.registerInit({
      deps: {
        evidence: maturityEvidenceExtensionPoint,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
      },
      async init({ evidence, auth, discovery }) {
        evidence.addProvider(
          oncallEvidenceProvider(new OncallClient({ auth, discovery })),
        );
      },
    });
  },
});
