import { Entity } from '@backstage/catalog-model';
import { makeEntity, makeTemplate } from '../__testUtils__/fixtures';
import {
  APPLIES_TO_ANNOTATION,
  APPLIES_TO_KEYS,
  AppliesTo,
  AppliesToKey,
  entityMatchesAppliesTo,
  parseAppliesTo,
  readAppliesTo,
  templateAppliesTo,
} from './appliesTo';

/** The reason a value is rejected, or a failure naming the rule it was parsed to. */
function reasonOf(value: string): string {
  const result = parseAppliesTo(value);
  if (result.ok) {
    throw new Error(
      `expected ${value} to be rejected, got ${JSON.stringify(result)}`,
    );
  }
  return result.reason;
}

describe('parseAppliesTo', () => {
  it('reads every key, turning single strings into one-element lists', () => {
    expect(
      parseAppliesTo(
        JSON.stringify({
          kind: 'Component',
          'spec.type': ['service', 'website'],
          'spec.lifecycle': 'production',
          'metadata.tags': ['java'],
        }),
      ),
    ).toEqual({
      ok: true,
      appliesTo: {
        kind: ['Component'],
        'spec.type': ['service', 'website'],
        'spec.lifecycle': ['production'],
        'metadata.tags': ['java'],
      },
    });
  });

  it('accepts an empty object, a rule that every entity meets', () => {
    expect(parseAppliesTo('{}')).toEqual({ ok: true, appliesTo: {} });
    expect(parseAppliesTo(' { } ')).toEqual({ ok: true, appliesTo: {} });
  });

  it.each([
    '',
    'kind: component',
    "{'kind':'component'}",
    '{"kind":',
    '{"kind":"a",}',
  ])('rejects %j as not JSON, with the parser message', value => {
    expect(reasonOf(value)).toMatch(/^not valid JSON \(.+\)$/);
  });

  it.each(['[]', '["component"]', 'null', '"component"', '42', 'true'])(
    'rejects the JSON value %s, which is no object',
    value => {
      expect(reasonOf(value)).toBe(
        'must be a JSON object such as {"kind":["component"]}',
      );
    },
  );

  it.each([
    ['type', '{"type":"service"}'],
    ['spec.Type', '{"spec.Type":"service"}'],
    ['tags', '{"kind":"component","tags":["java"]}'],
    ['__proto__', '{"__proto__":{"kind":"component"}}'],
  ])(
    'rejects the unknown key %s instead of ignoring it (that would widen the template)',
    (key, value) => {
      expect(reasonOf(value)).toBe(
        `unknown key "${key}"; use kind, spec.type, spec.lifecycle, metadata.tags`,
      );
    },
  );

  it.each([
    '{"kind":1}',
    '{"kind":null}',
    '{"kind":{"in":["component"]}}',
    '{"kind":["component",2]}',
    '{"kind":[["component"]]}',
    '{"kind":true}',
  ])('rejects %s, whose value is no string or list of strings', value => {
    expect(reasonOf(value)).toBe(
      '"kind" must be a string or a list of strings',
    );
  });

  it('rejects an empty list, which no entity could match', () => {
    expect(reasonOf('{"spec.type":[]}')).toBe(
      '"spec.type" lists no value, so no entity could match',
    );
  });

  it.each(['{"metadata.tags":""}', '{"metadata.tags":["java","  "]}'])(
    'rejects the empty value in %s',
    value => {
      expect(reasonOf(value)).toBe('"metadata.tags" has an empty value');
    },
  );

  it('names the first problem found', () => {
    expect(reasonOf('{"kind":"component","spec.type":[],"foo":1}')).toBe(
      '"spec.type" lists no value, so no entity could match',
    );
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
    expect(readAppliesTo(makeTemplate('a', { kind: 'group' }))).toEqual({
      ok: true,
      appliesTo: { kind: ['group'] },
    });
    expect(readAppliesTo(makeTemplate('b', '{oops'))).toMatchObject({
      ok: false,
    });
  });
});

describe('entityMatchesAppliesTo', () => {
  const service = makeEntity({
    kind: 'Component',
    type: 'service',
    lifecycle: 'production',
    tags: ['java', 'payments'],
  });

  it.each<[string, AppliesTo, boolean]>([
    ['kind in lower case', { kind: ['component'] }, true],
    ['kind in upper case', { kind: ['COMPONENT'] }, true],
    ['another kind', { kind: ['resource', 'system'] }, false],
    ['one of several kinds', { kind: ['resource', 'Component'] }, true],
    ['the type', { 'spec.type': ['service'] }, true],
    [
      'the type in another case (types compare exactly)',
      { 'spec.type': ['Service'] },
      false,
    ],
    ['another type', { 'spec.type': ['website'] }, false],
    [
      'the lifecycle',
      { 'spec.lifecycle': ['experimental', 'production'] },
      true,
    ],
    ['another lifecycle', { 'spec.lifecycle': ['deprecated'] }, false],
    ['any one of its tags', { 'metadata.tags': ['go', 'payments'] }, true],
    ['none of its tags', { 'metadata.tags': ['go', 'python'] }, false],
    [
      'every key',
      {
        kind: ['component'],
        'spec.type': ['service'],
        'spec.lifecycle': ['production'],
        'metadata.tags': ['java'],
      },
      true,
    ],
    [
      'every key but one',
      {
        kind: ['component'],
        'spec.type': ['service'],
        'spec.lifecycle': ['experimental'],
        'metadata.tags': ['java'],
      },
      false,
    ],
    ['no key at all', {}, true],
  ])(
    'a production Java service matches a rule on %s: %s',
    (_, rule, expected) => {
      expect(entityMatchesAppliesTo(rule, service)).toBe(expected);
    },
  );

  it('compares the entity kind case-insensitively too', () => {
    const lower = { ...service, kind: 'component' };
    expect(entityMatchesAppliesTo({ kind: ['Component'] }, lower)).toBe(true);
  });

  it('does not match a field the entity lacks', () => {
    const group = makeEntity({
      kind: 'Group',
      type: undefined,
      lifecycle: undefined,
    });
    expect(entityMatchesAppliesTo({ kind: ['group'] }, group)).toBe(true);
    expect(entityMatchesAppliesTo({ 'spec.type': ['team'] }, group)).toBe(
      false,
    );
    expect(
      entityMatchesAppliesTo({ 'spec.lifecycle': ['production'] }, group),
    ).toBe(false);
    expect(entityMatchesAppliesTo({ 'metadata.tags': ['java'] }, group)).toBe(
      false,
    );
    const noSpec: Entity = {
      apiVersion: 'v1',
      kind: 'Domain',
      metadata: { name: 'd' },
    };
    expect(entityMatchesAppliesTo({ 'spec.type': ['x'] }, noSpec)).toBe(false);
  });

  it('does not match a spec field that is no string', () => {
    const odd: Entity = {
      ...service,
      spec: { type: ['service'], lifecycle: 1 },
    };
    expect(entityMatchesAppliesTo({ 'spec.type': ['service'] }, odd)).toBe(
      false,
    );
    expect(entityMatchesAppliesTo({ 'spec.lifecycle': ['1'] }, odd)).toBe(
      false,
    );
  });
});

describe('templateAppliesTo', () => {
  const entity = makeEntity({ kind: 'Component', type: 'service' });

  it('applies a template whose annotation matches', () => {
    expect(
      templateAppliesTo(
        makeTemplate('t', { kind: ['component'], 'spec.type': ['service'] }),
        entity,
      ),
    ).toBe(true);
  });

  it('does not apply a template without the annotation: templates are opted in', () => {
    expect(templateAppliesTo(makeTemplate('t', null), entity)).toBe(false);
  });

  it('does not apply a template whose annotation is malformed', () => {
    expect(
      templateAppliesTo(makeTemplate('t', '{"kind":"component"'), entity),
    ).toBe(false);
    expect(
      templateAppliesTo(makeTemplate('t', '{"kinds":"component"}'), entity),
    ).toBe(false);
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

// Properties checked exhaustively over a small world, in place of generated cases.
describe('matching properties', () => {
  const VALUES: Record<AppliesToKey, string[]> = {
    kind: ['component', 'group'],
    'spec.type': ['service', 'website'],
    'spec.lifecycle': ['production', 'experimental'],
    'metadata.tags': ['java', 'go'],
  };

  /** Every non-empty subset of a list, and `undefined` for "key absent". */
  function choices(values: string[]): Array<string[] | undefined> {
    const subsets: string[][] = [[]];
    for (const value of values) {
      subsets.push(...subsets.map(s => [...s, value]));
    }
    return [undefined, ...subsets.filter(s => s.length > 0)];
  }

  const RULES: AppliesTo[] = APPLIES_TO_KEYS.reduce<AppliesTo[]>(
    (rules, key) =>
      rules.flatMap(rule =>
        choices(VALUES[key]).map(values =>
          values ? { ...rule, [key]: values } : rule,
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

  it('covers a world of 256 rules and 54 entities', () => {
    expect(RULES).toHaveLength(256);
    expect(ENTITIES).toHaveLength(54);
  });

  it('parses every rule back from its JSON, the annotation text', () => {
    for (const rule of RULES) {
      expect(parseAppliesTo(JSON.stringify(rule))).toEqual({
        ok: true,
        appliesTo: rule,
      });
    }
  });

  /** The entities the narrower rule matches but the wider one does not: none, if sound. */
  function widened(wider: AppliesTo, narrower: AppliesTo): string[] {
    return ENTITIES.filter(
      entity =>
        entityMatchesAppliesTo(narrower, entity) &&
        !entityMatchesAppliesTo(wider, entity),
    ).map(entity => `${JSON.stringify(narrower)} ${JSON.stringify(entity)}`);
  }

  it('never lets an added key widen a rule', () => {
    const violations = RULES.flatMap(rule =>
      APPLIES_TO_KEYS.filter(k => !rule[k]).flatMap(key =>
        widened(rule, { ...rule, [key]: [VALUES[key][0]] }),
      ),
    );
    expect(violations.slice(0, 5)).toEqual([]);
  });

  it('never lets an added value narrow a rule', () => {
    const violations = RULES.flatMap(rule =>
      APPLIES_TO_KEYS.filter(k => rule[k]).flatMap(key =>
        widened({ ...rule, [key]: [...rule[key]!, 'something-else'] }, rule),
      ),
    );
    expect(violations.slice(0, 5)).toEqual([]);
  });

  it('matches exactly when every named key has a value in common with the entity', () => {
    for (const rule of RULES) {
      for (const entity of ENTITIES) {
        const spec = entity.spec as Record<string, string | undefined>;
        const has: Record<AppliesToKey, string[]> = {
          kind: [entity.kind.toLowerCase()],
          'spec.type': spec.type ? [spec.type] : [],
          'spec.lifecycle': spec.lifecycle ? [spec.lifecycle] : [],
          'metadata.tags': entity.metadata.tags ?? [],
        };
        const expected = APPLIES_TO_KEYS.every(
          key => !rule[key] || rule[key]!.some(v => has[key].includes(v)),
        );
        expect(entityMatchesAppliesTo(rule, entity)).toBe(expected);
      }
    }
  });

  it('does not care about the case of kinds, in the rule or the entity', () => {
    for (const rule of RULES.filter(r => r.kind)) {
      const shouted = { ...rule, kind: rule.kind!.map(k => k.toUpperCase()) };
      for (const entity of ENTITIES) {
        expect(entityMatchesAppliesTo(shouted, entity)).toBe(
          entityMatchesAppliesTo(rule, entity),
        );
      }
    }
  });
});
