import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { maturityApiRef } from './api/MaturityApi';
import { MaturityClient } from './api/MaturityClient';
import {
  createFromTemplateRouteRef,
  entityContentRouteRef,
  rootRouteRef,
} from './routes';

/**
 * The maturity plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const maturityPlugin = createPlugin({
  id: 'maturity',
  apis: [
    createApiFactory({
      api: maturityApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new MaturityClient(deps),
    }),
  ],
  routes: { root: rootRouteRef, entityContent: entityContentRouteRef },
  externalRoutes: { createFromTemplate: createFromTemplateRouteRef },
});

/**
 * The maturity card for entity overview pages.
 *
 * @public
 */
export const EntityMaturityCard = maturityPlugin.provide(
  createComponentExtension({
    name: 'EntityMaturityCard',
    component: {
      lazy: () =>
        import('./components/EntityMaturityCard/EntityMaturityCard').then(
          m => m.EntityMaturityCard,
        ),
    },
  }),
);

/**
 * The maturity tab for entity pages.
 *
 * @public
 */
export const EntityMaturityContent = maturityPlugin.provide(
  createRoutableExtension({
    name: 'EntityMaturityContent',
    mountPoint: entityContentRouteRef,
    component: () =>
      import('./components/EntityMaturityContent/EntityMaturityContent').then(
        m => m.EntityMaturityContent,
      ),
  }),
);

/**
 * The architects' overview page.
 *
 * @public
 */
export const MaturityOverviewPage = maturityPlugin.provide(
  createRoutableExtension({
    name: 'MaturityOverviewPage',
    mountPoint: rootRouteRef,
    component: () =>
      import('./components/MaturityOverview/MaturityOverviewPage').then(
        m => m.MaturityOverviewPage,
      ),
  }),
);
