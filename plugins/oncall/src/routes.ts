import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The route of the On-call tab inside a group's entity page (legacy apps mount it themselves).
 *
 * @public
 */
export const entityContentRouteRef = createRouteRef({
  id: 'oncall:entity-content',
});

/**
 * Where the On-call tab sits below a group's entity page: `<group page>/oncall`.
 *
 * @public
 */
export const ONCALL_TAB_PATH = 'oncall';
