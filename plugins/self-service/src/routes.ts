import { createExternalRouteRef } from '@backstage/core-plugin-api';

/**
 * The scaffolder's template page, where the card's launch links go. The new frontend system
 * binds it to the scaffolder by default; legacy apps may bind it in `bindRoutes`, and when they
 * do not the links use the default `/create/templates/{namespace}/{name}`.
 *
 * @public
 */
export const createFromTemplateRouteRef = createExternalRouteRef({
  id: 'self-service:create-from-template',
  optional: true,
  params: ['namespace', 'templateName'],
  defaultTarget: 'scaffolder.selectedTemplate',
});
