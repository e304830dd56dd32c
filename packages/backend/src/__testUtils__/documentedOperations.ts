import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The plugins whose HTTP API the security tests cover, by plugin id. */
export const PLUGIN_PACKAGES = {
  maturity: '@agile-ops/plugin-maturity-backend',
  oncall: '@agile-ops/plugin-oncall-backend',
} as const;

/** A plugin id of {@link PLUGIN_PACKAGES}. */
export type PluginId = keyof typeof PLUGIN_PACKAGES;

/** One operation of a plugin's OpenAPI document. */
export type DocumentedOperation = {
  /** `<plugin> <METHOD> <path>`, e.g. `oncall GET /rotations/{id}`: the key of test rows. */
  key: string;
  plugin: PluginId;
  method: string;
  /** The path template as the document has it, without the plugin's `/api/<id>` prefix. */
  path: string;
  operationId?: string;
};

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/**
 * Every operation of the two plugins' OpenAPI documents, read from the files at test time so
 * that a route added to a document shows up here without anyone listing it.
 */
export function documentedOperations(): DocumentedOperation[] {
  return Object.entries(PLUGIN_PACKAGES).flatMap(([plugin, pkg]) => {
    const document = parse(
      readFileSync(resolvePackagePath(pkg, 'src/schema/openapi.yaml'), 'utf8'),
    ) as { paths: Record<string, Record<string, { operationId?: string }>> };
    return Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter(method => METHODS.includes(method))
        .map(method => ({
          key: `${plugin} ${method.toUpperCase()} ${path}`,
          plugin: plugin as PluginId,
          method: method.toUpperCase(),
          path,
          operationId: item[method].operationId,
        })),
    );
  });
}

/** Whether a concrete path (no prefix) is an instance of an OpenAPI path template. */
export function matchesTemplate(template: string, path: string): boolean {
  const pattern = template
    .split(/\{[^}]+\}/)
    .map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${pattern}$`).test(path.split('?')[0]);
}
