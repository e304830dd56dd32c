import { EvidenceProposal } from '@agile-ops/plugin-maturity-node';
import { Entity } from '@backstage/catalog-model';
import { catalogFact, counted } from './fact';

/** The annotation that says TechDocs are built for the entity. */
export const TECHDOCS_ANNOTATION = 'backstage.io/techdocs-ref';

const filled = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** What the catalog records about where an entity's documentation lives. */
export interface DocumentationFacts {
  techdocs: boolean;
  /** Links with a URL in `metadata.links`. */
  links: number;
  description: boolean;
}

/** Reads the documentation facts of an entity. */
export function documentationFacts(entity: Entity): DocumentationFacts {
  const links = Array.isArray(entity.metadata.links)
    ? entity.metadata.links.filter(link => filled(link?.url)).length
    : 0;
  return {
    techdocs: filled(entity.metadata.annotations?.[TECHDOCS_ANNOTATION]),
    links,
    description: filled(entity.metadata.description),
  };
}

/**
 * The documentation score those facts suggest. TechDocs are docs the portal builds and serves,
 * so they weigh most; links and a description are pointers and a summary. The catalog cannot
 * tell whether any of it is current, so it never suggests more than 3, and nothing at all
 * suggests nothing (the docs may live in a README the catalog does not know of).
 */
export function documentationScore(facts: DocumentationFacts): {
  score: number | null;
  reason: string;
} {
  const { techdocs, links, description } = facts;
  if (!techdocs && links === 0 && !description) {
    return {
      score: null,
      reason:
        'the catalog records no TechDocs, no links and no description, so it cannot tell where the documentation lives',
    };
  }
  if (techdocs && links > 0 && description) {
    return {
      score: 3,
      reason:
        'TechDocs, links and a description propose 3: core docs are published and findable; whether they are current needs a person',
    };
  }
  if (techdocs) {
    return {
      score: 2,
      reason:
        'TechDocs propose 2; with at least one link and a description as well they would propose 3',
    };
  }
  if (links >= 2 && description) {
    return {
      score: 2,
      reason:
        'a description and two or more links propose 2 without TechDocs; published TechDocs would count for more',
    };
  }
  return {
    score: 1,
    reason:
      'only a description or a single link, without TechDocs, proposes 1: the knowledge is mostly elsewhere',
  };
}

/** The documentation proposal for an entity. */
export function proposeDocumentation(
  entity: Entity,
  now: Date,
): EvidenceProposal {
  const facts = documentationFacts(entity);
  const { score, reason } = documentationScore(facts);
  return {
    vector: 'documentation',
    score,
    reasons: [reason],
    facts: [
      catalogFact(
        'techdocs',
        facts.techdocs,
        facts.techdocs
          ? `TechDocs are built for it (${TECHDOCS_ANNOTATION})`
          : `No TechDocs (${TECHDOCS_ANNOTATION} is not set)`,
        now,
      ),
      catalogFact(
        'links',
        facts.links,
        `${counted(facts.links, 'link')} in metadata.links`,
        now,
      ),
      catalogFact(
        'description',
        facts.description,
        facts.description ? 'Has a description' : 'No description',
        now,
      ),
    ],
  };
}
