import { Entity } from '@backstage/catalog-model';
import { FilterPredicate } from '@backstage/filter-predicates';
import { parse as parseYaml } from 'yaml';
import { makeEntity, makeTemplate } from '../__testUtils__/fixtures';
import {
  APPLIES_TO_ANNOTATION,
  matchesAppliesTo,
  parseAppliesTo,
  readAppliesTo,
  templateAppliesTo,
} from './appliesTo';

/** The predicate a value parses to, or a failure naming why it was rejected. */
function predicateOf(value: string): FilterPredicate {
  const result = parseAppliesTo(value);
  if (!result.ok) {
    throw new Error(`expected ${value} to parse, got: ${result.reason}`);
  }
  return result.predicate;
}

/** The reason a value is rejected, or a failure naming the predicate it was parsed to. */
function reasonOf(value: string): string {
  const result = parseAppliesTo(value);
  if (result.ok) {
    throw new Error(
      `expected ${value} to be rejected, got ${JSON.stringify(result)}`,
    );
  }
  return result.reason;
}

/** Whether an annotation value parses and the entity matches it. */
function matches(value: string, entity: Entity): boolean {
  return matchesAppliesTo(parseAppliesTo(value), entity);
}

const NOT_A_MAPPING =
  'must be a filter predicate mapping such as { kind: component, spec.type: service }';

describe('parseAppliesTo', () => {
  it.each([
    ['a YAML flow mapping', '{ kind: component, spec.type: service }'],
    ['a YAML block mapping', 'kind: component\nspec.type: service\n'],
    ['JSON', '{"kind":"component","spec.type":"service"}'],
  ])('reads %s', (_, value) => {
    expect(predicateOf(value)).toEqual({
      kind: 'component',
      'spec.type': 'service',
    });
  });

  it('reads the operators of the predicate language', () => {
    expect(
      predicateOf(
        `{ $all: [
             { kind: { $in: [component, resource] } },
             { $not: { spec.lifecycle: experimental } },
             { $any: [{ metadata.tags: { $contains: java } }, { spec.owner: { $exists: false } }] },
           ] }`,
      ),
    ).toEqual({
      $all: [
        { kind: { $in: ['component', 'resource'] } },
        { $not: { 'spec.lifecycle': 'experimental' } },
        {
          $any: [
            { 'metadata.tags': { $contains: 'java' } },
            { 'spec.owner': { $exists: false } },
          ],
        },
      ],
    });
  });

  it('reads a value with an unknown YAML tag without logging a warning', () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation();
    const consoleWarn = jest.spyOn(console, 'warn').mockImplementation();
    try {
      expect(predicateOf('{ kind: !shout component }')).toEqual({
        kind: 'component',
      });
      expect(warn).not.toHaveBeenCalled();
      expect(consoleWarn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      consoleWarn.mockRestore();
    }
  });

  it('rejects more than one YAML document', () => {
    expect(reasonOf('kind: component\n---\nkind: group\n')).toMatch(
      /^not valid YAML or JSON \(.+\)$/,
    );
  });

  it('accepts an empty mapping, a predicate that every entity meets', () => {
    expect(predicateOf('{}')).toEqual({});
    expect(predicateOf(' { } ')).toEqual({});
  });

  it.each([
    '{"kind":',
    '{ kind: component',
    'kind: [component',
    '{ kind: component, kind: group }',
    'kind: component\n  spec.type: service',
  ])(
    'rejects %j as neither YAML nor JSON, with the first line of the parser message',
    value => {
      expect(reasonOf(value)).toMatch(/^not valid YAML or JSON \([^\n]+\)$/);
    },
  );

  it.each(['', '   ', '# nothing', 'component', '[]', '["component"]'])(
    'rejects %j, which is no mapping (a bare value would match no entity)',
    value => {
      expect(reasonOf(value)).toBe(NOT_A_MAPPING);
    },
  );

  it.each(['null', '42', 'true', '"component"'])(
    'rejects the scalar %s, which is no mapping either',
    value => {
      expect(reasonOf(value)).toBe(NOT_A_MAPPING);
    },
  );

  it.each([
    ['an unknown operator', '{ $where: kind }', /\$where/],
    ['an unknown value matcher', '{ kind: { $regex: comp } }', /kind/],
    ['a value matcher without its $', '{ kind: { in: [component] } }', /kind/],
    ['a null value', '{ kind: null }', /kind/],
    ['an operator beside fields', '{ $not: { kind: group }, kind: x }', /kind/],
    ['$any over no list', '{ $any: { kind: group } }', /\$any/],
    ['$in over no list', '{ kind: { $in: component } }', /kind/],
    ['a nested list', '{ kind: { $in: [[component]] } }', /kind/],
  ])('rejects %s with the library reason', (_, value, mentioned) => {
    const reason = reasonOf(value);
    expect(reason).toMatch(/^not a valid filter predicate \(.+\)$/s);
    expect(reason).not.toMatch(/Invalid filter predicate/);
    expect(reason).toMatch(mentioned);
  });

  it('does not let a __proto__ key turn into a predicate every entity meets', () => {
    expect(reasonOf('{"__proto__":{"kind":"component"}}')).toMatch(
      /^not a valid filter predicate/,
    );
  });
});

describe('parseAppliesTo on the old applies-to form', () => {
  it.each([
    [
      '{"kind":["component","group"]}',
      '"kind" lists its values as the old applies-to form did; write "kind": { $in: ["component","group"] }',
    ],
    [
      '{"kind":"component","spec.type":["service"]}',
      '"spec.type" lists its values as the old applies-to form did; write "spec.type": { $in: ["service"] }',
    ],
    [
      '{ $any: [{ kind: group }, { $not: { spec.lifecycle: [deprecated] } }] }',
      '"spec.lifecycle" lists its values as the old applies-to form did; write "spec.lifecycle": { $in: ["deprecated"] }',
    ],
  ])(
    'rejects a list of values in %s, naming the $in to write',
    (value, reason) => {
      expect(reasonOf(value)).toBe(reason);
    },
  );

  it.each([
    ['{"metadata.tags":"java"}', '{ $contains: "java" }'],
    ['{"metadata.tags":["java"]}', '{ $contains: "java" }'],
    [
      '{"metadata.tags":["java","kotlin"]}',
      '{ $contains: { $any: ["java","kotlin"] } }',
    ],
    [
      '{ metadata.tags: { $in: [java, kotlin] } }',
      '{ $contains: { $any: ["java","kotlin"] } }',
    ],
    [
      '{ $all: [{ kind: component }, { metadata.tags: 7 }] }',
      '{ $contains: 7 }',
    ],
  ])(
    'rejects %s, which compares the list of tags with a value, naming the $contains to write',
    (value, instead) => {
      expect(reasonOf(value)).toBe(
        `"metadata.tags" is a list of tags, never equal to a value; write "metadata.tags": ${instead}`,
      );
    },
  );

  it('accepts the tag matchers that look into the list', () => {
    expect(predicateOf('{ metadata.tags: { $contains: java } }')).toEqual({
      'metadata.tags': { $contains: 'java' },
    });
    expect(predicateOf('{ metadata.tags: { $exists: true } }')).toEqual({
      'metadata.tags': { $exists: true },
    });
  });

  it('names the first field written the old way', () => {
    expect(reasonOf('{"kind":"component","spec.type":[],"foo":[1]}')).toBe(
      '"spec.type" lists its values as the old applies-to form did; write "spec.type": { $in: [] }',
    );
  });

  it('keeps the old single-value form of the other fields, which means the same', () => {
    expect(
      predicateOf(
        '{"kind":"component","spec.type":"service","spec.lifecycle":"production"}',
      ),
    ).toEqual({
      kind: 'component',
      'spec.type': 'service',
      'spec.lifecycle': 'production',
    });
  });
});

describe('readAppliesTo', () => {
  it('is undefined for a template without the annotation', () => {
    expect(readAppliesTo(makeTemplate('plain', null))).toBeUndefined();
    const bare: Entity = {
      apiVersion: 'scaffolder.backstage.io/v1beta3',
      kind: 'Template',
      metadata: { name: 'bare' },
    };
    expect(readAppliesTo(bare)).toBeUndefined();
  });

  it('parses the annotation when there is one, valid or not', () => {
    expect(readAppliesTo(makeTemplate('a', '{ kind: group }'))).toEqual({
      ok: true,
      predicate: { kind: 'group' },
    });
    expect(readAppliesTo(makeTemplate('b', '{oops'))).toMatchObject({
      ok: false,
    });
  });
});

describe('matching an entity', () => {
  const service = makeEntity({
    kind: 'Component',
    type: 'service',
    lifecycle: 'production',
    tags: ['java', 'payments'],
  });

  it.each<[string, string, boolean]>([
    ['kind in lower case', '{ kind: component }', true],
    ['kind in upper case', '{ kind: COMPONENT }', true],
    ['another kind', '{ kind: resource }', false],
    ['one of several kinds', '{ kind: { $in: [resource, Component] } }', true],
    ['none of several kinds', '{ kind: { $in: [resource, system] } }', false],
    ['the type', '{ spec.type: service }', true],
    ['the type in another case', '{ spec.type: Service }', true],
    ['another type', '{ spec.type: website }', false],
    [
      'the lifecycle',
      '{ spec.lifecycle: { $in: [experimental, production] } }',
      true,
    ],
    ['another lifecycle', '{ spec.lifecycle: deprecated }', false],
    ['one of its tags', '{ metadata.tags: { $contains: payments } }', true],
    [
      'any one of its tags',
      '{ metadata.tags: { $contains: { $any: [go, payments] } } }',
      true,
    ],
    [
      'none of its tags',
      '{ metadata.tags: { $contains: { $any: [go, python] } } }',
      false,
    ],
    [
      'every field',
      '{ kind: component, spec.type: service, spec.lifecycle: production, metadata.tags: { $contains: java } }',
      true,
    ],
    [
      'every field but one',
      '{ kind: component, spec.type: service, spec.lifecycle: experimental, metadata.tags: { $contains: java } }',
      false,
    ],
    ['no field at all', '{}', true],
    ['another field, by path', '{ metadata.name: payments }', true],
    ['a prefix of its name', '{ metadata.name: { $hasPrefix: pay } }', true],
    ['a field it has', '{ spec.lifecycle: { $exists: true } }', true],
    ['a field it lacks', '{ spec.owner: { $exists: true } }', false],
    ['not being a group', '{ $not: { kind: group } }', true],
    [
      'not being in production',
      '{ $not: { spec.lifecycle: production } }',
      false,
    ],
    [
      'either of two predicates',
      '{ $any: [{ kind: group }, { spec.type: service }] }',
      true,
    ],
    [
      'both of two predicates',
      '{ $all: [{ kind: component }, { spec.type: website }] }',
      false,
    ],
    ['a malformed predicate', '{ kind: [component] }', false],
  ])(
    'a production Java service matches a predicate on %s: %s',
    (_, value, expected) => {
      expect(matches(value, service)).toBe(expected);
    },
  );

  it('compares the entity kind case-insensitively too', () => {
    const lower = { ...service, kind: 'component' };
    expect(matches('{ kind: Component }', lower)).toBe(true);
  });

  it('does not match a field the entity lacks', () => {
    const group = makeEntity({
      kind: 'Group',
      type: undefined,
      lifecycle: undefined,
    });
    expect(matches('{ kind: group }', group)).toBe(true);
    expect(matches('{ spec.type: team }', group)).toBe(false);
    expect(matches('{ spec.lifecycle: production }', group)).toBe(false);
    expect(matches('{ metadata.tags: { $contains: java } }', group)).toBe(
      false,
    );
    const noSpec: Entity = {
      apiVersion: 'v1',
      kind: 'Domain',
      metadata: { name: 'd' },
    };
    expect(matches('{ spec.type: x }', noSpec)).toBe(false);
  });

  it('does not match a misspelt field: it narrows the template instead of widening it', () => {
    expect(matches('{ kind: component, spec.tpye: service }', service)).toBe(
      false,
    );
  });

  it('does not match a list field by one value, but compares numbers as text', () => {
    const odd: Entity = {
      ...service,
      spec: { type: ['service'], lifecycle: 1 },
    };
    expect(matches('{ spec.type: service }', odd)).toBe(false);
    expect(matches('{ spec.lifecycle: "1" }', odd)).toBe(true);
  });
});

describe('templateAppliesTo', () => {
  const entity = makeEntity({ kind: 'Component', type: 'service' });

  it('applies a template whose annotation matches', () => {
    expect(
      templateAppliesTo(
        makeTemplate('t', '{ kind: component, spec.type: service }'),
        entity,
      ),
    ).toBe(true);
  });

  it('does not apply a template whose annotation does not match', () => {
    expect(
      templateAppliesTo(
        makeTemplate('t', '{ kind: component, spec.type: website }'),
        entity,
      ),
    ).toBe(false);
  });

  it('does not apply a template without the annotation: templates are opted in', () => {
    expect(templateAppliesTo(makeTemplate('t', null), entity)).toBe(false);
  });

  it('does not apply a template whose annotation is malformed', () => {
    expect(
      templateAppliesTo(makeTemplate('t', '{"kind":"component"'), entity),
    ).toBe(false);
    expect(
      templateAppliesTo(makeTemplate('t', '{"kind":["component"]}'), entity),
    ).toBe(false);
    expect(templateAppliesTo(makeTemplate('t', 'component'), entity)).toBe(
      false,
    );
  });

  it('applies a template annotated with {} to every entity', () => {
    expect(templateAppliesTo(makeTemplate('t', {}), entity)).toBe(true);
    expect(
      templateAppliesTo(makeTemplate('t', {}), makeEntity({ kind: 'Group' })),
    ).toBe(true);
  });

  it('reads the annotation under its documented name', () => {
    expect(APPLIES_TO_ANNOTATION).toBe('agile-ops/applies-to');
  });
});

// Every rule of the old applies-to form over a small world, moved to the predicate language by
// following the card's advice: checked exhaustively, in place of generated cases.
describe('old rules moved to predicates', () => {
  const FIELDS = [
    'kind',
    'spec.type',
    'spec.lifecycle',
    'metadata.tags',
  ] as const;
  type Field = (typeof FIELDS)[number];
  /** An old-form rule: the accepted values per field, each list non-empty. */
  type Rule = Partial<Record<Field, string[]>>;

  const VALUES: Record<Field, string[]> = {
    kind: ['component', 'group'],
    'spec.type': ['service', 'website'],
    'spec.lifecycle': ['production', 'experimental'],
    'metadata.tags': ['java', 'go'],
  };

  /** Every non-empty subset of a list, and `undefined` for "field absent". */
  function choices(values: string[]): Array<string[] | undefined> {
    const subsets: string[][] = [[]];
    for (const value of values) {
      subsets.push(...subsets.map(s => [...s, value]));
    }
    return [undefined, ...subsets.filter(s => s.length > 0)];
  }

  const RULES: Rule[] = FIELDS.reduce<Rule[]>(
    (rules, field) =>
      rules.flatMap(rule =>
        choices(VALUES[field]).map(values =>
          values ? { ...rule, [field]: values } : rule,
        ),
      ),
    [{}],
  );

  const ENTITIES: Entity[] = ['Component', 'GROUP', 'Resource'].flatMap(kind =>
    [undefined, 'service', 'website'].flatMap(type =>
      [undefined, 'production'].flatMap(lifecycle =>
        [[], ['java'], ['go', 'python']].map(tags =>
          makeEntity({ kind, type, lifecycle, tags }),
        ),
      ),
    ),
  );

  /** What the old form meant: every named field has a value in common with the entity. */
  function oldMeaning(rule: Rule, entity: Entity): boolean {
    const spec = entity.spec as Record<string, string | undefined>;
    const has: Record<Field, string[]> = {
      kind: [entity.kind.toLowerCase()],
      'spec.type': spec.type ? [spec.type] : [],
      'spec.lifecycle': spec.lifecycle ? [spec.lifecycle] : [],
      'metadata.tags': entity.metadata.tags ?? [],
    };
    return FIELDS.every(
      field => !rule[field] || rule[field]!.some(v => has[field].includes(v)),
    );
  }

  const ADVICE = /^"([^"]+)" .*; write "\1": (.+)$/;

  /** Parses the rule's old JSON, replacing each field the way the reason says until it parses. */
  function followAdvice(rule: Rule): FilterPredicate {
    let annotation: Record<string, unknown> = rule;
    for (let step = 0; step <= FIELDS.length; step++) {
      const result = parseAppliesTo(JSON.stringify(annotation));
      if (result.ok) return result.predicate;
      const advice = ADVICE.exec(result.reason);
      if (!advice) throw new Error(`no advice in: ${result.reason}`);
      annotation = { ...annotation, [advice[1]]: parseYaml(advice[2]) };
    }
    throw new Error(`${JSON.stringify(rule)} still does not parse`);
  }

  // Each rule is moved once: parsing is what costs, and the checks below ask for a rule per entity.
  const moved = new Map<string, FilterPredicate>();

  /** Whether the entity matches the predicate that the old rule was moved to. */
  function movedMatches(rule: Rule, entity: Entity): boolean {
    const key = JSON.stringify(rule);
    let predicate = moved.get(key);
    if (!predicate) {
      predicate = followAdvice(rule);
      moved.set(key, predicate);
    }
    return matchesAppliesTo({ ok: true, predicate }, entity);
  }

  /** The entities the narrower rule matches but the wider one does not: none, if sound. */
  function widened(wider: Rule, narrower: Rule): string[] {
    return ENTITIES.filter(
      entity => movedMatches(narrower, entity) && !movedMatches(wider, entity),
    ).map(entity => `${JSON.stringify(narrower)} ${JSON.stringify(entity)}`);
  }

  it('covers a world of 256 rules and 54 entities', () => {
    expect(RULES).toHaveLength(256);
    expect(ENTITIES).toHaveLength(54);
  });

  it('rejects every old rule with a list, and advises a predicate for it', () => {
    const withLists = RULES.filter(rule => Object.keys(rule).length > 0);
    expect(withLists).toHaveLength(255);
    for (const rule of withLists) {
      expect(parseAppliesTo(JSON.stringify(rule))).toEqual({
        ok: false,
        reason: expect.stringMatching(ADVICE),
      });
    }
  });

  it('parses every advised predicate back from its JSON, the annotation text', () => {
    for (const rule of RULES) {
      const predicate = followAdvice(rule);
      expect(parseAppliesTo(JSON.stringify(predicate))).toEqual({
        ok: true,
        predicate,
      });
    }
  });

  it('matches exactly the entities the old rule matched', () => {
    const differences = RULES.flatMap(rule =>
      ENTITIES.filter(
        entity => movedMatches(rule, entity) !== oldMeaning(rule, entity),
      ).map(entity => `${JSON.stringify(rule)} ${JSON.stringify(entity)}`),
    );
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it('never lets an added field widen a rule', () => {
    const violations = RULES.flatMap(rule =>
      FIELDS.filter(f => !rule[f]).flatMap(field =>
        widened(rule, { ...rule, [field]: [VALUES[field][0]] }),
      ),
    );
    expect(violations.slice(0, 5)).toEqual([]);
  });

  it('never lets an added value narrow a rule', () => {
    const violations = RULES.flatMap(rule =>
      FIELDS.filter(f => rule[f]).flatMap(field =>
        widened(
          { ...rule, [field]: [...rule[field]!, 'something-else'] },
          rule,
        ),
      ),
    );
    expect(violations.slice(0, 5)).toEqual([]);
  });

  it('does not care about the case of values, in the predicate or the entity', () => {
    for (const rule of RULES) {
      const shouted: Rule = Object.fromEntries(
        Object.entries(rule).map(([field, values]) => [
          field,
          values.map(v => v.toUpperCase()),
        ]),
      );
      for (const entity of ENTITIES) {
        expect(movedMatches(shouted, entity)).toBe(movedMatches(rule, entity));
      }
    }
  });
});
