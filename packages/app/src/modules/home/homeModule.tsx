import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';

const welcome = `
## Agile Ops portal

This portal attaches the Agile Operations practices to the software catalog:

- **Maturity**: every component, resource and system is rated on fifteen vectors from 0 to 5,
  and the ratings roll up to systems, domains and teams.
- **Person of the Week and on-call**: each team's rotation shows who shields the team from
  interrupts right now, and who is next.
- **Self-service**: templates that let teams help themselves count as evidence of automation.

Start in the [catalog](/) and open any component.
`;

const welcomeWidget = HomePageWidgetBlueprint.make({
  name: 'agile-ops-welcome',
  params: {
    name: 'AgileOpsWelcome',
    title: 'Welcome',
    description: 'What the Agile Ops portal offers and where to start',
    components: async () => ({
      Content: () => <MarkdownContent content={welcome} />,
    }),
  },
});

/** Home page additions of the Agile Ops portal. */
export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [welcomeWidget],
});
