import { ApiFactory, getComponentData } from '@backstage/core-plugin-api';
import { createElement } from 'react';
import { oncallApiRef } from './api/OncallApi';
import { OncallClient } from './api/OncallClient';
import {
  EntityOncallCard,
  EntityOncallContent,
  entityContentRouteRef,
  oncallPlugin,
} from './index';

describe('oncallPlugin (legacy frontend system)', () => {
  it('has the oncall id and the group tab route', () => {
    expect(oncallPlugin.getId()).toBe('oncall');
    expect(oncallPlugin.routes).toEqual({
      entityContent: entityContentRouteRef,
    });
  });

  it('registers an API factory that builds the HTTP client from discovery and fetch', () => {
    const factories = [...oncallPlugin.getApis()] as ApiFactory<
      unknown,
      unknown,
      { [name: string]: unknown }
    >[];
    expect(factories).toHaveLength(1);
    const [factory] = factories;
    expect(factory.api).toBe(oncallApiRef);
    expect(
      Object.fromEntries(
        Object.entries(factory.deps).map(([name, ref]) => [name, ref.id]),
      ),
    ).toEqual({ discoveryApi: 'core.discovery', fetchApi: 'core.fetch' });

    const discoveryApi = { getBaseUrl: jest.fn() };
    const fetchApi = { fetch: jest.fn() };
    expect(factory.factory({ discoveryApi, fetchApi })).toBeInstanceOf(
      OncallClient,
    );
  });

  it('mounts the tab on the entity content route and keeps the card route-less', () => {
    expect(
      getComponentData(createElement(EntityOncallContent), 'core.mountPoint'),
    ).toBe(entityContentRouteRef);
    expect(
      getComponentData(createElement(EntityOncallCard), 'core.mountPoint'),
    ).toBeUndefined();
    for (const extension of [EntityOncallCard, EntityOncallContent]) {
      expect(getComponentData(createElement(extension), 'core.plugin')).toBe(
        oncallPlugin,
      );
    }
  });
});
