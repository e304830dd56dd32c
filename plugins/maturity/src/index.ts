/**
 * Maturity scorecards in the portal: an entity card, an entity tab with history and the
 * assessment dialog, and the architects' overview page.
 *
 * @packageDocumentation
 */

export {
  maturityPlugin,
  EntityMaturityCard,
  EntityMaturityContent,
  MaturityOverviewPage,
} from './plugin';
export { maturityApiRef } from './api/MaturityApi';
export type {
  MaturityApi,
  ListRollupsOptions,
  ChangeWindow,
  HistoryRange,
} from './api/MaturityApi';
export { MaturityClient } from './api/MaturityClient';
export {
  rootRouteRef,
  entityContentRouteRef,
  createFromTemplateRouteRef,
} from './routes';
