import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createAutomationCallAction } from './actions/createAutomationCallAction';
import { createMaturityAssessmentAction } from './actions/createMaturityAssessmentAction';
import { createOncallInterruptAction } from './actions/createOncallInterruptAction';
import { createOncallOverrideAction } from './actions/createOncallOverrideAction';
import { createRecordRunAction } from './actions/createRecordRunAction';
import { PluginApiClient } from './api/PluginApiClient';

/**
 * Scaffolder module with the Agile Ops actions: maturity scores, on-call overrides, interrupts,
 * self-service run records and allow-listed automation calls.
 *
 * @public
 */
export const scaffolderModuleAgileOps = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'agile-ops',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        config: coreServices.rootConfig,
      },
      async init({ scaffolder, auth, discovery, config }) {
        const api = new PluginApiClient({ auth, discovery });
        scaffolder.addActions(
          createMaturityAssessmentAction({ api }),
          createOncallOverrideAction({ api, auth }),
          createOncallInterruptAction({ api }),
          createRecordRunAction({ api }),
          createAutomationCallAction({ config, auth, api }),
        );
      },
    });
  },
});
