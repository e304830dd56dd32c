import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { maturityApiRef } from './api/MaturityApi';
import { MaturityClient } from './api/MaturityClient';
import { createFromTemplateRouteRef, rootRouteRef } from './routes';

/** Entities that are scored directly: software, infrastructure and the systems they form. */
const SCORED_KINDS = { kind: { $in: ['component', 'resource', 'system'] } };

const maturityApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: maturityApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new MaturityClient(deps),
    }),
});

const maturityEntityCard = EntityCardBlueprint.make({
  params: {
    filter: SCORED_KINDS,
    loader: () =>
      import('./components/EntityMaturityCard/EntityMaturityCard').then(m => (
        <m.EntityMaturityCard />
      )),
  },
});

// A team's roll-up on its group page.
const teamMaturityCard = EntityCardBlueprint.make({
  name: 'team',
  params: {
    filter: { kind: 'group' },
    loader: () =>
      import('./components/TeamMaturityCard/TeamMaturityCard').then(m => (
        <m.TeamMaturityCard />
      )),
  },
});

// The signed-in user's teams on the home page, with what each should reassess next.
const myTeamsMaturityWidget = HomePageWidgetBlueprint.make({
  name: 'my-teams',
  params: {
    name: 'MaturityMyTeams',
    title: "My teams' maturity",
    description:
      'Level, coverage and the entities to reassess next for each of your teams',
    components: () =>
      import('./components/MyTeamsMaturity/MyTeamsMaturity').then(m => ({
        Content: m.MyTeamsMaturity,
      })),
  },
});

const maturityEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'maturity',
    title: 'Maturity',
    filter: SCORED_KINDS,
    loader: () =>
      import('./components/EntityMaturityContent/EntityMaturityContent').then(
        m => <m.EntityMaturityContent />,
      ),
  },
});

const maturityOverviewPage = PageBlueprint.make({
  params: {
    path: '/maturity',
    title: 'Maturity',
    icon: <AssessmentIcon />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/MaturityOverview/MaturityOverview').then(m => (
        <m.MaturityOverview />
      )),
  },
});

/**
 * The maturity plugin for the new frontend system: API, entity card, team card on group pages,
 * entity tab, overview page (listed in the sidebar) and a home page widget for the user's teams.
 * The links from a vector below target to the templates that improve it go to the scaffolder's
 * template page, bound by default.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'maturity',
  title: 'Maturity',
  icon: <AssessmentIcon />,
  info: { packageJson: () => import('../package.json') },
  routes: { root: rootRouteRef },
  externalRoutes: { createFromTemplate: createFromTemplateRouteRef },
  extensions: [
    maturityApi,
    maturityEntityCard,
    teamMaturityCard,
    myTeamsMaturityWidget,
    maturityEntityContent,
    maturityOverviewPage,
  ],
});
