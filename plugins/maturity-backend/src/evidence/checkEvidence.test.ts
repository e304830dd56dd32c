import { EvidenceProvider } from '@agile-ops/plugin-maturity-node';
import { checkEvidence } from './checkEvidence';

const provider: EvidenceProvider = {
  id: 'docs',
  vectors: ['documentation'],
  collect: async () => [],
};
const A = 'component:default/a';
const given = new Set([A]);
const at = new Date('2026-12-01T10:00:00Z');
const fact = {
  key: 'techdocs',
  value: true,
  text: 'TechDocs are published',
  observedAt: at,
  source: 'catalog',
};
const proposal = {
  vector: 'documentation' as const,
  score: 3,
  reasons: ['published docs propose 3'],
  facts: [fact],
};

describe('checkEvidence', () => {
  it('flattens a provider answer to proposals, refs in lower case', () => {
    expect(
      checkEvidence(provider, given, [
        { entityRef: 'Component:default/A', proposals: [proposal] },
      ]),
    ).toEqual([{ entityRef: A, provider: 'docs', ...proposal }]);
  });

  it('refuses a score above the ceiling the provider declared', () => {
    const capped = { ...provider, maxScore: 3 };
    expect(
      checkEvidence(capped, given, [{ entityRef: A, proposals: [proposal] }]),
    ).toHaveLength(1);
    expect(() =>
      checkEvidence(capped, given, [
        { entityRef: A, proposals: [{ ...proposal, score: 4 }] },
      ]),
    ).toThrow('[0].proposals[0].score must be an integer from 0 to 3, or null');
  });

  it('takes a null score: facts without a proposal', () => {
    expect(
      checkEvidence(provider, given, [
        { entityRef: A, proposals: [{ ...proposal, score: null }] },
      ])[0].score,
    ).toBeNull();
  });

  it.each<[string, unknown, string]>([
    [
      'an entity it was not given',
      { entityRef: 'component:default/b', proposals: [proposal] },
      '[0].entityRef is not an entity it was given',
    ],
    [
      'a vector it did not declare',
      { entityRef: A, proposals: [{ ...proposal, vector: 'automation' }] },
      '[0].proposals[0].vector must be one the provider declared',
    ],
    [
      'no vector at all',
      { entityRef: A, proposals: [{ ...proposal, vector: 'speed' }] },
      '.vector must be one the provider declared',
    ],
    [
      'a score off the scale',
      { entityRef: A, proposals: [{ ...proposal, score: 6 }] },
      '[0].proposals[0].score must be an integer from 0 to 5, or null',
    ],
    [
      'a fractional score',
      { entityRef: A, proposals: [{ ...proposal, score: 2.5 }] },
      '.score must be an integer',
    ],
    [
      'two proposals for one vector',
      { entityRef: A, proposals: [proposal, proposal] },
      '[0].proposals[1] is a second proposal for documentation',
    ],
    [
      'too many reasons',
      {
        entityRef: A,
        proposals: [{ ...proposal, reasons: Array(21).fill('x') }],
      },
      '.reasons must be at most 20 texts',
    ],
    [
      'an empty reason',
      { entityRef: A, proposals: [{ ...proposal, reasons: [' '] }] },
      '.reasons must be at most 20 texts',
    ],
    [
      'a fact without a date',
      {
        entityRef: A,
        proposals: [
          { ...proposal, facts: [{ ...fact, observedAt: 'yesterday' }] },
        ],
      },
      '.facts[0].observedAt must be a date',
    ],
    [
      'a fact value that is an object',
      {
        entityRef: A,
        proposals: [{ ...proposal, facts: [{ ...fact, value: { a: 1 } }] }],
      },
      '.facts[0].value must be a number, a boolean or a text',
    ],
    [
      'a fact value that is not finite',
      {
        entityRef: A,
        proposals: [{ ...proposal, facts: [{ ...fact, value: Infinity }] }],
      },
      '.facts[0].value must be a finite number',
    ],
    [
      'a fact without a source',
      {
        entityRef: A,
        proposals: [{ ...proposal, facts: [{ ...fact, source: '' }] }],
      },
      '.facts[0].source must be a text',
    ],
  ])('refuses %s, naming the provider and the place', (_, entry, message) => {
    expect(() => checkEvidence(provider, given, [entry as never])).toThrow(
      `evidence provider docs: ${message.startsWith('[') ? message : ''}`,
    );
    expect(() => checkEvidence(provider, given, [entry as never])).toThrow(
      message,
    );
  });

  it('refuses an answer that is no list', () => {
    expect(() => checkEvidence(provider, given, {} as never)).toThrow(
      'evidence provider docs returned no list',
    );
  });
});
