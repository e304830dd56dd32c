import { ApiFactory, getComponentData } from '@backstage/core-plugin-api';
import { createElement } from 'react';
import { selfServiceApiRef } from './api/SelfServiceApi';
import { SelfServiceClient } from './api/SelfServiceClient';
import * as index from './index';
import { EntitySelfServiceCard, selfServicePlugin } from './index';
import { createFromTemplateRouteRef } from './routes';

describe('selfServicePlugin (legacy frontend system)', () => {
  it('has the self-service id and the template route for apps to bind', () => {
    expect(selfServicePlugin.getId()).toBe('self-service');
    expect(selfServicePlugin.externalRoutes).toEqual({
      createFromTemplate: createFromTemplateRouteRef,
    });
    // Optional, so legacy apps work without binding it; the new system binds it by default.
    expect(createFromTemplateRouteRef.optional).toBe(true);
  });

  it('registers an API factory that builds the HTTP client from discovery and fetch', () => {
    const factories = [...selfServicePlugin.getApis()] as ApiFactory<
      unknown,
      unknown,
      { [name: string]: unknown }
    >[];
    expect(factories).toHaveLength(1);
    const [factory] = factories;
    expect(factory.api).toBe(selfServiceApiRef);
    expect(
      Object.fromEntries(
        Object.entries(factory.deps).map(([name, ref]) => [name, ref.id]),
      ),
    ).toEqual({ discoveryApi: 'core.discovery', fetchApi: 'core.fetch' });
    expect(
      factory.factory({
        discoveryApi: { getBaseUrl: jest.fn() },
        fetchApi: { fetch: jest.fn() },
      }),
    ).toBeInstanceOf(SelfServiceClient);
  });

  it('provides the card as a component extension of the plugin, without a route', () => {
    const element = createElement(EntitySelfServiceCard);
    expect(getComponentData(element, 'core.plugin')).toBe(selfServicePlugin);
    expect(getComponentData(element, 'core.mountPoint')).toBeUndefined();
  });

  it('keeps the public surface small', () => {
    expect(Object.keys(index).sort()).toEqual([
      'APPLIES_TO_ANNOTATION',
      'EntitySelfServiceCard',
      'SelfServiceClient',
      'createFromTemplateRouteRef',
      'parseAppliesTo',
      'readAppliesTo',
      'selfServiceApiRef',
      'selfServicePlugin',
      'templateAppliesTo',
    ]);
  });
});
