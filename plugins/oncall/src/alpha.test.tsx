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
import { fakeOncallApi } from './__testUtils__/fakeOncallApi';
import {
  ALICE,
  GROUP_REF,
  makeGroup,
  makeUsers,
} from './__testUtils__/fixtures';
import { oncallApiRef } from './api/OncallApi';
import { OncallClient } from './api/OncallClient';
import plugin from './alpha';

describe('oncall plugin for the new frontend system', () => {
  it('is the oncall plugin', () => {
    expect(plugin.id).toBe('oncall');
  });

  it('provides the on-call API backed by the HTTP client', () => {
    expect(
      httpApiExtensionClient(plugin.getExtension('api:oncall'), oncallApiRef),
    ).toBeInstanceOf(OncallClient);
  });

  it('shows the PoTW & on-call card on components and groups only', () => {
    const tester = createExtensionTester(
      plugin.getExtension('entity-card:oncall/potw-oncall'),
    );
    expect(
      acceptedKinds(tester.get(EntityCardBlueprint.dataRefs.filterFunction)),
    ).toEqual(['Component', 'Group']);
  });

  it.each([
    ['home-page-widget:oncall/my-teams-now', 'OncallMyTeamsNow'],
    ['home-page-widget:oncall/my-teams-interrupts', 'OncallMyTeamsInterrupts'],
  ] as const)('offers the home page the widget %s', (id, name) => {
    const tester = createExtensionTester(plugin.getExtension(id));
    const widget = tester.get(HomePageWidgetBlueprint.dataRefs.widget);
    expect(widget.name).toBe(name);
    expect(widget.component).toBeDefined();
  });

  it('renders the card for the entity of the page', async () => {
    const group = makeGroup();
    const api = fakeOncallApi({
      now: {
        [GROUP_REF]: {
          entityRef: GROUP_REF,
          team: GROUP_REF,
          resolvedVia: 'self',
          roles: [
            {
              role: 'potw',
              rotationId: 'rot-potw',
              rotationName: 'Person of the week',
              user: ALICE,
              since: '2026-03-09T08:00:00.000Z',
              until: '2026-03-16T08:00:00.000Z',
              next: null,
              timezone: 'Europe/Berlin',
              override: false,
            },
          ],
          escalation: [ALICE],
        },
      },
    });
    const tester = createExtensionTester(
      plugin.getExtension('entity-card:oncall/potw-oncall'),
    );

    renderInNewTestApp(tester.reactElement(), {
      apis: [[oncallApiRef, api]],
      entity: group,
      catalogEntities: makeUsers(),
    });

    expect(
      await screen.findByRole('region', { name: 'PoTW and on-call card' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('listitem', { name: 'Person of the Week' }),
    ).toHaveTextContent('Alice');
    expect(api.getEntityNow).toHaveBeenCalledWith(GROUP_REF);
  });

  it('adds an On-call tab at oncall on group pages', () => {
    const tester = createExtensionTester(
      plugin.getExtension('entity-content:oncall'),
    );
    expect(tester.get(coreExtensionData.routePath)).toBe('oncall');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('On-call');
    expect(
      acceptedKinds(tester.get(EntityContentBlueprint.dataRefs.filterFunction)),
    ).toEqual(['Group']);
  });

  it('exposes exactly its three extensions by id', () => {
    expect(
      missingExtensionIds(plugin, [
        'api:oncall',
        'entity-card:oncall/potw-oncall',
        'entity-content:oncall',
        'entity-card:oncall',
      ]),
    ).toEqual(['entity-card:oncall']);
  });
});
