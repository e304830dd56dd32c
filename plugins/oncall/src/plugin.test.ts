import {
  legacyHttpClient,
  legacyMountPoints,
} from '@agile-ops/test-utils/frontend';
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
    expect(legacyHttpClient(oncallPlugin, oncallApiRef)).toBeInstanceOf(
      OncallClient,
    );
  });

  it('mounts the tab on the entity content route and keeps the card route-less', () => {
    expect(
      legacyMountPoints(oncallPlugin, [EntityOncallContent, EntityOncallCard]),
    ).toEqual([entityContentRouteRef, undefined]);
  });
});
