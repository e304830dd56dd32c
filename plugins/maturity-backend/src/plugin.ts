import { maturityPermissions } from '@agile-ops/plugin-maturity-common';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { registerMaturityActions } from './actions/registerActions';
import { DatabaseMaturityStore } from './database/DatabaseMaturityStore';
import {
  maturityEntityResourceRef,
  maturityEntityRules,
} from './permissions/rules';
import { MaturityService } from './service/MaturityService';
import { createRouter } from './service/router';
import { readMaturitySettings } from './service/settings';

/**
 * The maturity backend plugin: scorecards, assessments and score history for catalog entities.
 *
 * @public
 */
export const maturityPlugin = createBackendPlugin({
  pluginId: 'maturity',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const { catalog, auth } = deps;
        const settings = readMaturitySettings(deps.config);
        const store = await DatabaseMaturityStore.create(deps.database);
        const service = new MaturityService({
          store,
          catalog,
          permissions: deps.permissions,
          auditor: deps.auditor,
          settings,
        });

        // Lets policies hand conditional decisions (e.g. "owners may assess") to this plugin.
        deps.permissionsRegistry.addResourceType({
          resourceRef: maturityEntityResourceRef,
          permissions: maturityPermissions,
          rules: Object.values(maturityEntityRules),
          getResources: async entityRefs => {
            const { items } = await catalog.getEntitiesByRefs(
              { entityRefs },
              { credentials: await auth.getOwnServiceCredentials() },
            );
            return items.map(entity => entity ?? undefined);
          },
        });

        deps.httpRouter.use(
          await createRouter({ service, httpAuth: deps.httpAuth }),
        );
        registerMaturityActions({
          actionsRegistry: deps.actionsRegistry,
          service,
        });
      },
    });
  },
});
