import {
  ApiFactory,
  ApiRef,
  BackstagePlugin,
  getComponentData,
  RouteRef,
} from '@backstage/core-plugin-api';
import { ComponentType, createElement } from 'react';
import { stubHttpClientDeps } from './httpClientDeps';

/**
 * What the one API factory of a legacy plugin builds, for the test to check its class. Fails
 * the test unless the plugin registers exactly one factory, for `apiRef`, over the core
 * discovery and fetch APIs.
 */
export function legacyHttpClient(
  plugin: BackstagePlugin,
  apiRef: ApiRef<unknown>,
): unknown {
  const factories = [...plugin.getApis()] as ApiFactory<
    unknown,
    unknown,
    { [name: string]: unknown }
  >[];
  expect(factories).toHaveLength(1);
  const [factory] = factories;
  expect(factory.api).toBe(apiRef);
  expect(
    Object.fromEntries(
      Object.entries(factory.deps).map(([name, ref]) => [name, ref.id]),
    ),
  ).toEqual({ discoveryApi: 'core.discovery', fetchApi: 'core.fetch' });
  return factory.factory(stubHttpClientDeps());
}

/**
 * The route each component extension is mounted on, `undefined` for a plain component extension
 * (such as an entity card). Fails the test if an extension does not belong to `plugin`.
 */
export function legacyMountPoints(
  plugin: BackstagePlugin,
  extensions: ReadonlyArray<ComponentType<any>>,
): Array<RouteRef<any> | undefined> {
  return extensions.map(extension => {
    const element = createElement(extension);
    expect(getComponentData(element, 'core.plugin')).toBe(plugin);
    return getComponentData<RouteRef<any>>(element, 'core.mountPoint');
  });
}
