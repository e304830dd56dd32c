import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { selfServiceApiRef } from './api/SelfServiceApi';
import { SelfServiceClient } from './api/SelfServiceClient';
import { createFromTemplateRouteRef } from './routes';

/**
 * The self-service plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const selfServicePlugin = createPlugin({
  id: 'self-service',
  apis: [
    createApiFactory({
      api: selfServiceApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new SelfServiceClient(deps),
    }),
  ],
  externalRoutes: { createFromTemplate: createFromTemplateRouteRef },
});

/**
 * The "Self-service" card for entity overview pages.
 *
 * @public
 */
export const EntitySelfServiceCard = selfServicePlugin.provide(
  createComponentExtension({
    name: 'EntitySelfServiceCard',
    component: {
      lazy: () =>
        import('./components/EntitySelfServiceCard').then(
          m => m.EntitySelfServiceCard,
        ),
    },
  }),
);
