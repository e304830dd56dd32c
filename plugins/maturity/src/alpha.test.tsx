import {
  ApiBlueprint,
  coreExtensionData,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { Entity } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { fakeMaturityApi } from './__testUtils__/fakeMaturityApi';
import { ORGANIZATION } from './__testUtils__/overviewFixtures';
import { ENTITY_ROUTE } from './__testUtils__/renderWithApis';
import { maturityApiRef } from './api/MaturityApi';
import { MaturityClient } from './api/MaturityClient';
import plugin from './alpha';
import { rootRouteRef } from './routes';

/** Which of these kinds an extension's entity filter accepts. */
function acceptedKinds(
  filter: ((entity: Entity) => boolean) | undefined,
): string[] {
  if (!filter) throw new Error('the extension has no entity filter');
  return ['Component', 'Resource', 'System', 'API', 'Domain', 'Group'].filter(
    kind =>
      filter({
        apiVersion: 'backstage.io/v1alpha1',
        kind,
        metadata: { name: 'x' },
      }),
  );
}

const SCORED_KINDS = ['Component', 'Resource', 'System'];

describe('maturity plugin for the new frontend system', () => {
  it('is the maturity plugin with its overview route', () => {
    expect(plugin.id).toBe('maturity');
    expect(plugin.routes.root).toBe(rootRouteRef);
  });

  it('provides the maturity API backed by the HTTP client', () => {
    const tester = createExtensionTester(plugin.getExtension('api:maturity'));
    const factory = tester.get(ApiBlueprint.dataRefs.factory);
    expect(factory.api.id).toBe(maturityApiRef.id);
    expect(Object.keys(factory.deps).sort()).toEqual([
      'discoveryApi',
      'fetchApi',
    ]);
    const client = factory.factory({
      discoveryApi: { getBaseUrl: jest.fn() },
      fetchApi: { fetch: jest.fn() },
    });
    expect(client).toBeInstanceOf(MaturityClient);
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

    renderInTestApp(tester.reactElement(), {
      apis: [[maturityApiRef, api]],
      mountedRoutes: { [ENTITY_ROUTE]: entityRouteRef },
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
    for (const id of [
      'api:maturity',
      'entity-card:maturity',
      'entity-content:maturity',
      'page:maturity',
    ] as const) {
      expect(plugin.getExtension(id)).toBeDefined();
    }
    expect(() =>
      plugin.getExtension('entity-card:maturity/card' as any),
    ).toThrow(/non-existent extension/);
  });
});
