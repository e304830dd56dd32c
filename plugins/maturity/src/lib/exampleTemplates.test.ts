import { exampleTemplates } from '@agile-ops/test-utils/frontend';
import { makeEntity } from '../__testUtils__/fixtures';
import {
  IMPROVES_ANNOTATION,
  readImproves,
  selectImprovingTemplates,
} from './improvingTemplates';

// The demo catalog's templates are what template authors copy, and what the demo's tier-1
// services link to from their gaps: a misspelt vector id would silently link nothing.

describe('the shipped templates that improve a vector', () => {
  const templates = exampleTemplates();

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
