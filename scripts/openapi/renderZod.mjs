// The `-common` package's zod schemas of an API's models, for callers that validate with zod
// (the actions registry and scaffolder actions) instead of the router's OpenAPI validator.
import { orderSchemas, requireFromRoot, schemaRefName } from './document.mjs';

const RESERVED = new Set(['Error']);

/**
 * Builds the text of the zod module (before formatting): one `<Name>Schema` per model in
 * dependency order, each referring to the others by name. Models that refer to themselves
 * are left out (zod needs hand-written types for those) and listed in the module's header.
 */
export function renderZod(document) {
  const { jsonSchemaToZod } = requireFromRoot('json-schema-to-zod');
  const { schemas } = document.components;
  const { ordered, recursive } = orderSchemas(schemas);
  const constants = ordered
    .filter(name => !RESERVED.has(name))
    .map(name => {
      const code = jsonSchemaToZod(schemas[name], {
        module: 'none',
        zodVersion: 3,
        // A reference becomes the constant of the model it names (declared earlier).
        parserOverride: schema => {
          const ref = schemaRefName(schema);
          return ref ? `${ref}Schema` : undefined;
        },
      });
      return `/** Checks a value against the \`${name}\` model. @public */\nexport const ${name}Schema = ${code};`;
    });
  const left = recursive.length
    ? `// Not here because they refer to themselves or to one that does: ${recursive.join(
        ', ',
      )}.\n`
    : '';
  return `// This file is generated from the backend's openapi.yaml by scripts/openapi-to-ts.mjs — do not edit.
// After changing openapi.yaml, run \`yarn generate:openapi\` in the backend package.
${left}/* eslint-disable */
import { z } from 'zod/v3';

${constants.join('\n\n')}
`;
}
