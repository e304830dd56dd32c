import {
  legacyHttpClient,
  legacyMountPoints,
} from '@agile-ops/test-utils/frontend';
import { maturityApiRef } from './api/MaturityApi';
import { MaturityClient } from './api/MaturityClient';
import {
  EntityMaturityCard,
  EntityMaturityContent,
  maturityPlugin,
  MaturityOverviewPage,
} from './index';
import {
  createFromTemplateRouteRef,
  entityContentRouteRef,
  rootRouteRef,
} from './routes';

describe('maturityPlugin (legacy frontend system)', () => {
  it('has the maturity id and both routes', () => {
    expect(maturityPlugin.getId()).toBe('maturity');
    expect(maturityPlugin.routes).toEqual({
      root: rootRouteRef,
      entityContent: entityContentRouteRef,
    });
  });

  it('has the template route for apps to bind, optional so legacy apps work without it', () => {
    expect(maturityPlugin.externalRoutes).toEqual({
      createFromTemplate: createFromTemplateRouteRef,
    });
    expect(createFromTemplateRouteRef.optional).toBe(true);
  });

  it('registers an API factory that builds the HTTP client from discovery and fetch', () => {
    expect(legacyHttpClient(maturityPlugin, maturityApiRef)).toBeInstanceOf(
      MaturityClient,
    );
  });

  it('mounts the page on the root route and the tab on the entity content route', () => {
    // The card is a plain component extension, without a route of its own.
    expect(
      legacyMountPoints(maturityPlugin, [
        MaturityOverviewPage,
        EntityMaturityContent,
        EntityMaturityCard,
      ]),
    ).toEqual([rootRouteRef, entityContentRouteRef, undefined]);
  });
});
