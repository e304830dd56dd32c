import {
  createExternalRouteRef,
  createRouteRef,
} from '@backstage/core-plugin-api';

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

/**
 * The scaffolder's template page, where the links under a vector below target go (to the
 * templates that improve it). The new frontend system binds it to the scaffolder by default;
 * legacy apps may bind it in `bindRoutes`, and when they do not the links use the default
 * `/create/templates/{namespace}/{name}`.
 *
 * @public
 */
export const createFromTemplateRouteRef = createExternalRouteRef({
  id: 'maturity:create-from-template',
  optional: true,
  params: ['namespace', 'templateName'],
  defaultTarget: 'scaffolder.selectedTemplate',
});
