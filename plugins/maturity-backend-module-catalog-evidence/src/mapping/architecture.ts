import {
  EvidenceFact,
  EvidenceProposal,
} from '@agile-ops/plugin-maturity-node';
import {
  Entity,
  RELATION_CONSUMES_API,
  RELATION_DEPENDS_ON,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
} from '@backstage/catalog-model';
import { catalogFact, counted } from './fact';
import { PageLookups } from './pageLookups';
import { relationTargets } from './relations';

/** What the catalog records about where an entity sits in the design and what it connects to. */
export interface ArchitectureFacts {
  /** The system it is part of (the first, should it name several), or null. */
  system: string | null;
  /** Whether that system is in a domain; `unknown` when the catalog did not return the system. */
  systemInDomain: boolean | 'unknown';
  providesApis: number;
  dependsOn: number;
  consumesApis: number;
}

/** Reads the architecture facts of an entity from its relations and the page's lookups. */
export function architectureFacts(
  entity: Entity,
  lookups: PageLookups,
): ArchitectureFacts {
  const system = relationTargets(entity, RELATION_PART_OF, 'system')[0] ?? null;
  const domain =
    system === null ? undefined : lookups.systemDomains.get(system);
  return {
    system,
    systemInDomain: domain === undefined ? 'unknown' : domain !== null,
    providesApis: relationTargets(entity, RELATION_PROVIDES_API).length,
    dependsOn: relationTargets(entity, RELATION_DEPENDS_ON).length,
    consumesApis: relationTargets(entity, RELATION_CONSUMES_API).length,
  };
}

/**
 * The architecture score the facts suggest, from two questions: is it placed in the design (a
 * system, in a domain) and are its edges written down (APIs it provides, what it depends on or
 * consumes)? Both propose 3; a system in a domain without edges, or edges and a system outside
 * any domain, 2; one of the two only, 1; neither, nothing. Never above 3: whether the design is
 * coherent and looked after needs a person.
 */
export function architectureScore(facts: ArchitectureFacts): {
  score: number | null;
  reason: string;
} {
  const edges = facts.providesApis + facts.dependsOn + facts.consumesApis;
  const inDomain = facts.system !== null && facts.systemInDomain === true;
  const where =
    facts.system === null
      ? 'in no system'
      : `part of ${facts.system}${
          inDomain ? ', which is in a domain' : ', which is in no known domain'
        }`;
  const declared =
    edges > 0
      ? `with ${counted(
          edges,
          'declared API or dependency',
          'declared APIs and dependencies',
        )}`
      : 'without declared APIs or dependencies';
  let score: number | null;
  if (facts.system === null) score = edges > 0 ? 1 : null;
  else if (inDomain) score = edges > 0 ? 3 : 2;
  else score = edges > 0 ? 2 : 1;
  if (score === null) {
    return {
      score,
      reason: `${where} ${declared}: the catalog says nothing about its design`,
    };
  }
  return {
    score,
    reason: `${where}, ${declared}, proposes ${score}: a system in a domain and declared edges propose 3`,
  };
}

function factsOf(facts: ArchitectureFacts, now: Date): EvidenceFact[] {
  const list = [
    catalogFact(
      'system',
      facts.system ?? false,
      facts.system ? `Part of ${facts.system}` : 'Part of no system',
      now,
    ),
  ];
  if (facts.system !== null) {
    // Whether, not which: the domain is another entity, which a reader may not be allowed to see.
    list.push(
      catalogFact(
        'system-in-domain',
        facts.systemInDomain,
        {
          true: 'Its system is in a domain',
          false: 'Its system is in no domain',
          unknown: 'Its system was not found in the catalog',
        }[String(facts.systemInDomain)]!,
        now,
      ),
    );
  }
  list.push(
    catalogFact(
      'provides-apis',
      facts.providesApis,
      `Provides ${counted(facts.providesApis, 'API')}`,
      now,
    ),
    catalogFact(
      'depends-on',
      facts.dependsOn,
      `Declares ${counted(
        facts.dependsOn,
        'dependency',
        'dependencies',
      )} (dependsOn)`,
      now,
    ),
    catalogFact(
      'consumes-apis',
      facts.consumesApis,
      `Consumes ${counted(facts.consumesApis, 'API')}`,
      now,
    ),
  );
  return list;
}

/** The architecture proposal for an entity. */
export function proposeArchitecture(
  entity: Entity,
  lookups: PageLookups,
  now: Date,
): EvidenceProposal {
  const facts = architectureFacts(entity, lookups);
  const { score, reason } = architectureScore(facts);
  return {
    vector: 'architecture',
    score,
    reasons: [reason],
    facts: factsOf(facts, now),
  };
}
