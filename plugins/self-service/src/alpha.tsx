import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { selfServiceApiRef } from './api/SelfServiceApi';
import { SelfServiceClient } from './api/SelfServiceClient';
import { createFromTemplateRouteRef } from './routes';

const selfServiceApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: selfServiceApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new SelfServiceClient(deps),
    }),
});

// The kinds templates are usually written for: software and infrastructure, the systems they
// form, and teams (for team-level requests such as an on-call override).
const selfServiceEntityCard = EntityCardBlueprint.make({
  params: {
    filter: { kind: { $in: ['component', 'resource', 'system', 'group'] } },
    loader: () =>
      import('./components/EntitySelfServiceCard').then(m => (
        <m.EntitySelfServiceCard />
      )),
  },
});

/**
 * The self-service plugin for the new frontend system: the API and the "Self-service" entity
 * card on components, resources, systems and groups. Launch links go to the scaffolder's
 * template page, bound by default.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'self-service',
  title: 'Self-service',
  info: { packageJson: () => import('../package.json') },
  externalRoutes: { createFromTemplate: createFromTemplateRouteRef },
  extensions: [selfServiceApi, selfServiceEntityCard],
});
