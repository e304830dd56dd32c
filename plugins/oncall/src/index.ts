/**
 * PoTW and on-call in the portal: an entity card with who covers a component or group now and
 * next, and a group tab with rotations, calendar, overrides, hand-off notes and the interrupt
 * ledger.
 *
 * @packageDocumentation
 */

export { oncallPlugin, EntityOncallCard, EntityOncallContent } from './plugin';
export { oncallApiRef } from './api/OncallApi';
export type {
  OncallApi,
  ListInterruptsOptions,
  TimeWindow,
} from './api/OncallApi';
export { OncallClient } from './api/OncallClient';
export { entityContentRouteRef, ONCALL_TAB_PATH } from './routes';
