/**
 * Builds the path of a template's page from its namespace and name: a bound external route
 * ref, or {@link defaultTemplateRoute}.
 *
 * @public
 */
export type TemplateRoute = (params: {
  namespace: string;
  templateName: string;
}) => string;

/**
 * Where the scaffolder serves template pages in a default app. Used when the app has not bound
 * a plugin's `createFromTemplate` route (legacy apps without `bindRoutes`).
 *
 * @public
 */
export function defaultTemplateRoute(params: {
  namespace: string;
  templateName: string;
}): string {
  return `/create/templates/${encodeURIComponent(
    params.namespace,
  )}/${encodeURIComponent(params.templateName)}`;
}

/**
 * The link that opens a template with its `entityRef` parameter filled in: the scaffolder reads
 * the initial form values from the `formData` query parameter, URL-encoded JSON.
 *
 * @public
 */
export function launchLink(
  route: TemplateRoute,
  template: { namespace: string; name: string },
  entityRef: string,
): string {
  const formData = encodeURIComponent(JSON.stringify({ entityRef }));
  return `${route({
    namespace: template.namespace,
    templateName: template.name,
  })}?formData=${formData}`;
}
