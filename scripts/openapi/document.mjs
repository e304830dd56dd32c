// Reading an OpenAPI document and walking its component schemas.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root; tools are resolved from here so the scripts work for any package. */
export const repoRoot = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../..',
);

/** `require` as seen from the repository root. */
export const requireFromRoot = createRequire(resolve(repoRoot, 'package.json'));

const SCHEMA_REF = '#/components/schemas/';

/** Parses the YAML and checks that it is an OpenAPI 3.1 document with paths and components. */
export function parseDocument(text, sourcePath) {
  const YAML = requireFromRoot('yaml');
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new Error(
      `${sourcePath} is not valid YAML:\n${doc.errors
        .map(e => e.message)
        .join('\n')}`,
    );
  }
  const document = doc.toJS({ maxAliasCount: 1000 });
  if (
    !document ||
    typeof document !== 'object' ||
    !/^3\.1\.\d+$/.test(String(document.openapi))
  ) {
    throw new Error(`${sourcePath} must be an OpenAPI 3.1 document`);
  }
  if (!document.paths || !document.components?.schemas) {
    throw new Error(`${sourcePath} must have paths and components.schemas`);
  }
  return document;
}

/** The name a `$ref` to a component schema points at, or undefined for other values. */
export function schemaRefName(value) {
  return typeof value?.$ref === 'string' && value.$ref.startsWith(SCHEMA_REF)
    ? value.$ref.slice(SCHEMA_REF.length)
    : undefined;
}

/** The names of the component schemas that `schema` refers to, directly or nested. */
export function referencedSchemas(schema, found = new Set()) {
  if (Array.isArray(schema)) {
    schema.forEach(item => referencedSchemas(item, found));
  } else if (schema && typeof schema === 'object') {
    const name = schemaRefName(schema);
    if (name) found.add(name);
    Object.values(schema).forEach(value => referencedSchemas(value, found));
  }
  return found;
}

/**
 * The component schemas in an order where each comes after the ones it refers to; schemas
 * that refer to themselves, or to such a schema, are returned apart as `recursive`.
 */
export function orderSchemas(schemas) {
  const ordered = [];
  const recursive = new Set();
  const state = new Map(); // name → 'visiting' | 'done'
  const visit = (name, trail) => {
    if (state.get(name) === 'done') return !recursive.has(name);
    if (state.get(name) === 'visiting') {
      trail.slice(trail.indexOf(name)).forEach(n => recursive.add(n));
      return false;
    }
    if (!(name in schemas)) {
      throw new Error(
        `#/components/schemas/${name} is referred to but not defined`,
      );
    }
    state.set(name, 'visiting');
    let acyclic = true;
    for (const ref of referencedSchemas(schemas[name])) {
      if (!visit(ref, [...trail, name])) acyclic = false;
    }
    state.set(name, 'done');
    if (!acyclic) recursive.add(name);
    if (!recursive.has(name)) ordered.push(name);
    return !recursive.has(name);
  };
  Object.keys(schemas).forEach(name => visit(name, []));
  return { ordered, recursive: [...recursive] };
}
