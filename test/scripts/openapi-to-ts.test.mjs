// Runs with Node's own test runner: node --test test/scripts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { orderSchemas } from '../../scripts/openapi/document.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const script = join(repo, 'scripts/openapi-to-ts.mjs');

/** A throw-away copy of the maturity backend's schema and its common package's manifest. */
function copyPackages() {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-to-ts-'));
  for (const [from, to] of [
    ['plugins/maturity-backend/src/schema', 'backend/src/schema'],
    ['plugins/maturity-common/src/schema', 'common/src/schema'],
    ['plugins/maturity-common/package.json', 'common/package.json'],
  ]) {
    cpSync(join(repo, from), join(dir, to), { recursive: true });
  }
  return dir;
}

const run = (...args) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

test('the committed generated files match the documents', () => {
  const dir = copyPackages();
  try {
    const result = run(
      join(dir, 'backend'),
      '--common',
      join(dir, 'common'),
      '--check',
    );
    assert.equal(result.status, 0, result.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a changed limit is drift until the files are generated again', () => {
  const dir = copyPackages();
  try {
    const yamlPath = join(dir, 'backend/src/schema/openapi.yaml');
    const yaml = readFileSync(yamlPath, 'utf8');
    assert.match(yaml, /maxLength: 2000/);
    writeFileSync(yamlPath, yaml.replace('maxLength: 2000', 'maxLength: 1999'));
    const args = [join(dir, 'backend'), '--common', join(dir, 'common')];

    const stale = run(...args, '--check');
    assert.equal(stale.status, 1);
    assert.match(
      stale.stderr,
      /openapi\.generated\.ts is out of date with openapi\.yaml/,
    );

    assert.equal(run(...args).status, 0);
    const models = readFileSync(
      join(dir, 'common/src/schema/openapi.generated.ts'),
      'utf8',
    );
    const zod = readFileSync(
      join(dir, 'common/src/schema/zod.generated.ts'),
      'utf8',
    );
    assert.match(models, /maxLength: 1999/);
    assert.match(zod, /\.max\(1999\)/);
    assert.equal(run(...args, '--check').status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('wrong arguments print the usage', () => {
  const result = run('plugins/maturity-backend');
  assert.equal(result.status, 2);
  assert.match(
    result.stderr,
    /usage: node scripts\/openapi-to-ts\.mjs <backendDir> --common <commonDir>/,
  );
});

test('schemas come after the ones they refer to; self-referring ones are set apart', () => {
  const ref = name => ({ $ref: `#/components/schemas/${name}` });
  const { ordered, recursive } = orderSchemas({
    Page: {
      type: 'object',
      properties: { items: { type: 'array', items: ref('Node') } },
    },
    Node: {
      type: 'object',
      properties: { children: { type: 'array', items: ref('Node') } },
    },
    Item: { type: 'object', properties: { score: ref('Score') } },
    Score: { type: 'integer' },
  });
  assert.deepEqual(ordered, ['Score', 'Item']);
  assert.deepEqual(recursive.sort(), ['Node', 'Page']);
});
