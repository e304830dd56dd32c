#!/usr/bin/env node
// Turns a backend package's OpenAPI document into the TypeScript both sides of the API use, in
// place of `backstage-repo-tools package schema openapi generate` (which needs Java here).
//
//   node scripts/openapi-to-ts.mjs <backendDir> --common <commonDir> [--check]
//
// Reads <backendDir>/src/schema/openapi.yaml and writes
//   <commonDir>/src/schema/openapi.generated.ts  the document `as const` and a type per model
//   <commonDir>/src/schema/zod.generated.ts      a zod schema per model (for actions)
//   <backendDir>/src/schema/openapi.generated.ts the router factory, typed from the document
// With --check nothing is written; the exit code is 1 when a generated file is missing or stale.
import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import {
  parseDocument,
  repoRoot,
  requireFromRoot,
} from './openapi/document.mjs';
import { renderModels } from './openapi/renderModels.mjs';
import { renderRouter } from './openapi/renderRouter.mjs';
import { renderZod } from './openapi/renderZod.mjs';

const USAGE =
  'usage: node scripts/openapi-to-ts.mjs <backendDir> --common <commonDir> [--check]';

/** A path relative to the repo root when inside it, otherwise absolute. */
function display(path) {
  const inRepo = relative(repoRoot, path);
  return inRepo.startsWith('..') ? path : inRepo || '.';
}

/** Formats TypeScript source with the repo's prettier config, as `prettier --check` expects. */
async function format(source, filepath) {
  const prettier = requireFromRoot('prettier');
  // Packages outside the repo (e.g. a copy under /tmp) still get the repo's style.
  const options =
    (await prettier.resolveConfig(filepath)) ??
    (await prettier.resolveConfig(resolve(repoRoot, 'package.json'))) ??
    {};
  return prettier.format(source, { ...options, filepath });
}

function parseArgs(argv) {
  const check = argv.includes('--check');
  const rest = argv.filter(arg => arg !== '--check');
  const at = rest.indexOf('--common');
  const common = at >= 0 ? rest[at + 1] : undefined;
  const positional = rest.filter((_, i) => i !== at && i !== at + 1);
  if (!common || positional.length !== 1 || positional[0].startsWith('--')) {
    return undefined;
  }
  return {
    check,
    backendDir: resolve(positional[0]),
    commonDir: resolve(common),
  };
}

/** Writes (or with `check`, compares) one generated file; true when it was up to date. */
async function emit(targetPath, source, check, backendDir) {
  const output = await format(source, targetPath);
  const current = await readFile(targetPath, 'utf8').catch(() => undefined);
  const shown = display(targetPath);
  if (current === output) {
    if (!check) console.log(`${shown} is up to date`);
    return true;
  }
  if (check) {
    console.error(
      `${shown} is ${
        current === undefined ? 'missing' : 'out of date with openapi.yaml'
      }; run \`yarn generate:openapi\` in ${display(backendDir)}`,
    );
    return false;
  }
  await writeFile(targetPath, output, 'utf8');
  console.log(`wrote ${shown}`);
  return true;
}

async function main(argv) {
  const args = parseArgs(argv);
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const { check, backendDir, commonDir } = args;
  const sourcePath = resolve(backendDir, 'src/schema/openapi.yaml');
  let text;
  try {
    text = await readFile(sourcePath, 'utf8');
  } catch (error) {
    console.error(`cannot read ${sourcePath}: ${error.message}`);
    return 1;
  }
  const document = parseDocument(text, sourcePath);
  const { name: commonPackage } = JSON.parse(
    await readFile(resolve(commonDir, 'package.json'), 'utf8'),
  );
  const results = [
    await emit(
      resolve(commonDir, 'src/schema/openapi.generated.ts'),
      await renderModels(document),
      check,
      backendDir,
    ),
    await emit(
      resolve(commonDir, 'src/schema/zod.generated.ts'),
      renderZod(document),
      check,
      backendDir,
    ),
    await emit(
      resolve(backendDir, 'src/schema/openapi.generated.ts'),
      renderRouter(commonPackage),
      check,
      backendDir,
    ),
  ];
  return results.every(Boolean) ? 0 : 1;
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
