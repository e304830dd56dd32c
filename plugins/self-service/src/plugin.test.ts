import {
  legacyHttpClient,
  legacyMountPoints,
} from '@agile-ops/test-utils/frontend';
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
    expect(
      legacyHttpClient(selfServicePlugin, selfServiceApiRef),
    ).toBeInstanceOf(SelfServiceClient);
  });

  it('provides the card as a component extension of the plugin, without a route', () => {
    expect(
      legacyMountPoints(selfServicePlugin, [EntitySelfServiceCard]),
    ).toEqual([undefined]);
  });

  it('keeps the public surface small', () => {
    expect(Object.keys(index).sort()).toEqual([
      'APPLIES_TO_ANNOTATION',
      'EntitySelfServiceCard',
      'SelfServiceClient',
      'createFromTemplateRouteRef',
      'defaultTemplateRoute',
      'launchLink',
      'parseAppliesTo',
      'readAppliesTo',
      'selfServiceApiRef',
      'selfServicePlugin',
      'templateAppliesTo',
    ]);
  });
});
