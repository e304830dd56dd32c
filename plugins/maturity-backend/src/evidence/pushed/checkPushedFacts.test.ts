import { PushedFact } from '@agile-ops/plugin-maturity-common';
import { checkPushedFacts } from './checkPushedFacts';

const NOW = new Date('2026-12-07T12:00:00.000Z');

const fact = (over: Partial<PushedFact> = {}): PushedFact => ({
  entityRef: 'Component:default/cart',
  key: 'deploys-per-week',
  value: 4,
  source: ' ci:deploy ',
  ...over,
});

describe('checkPushedFacts', () => {
  it('returns the facts as the store takes them: refs in lower case, texts trimmed, the time set', () => {
    expect(
      checkPushedFacts(
        [
          fact(),
          fact({
            key: 'restore-test-passed',
            value: false,
            observedAt: '2026-12-07T12:00:00Z',
            text: ' The restore drill failed ',
          }),
        ],
        NOW,
      ),
    ).toEqual([
      {
        entityRef: 'component:default/cart',
        key: 'deploys-per-week',
        value: 4,
        observedAt: NOW,
        source: 'ci:deploy',
      },
      {
        entityRef: 'component:default/cart',
        key: 'restore-test-passed',
        value: false,
        text: 'The restore drill failed',
        observedAt: NOW,
        source: 'ci:deploy',
      },
    ]);
  });

  it.each([
    // JSON reads 1e309 as Infinity, which would be stored as null.
    [fact({ value: Infinity }), 'facts[1].value must be a finite number'],
    [fact({ value: null as never }), 'facts[1].value must be a finite number'],
    [fact({ key: 'a--b' }), 'facts[1].key must be kebab-case'],
    [fact({ source: ' ' }), 'facts[1].source must be a text of 1 to 200'],
    [fact({ text: '\t' }), 'facts[1].text must be a text of 1 to 500'],
    [
      fact({ observedAt: 'not a time' }),
      'facts[1].observedAt must be a date-time',
    ],
    [
      fact({ observedAt: '2026-12-07T12:00:00.001Z' }),
      'facts[1].observedAt must not be in the future',
    ],
    // The same source written with other spaces is the same source.
    [
      fact({ source: 'ci:deploy' }),
      'facts[1] repeats the entity, key and source of facts[0]',
    ],
  ])(
    'names the field of a mistake the document cannot state (case %#)',
    (bad, message) => {
      expect(() => checkPushedFacts([fact(), bad], NOW)).toThrow(message);
    },
  );

  it('stops at the budget of 500 facts inside its loop', () => {
    const facts = Array.from({ length: 501 }, (_, i) =>
      fact({ source: `ci:job-${i}` }),
    );
    expect(checkPushedFacts(facts.slice(0, 500), NOW)).toHaveLength(500);
    expect(() => checkPushedFacts(facts, NOW)).toThrow(
      'facts must list at most 500 facts',
    );
  });
});
