import {
  makeEntity,
  makeTemplate as template,
} from '../__testUtils__/fixtures';
import {
  parseImproves,
  readImproves,
  selectImprovingTemplates,
} from './improvingTemplates';

const FOR_SERVICES = '{ kind: component, spec.type: service }';

describe('parseImproves', () => {
  it('reads a comma-separated list of vector ids, trimmed, in the order written', () => {
    expect(parseImproves('recoverability, automation')).toEqual([
      'recoverability',
      'automation',
    ]);
    expect(parseImproves(' ease-of-use ,stability')).toEqual([
      'ease-of-use',
      'stability',
    ]);
  });

  it('ignores case, repeats and empty parts', () => {
    expect(
      parseImproves('Recoverability,,recoverability, , AUTOMATION'),
    ).toEqual(['recoverability', 'automation']);
  });

  it('drops ids the rubric does not know, and a list of only those improves nothing', () => {
    expect(parseImproves('recoverability, resilience, docs')).toEqual([
      'recoverability',
    ]);
    expect(parseImproves('resilience, docs')).toEqual([]);
    expect(parseImproves('')).toEqual([]);
    // A vector title is not its id.
    expect(parseImproves('Automation and self-service')).toEqual([]);
  });
});

describe('readImproves', () => {
  it('reads the annotation of a template, and nothing without it', () => {
    expect(
      readImproves(template('a', { 'agile-ops/improves': 'documentation' })),
    ).toEqual(['documentation']);
    expect(readImproves(template('b', {}))).toEqual([]);
  });
});

describe('selectImprovingTemplates', () => {
  const entity = makeEntity();
  const restart = template(
    'request-restart',
    {
      'agile-ops/improves': 'operability, automation',
      'agile-ops/applies-to': FOR_SERVICES,
    },
    { title: 'Request a service restart' },
  );
  const runbook = template(
    'add-runbook',
    {
      'agile-ops/improves': 'recoverability, operability',
      'agile-ops/applies-to': '{ kind: component }',
    },
    { title: 'Add a runbook', namespace: 'ops' },
  );

  it('lists, per vector below target, the templates that improve it, by title', () => {
    expect(
      selectImprovingTemplates([restart, runbook], entity, [
        { vector: 'operability' },
        { vector: 'recoverability' },
      ]),
    ).toEqual([
      {
        vector: 'operability',
        templates: [
          {
            ref: 'template:ops/add-runbook',
            namespace: 'ops',
            name: 'add-runbook',
            title: 'Add a runbook',
          },
          {
            ref: 'template:default/request-restart',
            namespace: 'default',
            name: 'request-restart',
            title: 'Request a service restart',
          },
        ],
      },
      {
        vector: 'recoverability',
        templates: [expect.objectContaining({ name: 'add-runbook' })],
      },
    ]);
  });

  it('leaves out vectors that no template improves, and lists a vector missed by two targets once', () => {
    const result = selectImprovingTemplates([restart], entity, [
      { vector: 'stability' },
      { vector: 'automation' },
      { vector: 'automation' },
    ]);
    expect(result.map(r => r.vector)).toEqual(['automation']);
    expect(result[0].templates.map(t => t.name)).toEqual(['request-restart']);
  });

  it('offers only templates that apply to the entity by their agile-ops/applies-to', () => {
    const library = makeEntity();
    library.spec = { ...library.spec, type: 'library' };
    const gaps = [{ vector: 'operability' as const }];
    expect(
      selectImprovingTemplates(
        [restart, runbook],
        library,
        gaps,
      )[0].templates.map(t => t.name),
    ).toEqual(['add-runbook']);

    // Without applies-to, or with one that does not parse, a template applies to nothing.
    const unscoped = template('unscoped', {
      'agile-ops/improves': 'operability',
    });
    const broken = template('broken', {
      'agile-ops/improves': 'operability',
      'agile-ops/applies-to': 'component',
    });
    expect(selectImprovingTemplates([unscoped, broken], entity, gaps)).toEqual(
      [],
    );
  });

  it('ignores templates whose ids are all unknown, and names a template without a title by its name', () => {
    const typo = template('typo', {
      'agile-ops/improves': 'recoverabilty',
      'agile-ops/applies-to': FOR_SERVICES,
    });
    const untitled = template('scale-up', {
      'agile-ops/improves': 'recoverabilty, recoverability',
      'agile-ops/applies-to': FOR_SERVICES,
    });
    expect(
      selectImprovingTemplates([typo, untitled], entity, [
        { vector: 'recoverability' },
      ]),
    ).toEqual([
      {
        vector: 'recoverability',
        templates: [
          {
            ref: 'template:default/scale-up',
            namespace: 'default',
            name: 'scale-up',
            title: 'scale-up',
          },
        ],
      },
    ]);
  });

  it('offers nothing when there is no gap', () => {
    expect(selectImprovingTemplates([restart, runbook], entity, [])).toEqual(
      [],
    );
  });
});
