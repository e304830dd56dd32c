import { ApiBlueprint } from '@backstage/frontend-plugin-api';
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
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { fakeSelfServiceApi } from './__testUtils__/fakeSelfServiceApi';
import { makeEntity, makeTemplate } from './__testUtils__/fixtures';
import { ENTITY_ROUTE } from './__testUtils__/renderWithApis';
import { selfServiceApiRef } from './api/SelfServiceApi';
import { SelfServiceClient } from './api/SelfServiceClient';
import plugin from './alpha';
import { createFromTemplateRouteRef } from './routes';

/** Which of these kinds an extension's entity filter accepts. */
function acceptedKinds(
  filter: ((entity: Entity) => boolean) | undefined,
): string[] {
  if (!filter) throw new Error('the extension has no entity filter');
  return [
    'Component',
    'Resource',
    'System',
    'Group',
    'API',
    'Domain',
    'User',
    'Template',
  ].filter(kind =>
    filter({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name: 'x' },
    }),
  );
}

describe('self-service plugin for the new frontend system', () => {
  it('is the self-service plugin, linking templates through the scaffolder route', () => {
    expect(plugin.id).toBe('self-service');
    expect(plugin.externalRoutes.createFromTemplate).toBe(
      createFromTemplateRouteRef,
    );
  });

  it('provides the self-service API backed by the HTTP client', () => {
    const tester = createExtensionTester(
      plugin.getExtension('api:self-service'),
    );
    const factory = tester.get(ApiBlueprint.dataRefs.factory);
    expect(factory.api.id).toBe(selfServiceApiRef.id);
    expect(Object.keys(factory.deps).sort()).toEqual([
      'discoveryApi',
      'fetchApi',
    ]);
    const client = factory.factory({
      discoveryApi: { getBaseUrl: jest.fn() },
      fetchApi: { fetch: jest.fn() },
    });
    expect(client).toBeInstanceOf(SelfServiceClient);
  });

  it('shows the entity card on components, resources, systems and groups only', () => {
    const tester = createExtensionTester(
      plugin.getExtension('entity-card:self-service'),
    );
    expect(
      acceptedKinds(tester.get(EntityCardBlueprint.dataRefs.filterFunction)),
    ).toEqual(['Component', 'Resource', 'System', 'Group']);
  });

  it('renders the card lazily, with the templates for the page entity', async () => {
    const api = fakeSelfServiceApi();
    const entity = makeEntity();
    const catalogApi = catalogApiMock({
      entities: [
        entity,
        makeTemplate(
          'request-db',
          { kind: 'component' },
          { title: 'Request a database' },
        ),
      ],
    });
    const tester = createExtensionTester(
      plugin.getExtension('entity-card:self-service'),
    );

    renderInTestApp(
      <EntityProvider entity={entity}>{tester.reactElement()}</EntityProvider>,
      {
        apis: [
          [selfServiceApiRef, api],
          [catalogApiRef, catalogApi],
        ],
        mountedRoutes: { [ENTITY_ROUTE]: entityRouteRef },
      },
    );

    // No scaffolder in this test app, so the link falls back to the default path.
    expect(
      await screen.findByRole(
        'link',
        { name: 'Launch Request a database' },
        { timeout: 10_000 },
      ),
    ).toHaveAttribute(
      'href',
      `/create/templates/default/request-db?formData=${encodeURIComponent(
        '{"entityRef":"component:default/payments"}',
      )}`,
    );
    expect(
      screen.getByRole('region', { name: 'Self-service card' }),
    ).toBeInTheDocument();
    expect(api.getUsage).toHaveBeenCalledWith('component:default/payments');
  });

  it('exposes exactly its two extensions by id', () => {
    for (const id of [
      'api:self-service',
      'entity-card:self-service',
    ] as const) {
      expect(plugin.getExtension(id)).toBeDefined();
    }
    expect(() =>
      plugin.getExtension('entity-content:self-service' as any),
    ).toThrow(/non-existent extension/);
  });
});
