import {
  ApiBlueprint,
  coreExtensionData,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { fakeOncallApi } from './__testUtils__/fakeOncallApi';
import {
  ALICE,
  GROUP_REF,
  makeGroup,
  makeUsers,
} from './__testUtils__/fixtures';
import { ENTITY_ROUTE } from './__testUtils__/renderWithApis';
import { oncallApiRef } from './api/OncallApi';
import { OncallClient } from './api/OncallClient';
import plugin from './alpha';

/** Which of these kinds an extension's entity filter accepts. */
function acceptedKinds(
  filter: ((entity: Entity) => boolean) | undefined,
): string[] {
  if (!filter) throw new Error('the extension has no entity filter');
  return [
    'Component',
    'Resource',
    'System',
    'API',
    'Domain',
    'Group',
    'User',
  ].filter(kind =>
    filter({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name: 'x' },
    }),
  );
}

describe('oncall plugin for the new frontend system', () => {
  it('is the oncall plugin', () => {
    expect(plugin.id).toBe('oncall');
  });

  it('provides the on-call API backed by the HTTP client', () => {
    const tester = createExtensionTester(plugin.getExtension('api:oncall'));
    const factory = tester.get(ApiBlueprint.dataRefs.factory);
    expect(factory.api.id).toBe(oncallApiRef.id);
    expect(Object.keys(factory.deps).sort()).toEqual([
      'discoveryApi',
      'fetchApi',
    ]);
    const client = factory.factory({
      discoveryApi: { getBaseUrl: jest.fn() },
      fetchApi: { fetch: jest.fn() },
    });
    expect(client).toBeInstanceOf(OncallClient);
  });

  it('shows the PoTW & on-call card on components and groups only', () => {
    const tester = createExtensionTester(
      plugin.getExtension('entity-card:oncall/potw-oncall'),
    );
    expect(
      acceptedKinds(tester.get(EntityCardBlueprint.dataRefs.filterFunction)),
    ).toEqual(['Component', 'Group']);
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

    renderInTestApp(
      <EntityProvider entity={group}>{tester.reactElement()}</EntityProvider>,
      {
        apis: [
          [oncallApiRef, api],
          [
            catalogApiRef,
            catalogApiMock({ entities: [group, ...makeUsers()] }),
          ],
        ],
        mountedRoutes: { [ENTITY_ROUTE]: entityRouteRef },
      },
    );

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
    for (const id of [
      'api:oncall',
      'entity-card:oncall/potw-oncall',
      'entity-content:oncall',
    ] as const) {
      expect(plugin.getExtension(id)).toBeDefined();
    }
    expect(() => plugin.getExtension('entity-card:oncall' as any)).toThrow(
      /non-existent extension/,
    );
  });
});
