import { Entity } from '@backstage/catalog-model';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { makeEntity } from '../__testUtils__/fixtures';
import {
  IMPROVES_ANNOTATION,
  readImproves,
  selectImprovingTemplates,
} from './improvingTemplates';

// The demo catalog's templates are what template authors copy, and what the demo's tier-1
// services link to from their gaps: a misspelt vector id would silently link nothing.
const TEMPLATES_DIR = resolve(__dirname, '../../../../examples/templates');

function shippedTemplates(): Entity[] {
  return readdirSync(TEMPLATES_DIR)
    .filter(file => file.endsWith('.yaml'))
    .map(file => parseYaml(readFileSync(resolve(TEMPLATES_DIR, file), 'utf8')))
    .filter((entity: Entity) => entity.kind === 'Template');
}

describe('the shipped templates that improve a vector', () => {
  const templates = shippedTemplates();

  it('name only vector ids the rubric knows', () => {
    const declared = templates
      .filter(t => t.metadata.annotations?.[IMPROVES_ANNOTATION] !== undefined)
      .map(t => ({
        name: t.metadata.name,
        written: t.metadata
          .annotations![IMPROVES_ANNOTATION].split(',')
          .map(id => id.trim()),
        read: readImproves(t),
      }));
    expect(declared.map(d => [d.name, d.read])).toEqual([
      ['onboard-component', ['supportability']],
      ['request-restart', ['operability', 'automation']],
    ]);
    for (const { written, read } of declared) expect(read).toEqual(written);
  });

  it('link the gaps of a production tier-1 service to them', () => {
    // The demo's tier-1 target asks for recoverability, supportability and operability.
    const service = makeEntity();
    const improvements = selectImprovingTemplates(templates, service, [
      { vector: 'recoverability' },
      { vector: 'supportability' },
      { vector: 'operability' },
    ]);
    expect(
      improvements.map(i => [i.vector, i.templates.map(t => t.name)]),
    ).toEqual([
      ['supportability', ['onboard-component']],
      ['operability', ['request-restart']],
    ]);
  });
});
