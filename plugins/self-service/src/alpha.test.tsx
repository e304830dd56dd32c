import {
  acceptedKinds,
  httpApiExtensionClient,
  missingExtensionIds,
  renderInNewTestApp,
} from '@agile-ops/test-utils/frontend';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { fakeSelfServiceApi } from './__testUtils__/fakeSelfServiceApi';
import { makeEntity, makeTemplate } from './__testUtils__/fixtures';
import { selfServiceApiRef } from './api/SelfServiceApi';
import { SelfServiceClient } from './api/SelfServiceClient';
import plugin from './alpha';
import { createFromTemplateRouteRef } from './routes';

describe('self-service plugin for the new frontend system', () => {
  it('is the self-service plugin, linking templates through the scaffolder route', () => {
    expect(plugin.id).toBe('self-service');
    expect(plugin.externalRoutes.createFromTemplate).toBe(
      createFromTemplateRouteRef,
    );
  });

  it('provides the self-service API backed by the HTTP client', () => {
    expect(
      httpApiExtensionClient(
        plugin.getExtension('api:self-service'),
        selfServiceApiRef,
      ),
    ).toBeInstanceOf(SelfServiceClient);
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
    const tester = createExtensionTester(
      plugin.getExtension('entity-card:self-service'),
    );

    renderInNewTestApp(tester.reactElement(), {
      apis: [[selfServiceApiRef, api]],
      entity,
      catalogEntities: [
        makeTemplate(
          'request-db',
          { kind: 'component' },
          { title: 'Request a database' },
        ),
      ],
    });

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
    expect(
      missingExtensionIds(plugin, [
        'api:self-service',
        'entity-card:self-service',
        'entity-content:self-service',
      ]),
    ).toEqual(['entity-content:self-service']);
  });
});
