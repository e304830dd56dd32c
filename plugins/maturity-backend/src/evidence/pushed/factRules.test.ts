import { ConfigReader } from '@backstage/config';
import { JsonObject, JsonValue } from '@backstage/types';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { readFactRules } from './factRules';
import { describeLevel, levelFor } from './ruleLevels';

const read = (factRules: JsonValue) =>
  readFactRules(new ConfigReader({ evidence: { factRules } }));

const currency = {
  fact: 'dependency-currency',
  vector: 'currency',
  levels: [
    { score: 5, min: 0.95 },
    { score: 3, min: 0.6, max: 0.95 },
    { score: 1 },
  ],
};

describe('readFactRules', () => {
  it('has no rules without config', () => {
    expect(readFactRules(undefined)).toEqual([]);
    expect(readFactRules(new ConfigReader({}))).toEqual([]);
  });

  it('reads rules with numeric, equality and fallback levels', () => {
    expect(
      read([
        currency,
        {
          fact: 'restore-test-passed',
          vector: 'recoverability',
          levels: [
            { score: 3, equals: true },
            { score: 1, equals: false },
          ],
        },
        {
          fact: 'release-channel',
          vector: 'deployability',
          levels: [{ score: 4, equals: 'continuous' }],
        },
      ]),
    ).toEqual([
      currency,
      {
        fact: 'restore-test-passed',
        vector: 'recoverability',
        levels: [
          { score: 3, equals: true },
          { score: 1, equals: false },
        ],
      },
      {
        fact: 'release-channel',
        vector: 'deployability',
        levels: [{ score: 4, equals: 'continuous' }],
      },
    ]);
  });

  it.each([
    [
      'a fact key that is not kebab-case',
      [{ ...currency, fact: 'Dependency_Currency' }],
      'maturity.evidence.factRules[0].fact must be the kebab-case key of a pushed fact (at most 100 characters), got "Dependency_Currency"',
    ],
    [
      'an unknown vector',
      [{ ...currency, vector: 'speed' }],
      'maturity.evidence.factRules[0].vector must name a vector, got "speed"',
    ],
    [
      'a second rule for a vector',
      [currency, { ...currency, fact: 'outdated-dependencies' }],
      'maturity.evidence.factRules[1].vector currency has a rule already (factRules[0]); give each vector one rule',
    ],
    [
      'no levels',
      [{ ...currency, levels: [] }],
      'maturity.evidence.factRules[0].levels must list at least one level',
    ],
    [
      'a score off the scale',
      [{ ...currency, levels: [{ score: 6, min: 1 }] }],
      'maturity.evidence.factRules[0].levels[0].score must be an integer from 0 to 5, got 6',
    ],
    [
      'equals together with min',
      [{ ...currency, levels: [{ score: 2, min: 1, equals: true }] }],
      'maturity.evidence.factRules[0].levels[0] takes either equals or min and max, not both',
    ],
    [
      'min above max',
      [{ ...currency, levels: [{ score: 2, min: 3, max: 1 }] }],
      'maturity.evidence.factRules[0].levels[0].min must not be greater than its max',
    ],
    [
      'equals that is a number',
      [{ ...currency, levels: [{ score: 2, equals: 3 }] }],
      'maturity.evidence.factRules[0].levels[0].equals must be true, false or a text',
    ],
    [
      'a misspelt condition',
      [{ ...currency, levels: [{ score: 2, minimum: 3 }] }],
      'maturity.evidence.factRules[0].levels[0].minimum is not a setting; use score, min, max, equals',
    ],
    [
      'a misspelt rule key',
      [{ ...currency, vectors: 'currency' }],
      'maturity.evidence.factRules[0].vectors is not a setting; use fact, vector, levels',
    ],
  ])('stops at %s, naming the key', (_case, rules, message) => {
    expect(() => read(rules)).toThrow(message);
  });

  it('reads the example rule set of the portal (app-config.yaml at the repository root)', () => {
    const portal = parse(
      readFileSync(
        resolve(__dirname, '../../../../../app-config.yaml'),
        'utf8',
      ),
    ) as { maturity: JsonObject };
    const rules = readFactRules(new ConfigReader(portal.maturity));
    expect(rules.map(rule => [rule.fact, rule.vector])).toEqual([
      ['dependency-currency', 'currency'],
      ['deploys-per-week', 'deployability'],
      ['restore-test-passed', 'recoverability'],
    ]);
    expect(levelFor(rules[0], 0.9)?.score).toBe(4);
    expect(levelFor(rules[1], 0)?.score).toBe(2);
    expect(levelFor(rules[2], true)?.score).toBe(3);
  });

  it('names a rule without a fact', () => {
    expect(() =>
      read([{ vector: 'currency', levels: [{ score: 1 }] }]),
    ).toThrow(/factRules\[0\]\.fact/);
  });
});

describe('levelFor', () => {
  const [rule] = read([currency]);
  const [restore] = read([
    {
      fact: 'restore-test-passed',
      vector: 'recoverability',
      levels: [{ score: 3, equals: true }],
    },
  ]);

  it.each([
    [0.99, 5],
    [0.95, 5],
    [0.94, 3],
    [0.6, 3],
    [0.59, 1],
  ])('gives %p the score of the first level it meets: %p', (value, score) => {
    expect(levelFor(rule, value)?.score).toBe(score);
  });

  it('keeps min and max for numbers, and equals exact', () => {
    // A number written as a text meets no min or max; only the fallback takes it.
    expect(levelFor(rule, '0.99')?.score).toBe(1);
    expect(levelFor(restore, true)?.score).toBe(3);
    expect(levelFor(restore, false)).toBeUndefined();
    expect(levelFor(restore, 'true')).toBeUndefined();
  });

  it('says what a level takes', () => {
    expect(rule.levels.map(describeLevel)).toEqual([
      'at least 0.95',
      'from 0.6 to 0.95',
      'any value',
    ]);
    expect(describeLevel({ score: 1, max: 2 })).toBe('at most 2');
    expect(describeLevel({ score: 1, equals: 'yes' })).toBe('equal to "yes"');
  });
});
