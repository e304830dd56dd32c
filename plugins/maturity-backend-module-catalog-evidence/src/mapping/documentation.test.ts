import { entity, factValues } from '../__testUtils__/entities';
import {
  documentationScore,
  proposeDocumentation,
  TECHDOCS_ANNOTATION,
} from './documentation';

const NOW = new Date('2025-06-01T12:00:00Z');
const techdocs = { [TECHDOCS_ANNOTATION]: 'dir:.' };
const link = (n: number) => ({ url: `https://wiki.example.com/${n}` });

describe('documentation', () => {
  it('proposes nothing for an entity with no annotations, links or description', () => {
    const proposal = proposeDocumentation(entity('component', 'bare'), NOW);
    expect(proposal).toMatchObject({ vector: 'documentation', score: null });
    expect(proposal.reasons[0]).toMatch(
      /no TechDocs, no links and no description/,
    );
    expect(factValues(proposal)).toEqual({
      techdocs: false,
      links: 0,
      description: false,
    });
    for (const fact of proposal.facts) {
      expect(fact).toMatchObject({ observedAt: NOW, source: 'catalog' });
    }
  });

  it('proposes 3 only for TechDocs with a link and a description', () => {
    const proposal = proposeDocumentation(
      entity('component', 'documented', {
        annotations: techdocs,
        links: [link(1), link(2)],
        description: 'Does things.',
      }),
      NOW,
    );
    expect(proposal.score).toBe(3);
    expect(factValues(proposal)).toEqual({
      techdocs: true,
      links: 2,
      description: true,
    });
    expect(proposal.facts[0].text).toBe(
      'TechDocs are built for it (backstage.io/techdocs-ref)',
    );
    expect(proposal.facts[1].text).toBe('2 links in metadata.links');
  });

  it.each([
    ['TechDocs alone', { techdocs: true, links: 0, description: false }, 2],
    [
      'TechDocs and a description',
      { techdocs: true, links: 0, description: true },
      2,
    ],
    [
      'TechDocs and a link',
      { techdocs: true, links: 1, description: false },
      2,
    ],
    [
      'two links and a description',
      { techdocs: false, links: 2, description: true },
      2,
    ],
    [
      'one link and a description',
      { techdocs: false, links: 1, description: true },
      1,
    ],
    [
      'many links, no description',
      { techdocs: false, links: 9, description: false },
      1,
    ],
    [
      'a description alone',
      { techdocs: false, links: 0, description: true },
      1,
    ],
  ])('proposes for %s', (_, facts, score) => {
    expect(documentationScore(facts).score).toBe(score);
  });

  it('never proposes more than 3, whatever the catalog holds', () => {
    for (const techdocsSet of [false, true]) {
      for (const links of [0, 1, 2, 50]) {
        for (const description of [false, true]) {
          const { score } = documentationScore({
            techdocs: techdocsSet,
            links,
            description,
          });
          expect(score === null || (score >= 1 && score <= 3)).toBe(true);
        }
      }
    }
  });

  it('does not count blank values: an empty TechDocs ref, links without a URL, a blank description', () => {
    const proposal = proposeDocumentation(
      entity('resource', 'blank', {
        annotations: { [TECHDOCS_ANNOTATION]: '  ' },
        links: [{ url: '' }, link(1)],
        description: '   ',
      }),
      NOW,
    );
    expect(factValues(proposal)).toEqual({
      techdocs: false,
      links: 1,
      description: false,
    });
    expect(proposal.score).toBe(1);
  });
});
