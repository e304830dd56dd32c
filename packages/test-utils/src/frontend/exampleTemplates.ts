import { Entity } from '@backstage/catalog-model';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

// The demo catalog's templates, which template authors copy and the demo links to.
const TEMPLATES_DIR = resolve(__dirname, '../../../../examples/templates');

/** The scaffolder templates of the demo catalog (`examples/templates`), parsed. */
export function exampleTemplates(): Entity[] {
  return readdirSync(TEMPLATES_DIR)
    .filter(file => file.endsWith('.yaml'))
    .map(file => parseYaml(readFileSync(resolve(TEMPLATES_DIR, file), 'utf8')))
    .filter((entity: Entity) => entity.kind === 'Template');
}
