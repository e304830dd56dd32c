// The `-common` package's module of an API: the document, and a TypeScript type per model.
import { requireFromRoot } from './document.mjs';

// Names a model may not take because they would shadow a global in every importing file.
const RESERVED = new Set(['Error']);

/** TSDoc of a model alias: the schema's description (or its name) and the release tag. */
function doc(name, schema) {
  const text = (schema.description ?? `The \`${name}\` shape of the API.`)
    .replace(/\*\//g, '*\\/')
    .trim();
  return `/**\n * ${text.split('\n').join('\n * ')}\n *\n * @public\n */`;
}

/**
 * Builds the text of the models module (before formatting): the document `as const`, the
 * `paths`/`components`/`operations` interfaces of openapi-typescript, and one alias per model.
 */
export async function renderModels(document) {
  const { default: openapiTS, astToString } =
    requireFromRoot('openapi-typescript');
  const types = astToString(
    await openapiTS(structuredClone(document), { alphabetize: false }),
  );
  const aliases = Object.entries(document.components.schemas)
    .filter(([name]) => !RESERVED.has(name))
    .map(
      ([name, schema]) =>
        `${doc(
          name,
          schema,
        )}\nexport type ${name} = components['schemas']['${name}'];`,
    );
  return `// This file is generated from the backend's openapi.yaml by scripts/openapi-to-ts.mjs — do not edit.
// After changing openapi.yaml, run \`yarn generate:openapi\` in the backend package.
/* eslint-disable */

/**
 * The OpenAPI document of the plugin's HTTP API, as a constant: the backend validates requests
 * against it, and limits (lengths, counts, page sizes) are read from it.
 *
 * @public
 */
export const spec = ${JSON.stringify(document, null, 2)} as const;

${types}

${aliases.join('\n\n')}
`;
}
