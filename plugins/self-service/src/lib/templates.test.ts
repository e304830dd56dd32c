import { makeEntity, makeTemplate } from '../__testUtils__/fixtures';
import {
  selectTemplates,
  TEMPLATE_FIELDS,
  templateTitle,
  templateTitles,
} from './templates';

describe('selectTemplates', () => {
  const templates = [
    makeTemplate('add-runbook', '{ kind: component }', {
      title: 'Add a runbook',
    }),
    makeTemplate(
      'request-db',
      {
        kind: { $in: ['component', 'resource'] },
        'spec.type': 'service',
      },
      {
        title: 'Request a database',
        description: 'A Postgres schema.',
        namespace: 'infra',
      },
    ),
    makeTemplate('group-only', '{ kind: group }', { title: 'Group only' }),
    makeTemplate(
      'java-lint',
      '{ kind: component, metadata.tags: { $contains: java } }',
      { title: 'Add Java linting' },
    ),
    makeTemplate('no-annotation', null),
    makeTemplate('broken', '{"kind":', { title: 'Broken' }),
    makeTemplate('old-form', '{"kind":["component"]}'),
  ];

  it('keeps the templates that apply, sorted by title, and reports the malformed ones', () => {
    const selection = selectTemplates(templates, makeEntity());

    expect(selection.applicable).toEqual([
      {
        ref: 'template:default/add-runbook',
        namespace: 'default',
        name: 'add-runbook',
        title: 'Add a runbook',
        description: undefined,
      },
      {
        ref: 'template:infra/request-db',
        namespace: 'infra',
        name: 'request-db',
        title: 'Request a database',
        description: 'A Postgres schema.',
      },
    ]);
    expect(selection.invalid).toEqual([
      {
        ref: 'template:default/broken',
        title: 'Broken',
        reason: expect.stringMatching(/^not valid YAML or JSON/),
      },
      {
        ref: 'template:default/old-form',
        title: 'old-form',
        reason:
          '"kind" lists its values as the old applies-to form did; write "kind": { $in: ["component"] }',
      },
    ]);
  });

  it('keeps a template for one of the entity tags', () => {
    const { applicable } = selectTemplates(
      templates,
      makeEntity({ tags: ['kotlin', 'java'] }),
    );
    expect(applicable.map(t => t.name)).toEqual([
      'add-runbook',
      'java-lint',
      'request-db',
    ]);
  });

  it('uses the name where a template has no title', () => {
    const { applicable } = selectTemplates(
      [makeTemplate('untitled', {})],
      makeEntity({ kind: 'Group' }),
    );
    expect(applicable.map(t => t.title)).toEqual(['untitled']);
  });

  it('finds nothing for an entity no template names', () => {
    expect(
      selectTemplates(templates, makeEntity({ kind: 'API' })).applicable,
    ).toEqual([]);
  });
});

describe('template titles', () => {
  const titles = templateTitles([
    makeTemplate('add-runbook', null, { title: 'Add a runbook' }),
    makeTemplate('Scale-Up', null, { namespace: 'Ops' }),
  ]);

  it('names a run by its template title, whatever the case of the ref', () => {
    expect(templateTitle(titles, 'template:default/add-runbook')).toBe(
      'Add a runbook',
    );
    expect(templateTitle(titles, 'Template:default/Add-Runbook')).toBe(
      'Add a runbook',
    );
    expect(templateTitle(titles, 'template:ops/scale-up')).toBe('Scale-Up');
  });

  it('falls back to the ref for a template the catalog does not know', () => {
    expect(templateTitle(titles, 'template:default/gone')).toBe(
      'template:default/gone',
    );
  });
});

it('asks the catalog only for the fields the card reads, the annotation included', () => {
  expect(TEMPLATE_FIELDS).toEqual([
    'kind',
    'metadata.namespace',
    'metadata.name',
    'metadata.title',
    'metadata.description',
    'metadata.annotations.agile-ops/applies-to',
  ]);
});
