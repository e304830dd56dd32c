import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The route of the maturity overview page.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'maturity' });

/**
 * The route of the maturity tab inside an entity page (legacy apps mount it themselves).
 *
 * @public
 */
export const entityContentRouteRef = createRouteRef({
  id: 'maturity:entity-content',
});
