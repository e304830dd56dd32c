#!/usr/bin/env node
// Turns a backend package's OpenAPI document into a typed TypeScript module, in place of
// `backstage-repo-tools package schema openapi generate` (which needs Java here).
//
//   node scripts/openapi-to-ts.mjs <packageDir> [--check]
//
// Reads <packageDir>/src/schema/openapi.yaml and writes <packageDir>/src/schema/openapi.generated.ts,
// which exports the document `as const` and a router factory whose handlers are typed from it.
// With --check nothing is written; the exit code is 1 when the generated file is missing or stale.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Resolve from the repo root so the script works for any workspace package.
const require = createRequire(resolve(repoRoot, 'package.json'));

/** A path relative to the repo root when inside it, otherwise absolute. */
function display(path) {
  const inRepo = relative(repoRoot, path);
  return inRepo.startsWith('..') ? path : inRepo || '.';
}

const USAGE = 'usage: node scripts/openapi-to-ts.mjs <packageDir> [--check]';

/** Builds the text of the generated module (before formatting). */
function renderModule(document) {
  return `// This file is generated from openapi.yaml by scripts/openapi-to-ts.mjs — do not edit.
// After changing openapi.yaml, run \`yarn generate:openapi\` in the package.

import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

/**
 * The OpenAPI document of this plugin's HTTP API, as a constant so that request and
 * response types can be inferred from it.
 *
 * @public
 */
export const spec = ${JSON.stringify(document, null, 2)} as const;

/**
 * Creates an express router that validates requests against {@link spec} and whose route
 * handlers get their parameter, body and response types from it.
 *
 * @public
 */
export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
`;
}

/** Formats TypeScript source with the repo's prettier config, as `prettier --check` expects. */
async function format(source, filepath) {
  const prettier = require('prettier');
  // Packages outside the repo (e.g. a copy under /tmp) still get the repo's style.
  const options =
    (await prettier.resolveConfig(filepath)) ??
    (await prettier.resolveConfig(resolve(repoRoot, 'package.json'))) ??
    {};
  return prettier.format(source, { ...options, filepath });
}

/** Parses the YAML and checks that it is an OpenAPI 3.1 document with paths and components. */
function parseDocument(text, sourcePath) {
  const YAML = require('yaml');
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
  if (!document.paths || !document.components) {
    throw new Error(`${sourcePath} must have both paths and components`);
  }
  return document;
}

async function main(argv) {
  const check = argv.includes('--check');
  const positional = argv.filter(arg => !arg.startsWith('--'));
  const unknown = argv.filter(arg => arg.startsWith('--') && arg !== '--check');
  if (positional.length !== 1 || unknown.length > 0) {
    console.error(USAGE);
    return 2;
  }

  const packageDir = resolve(positional[0]);
  const sourcePath = resolve(packageDir, 'src/schema/openapi.yaml');
  const targetPath = resolve(packageDir, 'src/schema/openapi.generated.ts');
  const shown = display(targetPath);

  let text;
  try {
    text = await readFile(sourcePath, 'utf8');
  } catch (error) {
    console.error(`cannot read ${sourcePath}: ${error.message}`);
    return 1;
  }
  const output = await format(
    renderModule(parseDocument(text, sourcePath)),
    targetPath,
  );

  const current = await readFile(targetPath, 'utf8').catch(() => undefined);
  if (check) {
    if (current === output) {
      return 0;
    }
    console.error(
      `${shown} is ${
        current === undefined ? 'missing' : 'out of date with openapi.yaml'
      }; run \`yarn generate:openapi\` in ${display(packageDir)}`,
    );
    return 1;
  }
  if (current !== output) {
    await writeFile(targetPath, output, 'utf8');
    console.log(`wrote ${shown}`);
  } else {
    console.log(`${shown} is up to date`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code;
  },
  error => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
