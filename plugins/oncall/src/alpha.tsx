import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { oncallApiRef } from './api/OncallApi';
import { OncallClient } from './api/OncallClient';
import { ONCALL_TAB_PATH } from './routes';

const oncallApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: oncallApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new OncallClient(deps),
    }),
});

// Components reach their team through spec.owner (or the oncall-team annotation); a group's
// own page shows its own rotations.
const potwOncallCard = EntityCardBlueprint.make({
  name: 'potw-oncall',
  params: {
    filter: { kind: { $in: ['component', 'group'] } },
    loader: () =>
      import('./components/EntityOncallCard').then(m => <m.EntityOncallCard />),
  },
});

const teamOncallContent = EntityContentBlueprint.make({
  params: {
    path: ONCALL_TAB_PATH,
    title: 'On-call',
    filter: { kind: 'group' },
    loader: () =>
      import('./components/TeamOncallContent').then(m => (
        <m.TeamOncallContent />
      )),
  },
});

/**
 * The on-call plugin for the new frontend system: the API, the "PoTW & on-call" entity card
 * on components and groups, and the "On-call" tab on groups.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'oncall',
  title: 'On-call',
  info: { packageJson: () => import('../package.json') },
  extensions: [oncallApi, potwOncallCard, teamOncallContent],
});
