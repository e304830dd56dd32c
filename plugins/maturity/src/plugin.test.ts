import { ApiFactory, getComponentData } from '@backstage/core-plugin-api';
import { createElement } from 'react';
import { maturityApiRef } from './api/MaturityApi';
import { MaturityClient } from './api/MaturityClient';
import {
  EntityMaturityCard,
  EntityMaturityContent,
  maturityPlugin,
  MaturityOverviewPage,
} from './index';
import { entityContentRouteRef, rootRouteRef } from './routes';

describe('maturityPlugin (legacy frontend system)', () => {
  it('has the maturity id and both routes', () => {
    expect(maturityPlugin.getId()).toBe('maturity');
    expect(maturityPlugin.routes).toEqual({
      root: rootRouteRef,
      entityContent: entityContentRouteRef,
    });
  });

  it('registers an API factory that builds the HTTP client from discovery and fetch', () => {
    const factories = [...maturityPlugin.getApis()] as ApiFactory<
      unknown,
      unknown,
      { [name: string]: unknown }
    >[];
    expect(factories).toHaveLength(1);
    const [factory] = factories;
    expect(factory.api).toBe(maturityApiRef);
    expect(
      Object.fromEntries(
        Object.entries(factory.deps).map(([name, ref]) => [name, ref.id]),
      ),
    ).toEqual({ discoveryApi: 'core.discovery', fetchApi: 'core.fetch' });

    const discoveryApi = { getBaseUrl: jest.fn() };
    const fetchApi = { fetch: jest.fn() };
    expect(factory.factory({ discoveryApi, fetchApi })).toBeInstanceOf(
      MaturityClient,
    );
  });

  it('mounts the page on the root route and the tab on the entity content route', () => {
    expect(
      getComponentData(createElement(MaturityOverviewPage), 'core.mountPoint'),
    ).toBe(rootRouteRef);
    expect(
      getComponentData(createElement(EntityMaturityContent), 'core.mountPoint'),
    ).toBe(entityContentRouteRef);
    // The card is a plain component extension, without a route of its own.
    expect(
      getComponentData(createElement(EntityMaturityCard), 'core.mountPoint'),
    ).toBeUndefined();
    for (const extension of [
      EntityMaturityCard,
      EntityMaturityContent,
      MaturityOverviewPage,
    ]) {
      expect(getComponentData(createElement(extension), 'core.plugin')).toBe(
        maturityPlugin,
      );
    }
  });
});
