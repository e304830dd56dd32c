import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { oncallApiRef } from './api/OncallApi';
import { OncallClient } from './api/OncallClient';
import { entityContentRouteRef } from './routes';

/**
 * The on-call plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const oncallPlugin = createPlugin({
  id: 'oncall',
  apis: [
    createApiFactory({
      api: oncallApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new OncallClient(deps),
    }),
  ],
  routes: { entityContent: entityContentRouteRef },
});

/**
 * The "PoTW & on-call" card for component and group overview pages.
 *
 * @public
 */
export const EntityOncallCard = oncallPlugin.provide(
  createComponentExtension({
    name: 'EntityOncallCard',
    component: {
      lazy: () =>
        import('./components/EntityOncallCard').then(m => m.EntityOncallCard),
    },
  }),
);

/**
 * The "On-call" tab for group pages: rotations, calendar, overrides, hand-offs and interrupts.
 *
 * @public
 */
export const EntityOncallContent = oncallPlugin.provide(
  createRoutableExtension({
    name: 'EntityOncallContent',
    mountPoint: entityContentRouteRef,
    component: () =>
      import('./components/TeamOncallContent').then(m => m.TeamOncallContent),
  }),
);
