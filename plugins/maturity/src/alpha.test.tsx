import {
  acceptedKinds,
  httpApiExtensionClient,
  missingExtensionIds,
  renderInNewTestApp,
} from '@agile-ops/test-utils/frontend';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { screen } from '@testing-library/react';
import { fakeMaturityApi } from './__testUtils__/fakeMaturityApi';
import { ORGANIZATION } from './__testUtils__/overviewFixtures';
import { maturityApiRef } from './api/MaturityApi';
import { MaturityClient } from './api/MaturityClient';
import plugin from './alpha';
import { createFromTemplateRouteRef, rootRouteRef } from './routes';

const SCORED_KINDS = ['Component', 'Resource', 'System'];

describe('maturity plugin for the new frontend system', () => {
  it('is the maturity plugin with its overview route', () => {
    expect(plugin.id).toBe('maturity');
    expect(plugin.routes.root).toBe(rootRouteRef);
  });

  it('links gaps to templates through its own template route, bound to the scaffolder by default', () => {
    expect(plugin.externalRoutes.createFromTemplate).toBe(
      createFromTemplateRouteRef,
    );
    expect(createFromTemplateRouteRef).toMatchObject({
      id: 'maturity:create-from-template',
      optional: true,
      params: ['namespace', 'templateName'],
      defaultTarget: 'scaffolder.selectedTemplate',
    });
  });

  it('provides the maturity API backed by the HTTP client', () => {
    expect(
      httpApiExtensionClient(
        plugin.getExtension('api:maturity'),
        maturityApiRef,
      ),
    ).toBeInstanceOf(MaturityClient);
  });

  it('shows the entity card on components, resources and systems only', () => {
    const tester = createExtensionTester(
      plugin.getExtension('entity-card:maturity'),
    );
    expect(
      acceptedKinds(tester.get(EntityCardBlueprint.dataRefs.filterFunction)),
    ).toEqual(SCORED_KINDS);
    expect(tester.get(coreExtensionData.reactElement)).toBeDefined();
  });

  it('shows the team card on group pages only', () => {
    const tester = createExtensionTester(
      plugin.getExtension('entity-card:maturity/team'),
    );
    expect(
      acceptedKinds(tester.get(EntityCardBlueprint.dataRefs.filterFunction)),
    ).toEqual(['Group']);
    expect(tester.get(coreExtensionData.reactElement)).toBeDefined();
  });

  it('offers the home page a widget for the user’s teams', () => {
    const tester = createExtensionTester(
      plugin.getExtension('home-page-widget:maturity/my-teams'),
    );
    const widget = tester.get(HomePageWidgetBlueprint.dataRefs.widget);
    expect(widget).toMatchObject({
      name: 'MaturityMyTeams',
      title: "My teams' maturity",
    });
    expect(widget.component).toBeDefined();
  });

  it('adds a Maturity tab at maturity/ on the same entity kinds', () => {
    const tester = createExtensionTester(
      plugin.getExtension('entity-content:maturity'),
    );
    expect(tester.get(coreExtensionData.routePath)).toBe('maturity');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Maturity');
    expect(
      acceptedKinds(tester.get(EntityContentBlueprint.dataRefs.filterFunction)),
    ).toEqual(SCORED_KINDS);
  });

  it('mounts the overview page at /maturity on the root route', async () => {
    const api = fakeMaturityApi({ getRollup: async () => ORGANIZATION });
    const tester = createExtensionTester(plugin.getExtension('page:maturity'), {
      apis: [[maturityApiRef, api]],
    });
    expect(tester.get(coreExtensionData.routePath)).toBe('/maturity');
    expect(tester.get(coreExtensionData.routeRef)).toBe(rootRouteRef);

    renderInNewTestApp(tester.reactElement(), {
      apis: [[maturityApiRef, api]],
    });

    // The page's header shows at once; its content is loaded lazily.
    expect(
      await screen.findByRole(
        'grid',
        { name: 'Domains by maturity vector' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(api.getRollup).toHaveBeenCalledWith('organization:default/all');
    expect(screen.getByText('Payments')).toBeInTheDocument();
  });

  it('exposes its four extensions by id, and no entity-card under another name', () => {
    expect(
      missingExtensionIds(plugin, [
        'api:maturity',
        'entity-card:maturity',
        'entity-content:maturity',
        'page:maturity',
        'entity-card:maturity/card',
      ]),
    ).toEqual(['entity-card:maturity/card']);
  });
});
