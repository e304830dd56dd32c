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
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
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

// The signed-in user's teams on the home page: who covers them now, and their interrupt share.
const myTeamsOnCallWidget = HomePageWidgetBlueprint.make({
  name: 'my-teams-now',
  params: {
    name: 'OncallMyTeamsNow',
    title: 'On call now for my teams',
    description:
      'Who covers each of your teams now, until when, and who is next',
    components: () =>
      import('./components/MyTeams/MyTeamsOnCall').then(m => ({
        Content: m.MyTeamsOnCall,
      })),
  },
});

const myTeamsInterruptShareWidget = HomePageWidgetBlueprint.make({
  name: 'my-teams-interrupts',
  params: {
    name: 'OncallMyTeamsInterrupts',
    title: "My teams' interrupt share",
    description:
      "Each of your teams' interrupt effort against capacity in the running iteration",
    components: () =>
      import('./components/MyTeams/MyTeamsInterruptShare').then(m => ({
        Content: m.MyTeamsInterruptShare,
      })),
  },
});

/**
 * The on-call plugin for the new frontend system: the API, the "PoTW & on-call" entity card
 * on components and groups, the "On-call" tab on groups, and two home page widgets for the
 * user's teams.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'oncall',
  title: 'On-call',
  info: { packageJson: () => import('../package.json') },
  extensions: [
    oncallApi,
    potwOncallCard,
    teamOncallContent,
    myTeamsOnCallWidget,
    myTeamsInterruptShareWidget,
  ],
});
