import {
  EvidenceFact,
  EvidenceProposal,
} from '@agile-ops/plugin-maturity-node';
import {
  Entity,
  RELATION_DEPENDENCY_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogFact, counted } from './fact';
import { PageLookups } from './pageLookups';
import { relationTargets } from './relations';

/** Distinct users from which an entity counts as used several times over. */
export const SEVERAL_USERS = 3;
/** Other entities sharing a tag from which the technology counts as installed elsewhere too. */
export const SHARED_TECHNOLOGY = 3;

/** What the catalog records about how widely an entity and its technology are used. */
export interface UbiquityFacts {
  /** Entities that declare they depend on it (its `dependencyOf` relations). */
  dependents: number;
  /** Distinct consumers of the APIs it provides. */
  apiConsumers: number;
  /** Its provided APIs whose consumers were not looked up (over the page's budget). */
  apisNotCounted: number;
  /** Distinct entities that use it one way or the other, itself excluded. */
  users: number;
  kind: string;
  /** Its `spec.type` and how many other entities of its kind share it. */
  type: { name: string; others: number } | null;
  /** Its tag shared by the most other entities of its kind, or null when it has no tags. */
  tag: { name: string; others: number } | null;
}

const lower = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim().toLocaleLowerCase('en-US')
    : null;

/** Reads the ubiquity facts of an entity from its relations and the page's lookups. */
export function ubiquityFacts(
  entity: Entity,
  lookups: PageLookups,
): UbiquityFacts {
  const self = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const dependents = relationTargets(entity, RELATION_DEPENDENCY_OF).filter(
    ref => ref !== self,
  );
  const consumers = new Set<string>();
  let apisNotCounted = 0;
  for (const api of relationTargets(entity, RELATION_PROVIDES_API)) {
    const of = lookups.apiConsumers.get(api);
    if (!of) apisNotCounted += 1;
    for (const ref of of ?? []) if (ref !== self) consumers.add(ref);
  }
  const users = new Set([...dependents, ...consumers]);

  const kind = entity.kind.toLocaleLowerCase('en-US');
  const counts = lookups.technology.get(kind);
  // The facets count the entity itself; "others" leaves it out.
  const others = (n: number | undefined) => Math.max(0, (n ?? 1) - 1);
  const typeName = lower(entity.spec?.type);
  let tag: UbiquityFacts['tag'] = null;
  const tags = (
    Array.isArray(entity.metadata.tags) ? entity.metadata.tags : []
  ).flatMap(t => lower(t) ?? []);
  for (const name of [...new Set(tags)].sort()) {
    const n = others(counts?.tags.get(name));
    if (!tag || n > tag.others) tag = { name, others: n };
  }
  return {
    dependents: dependents.length,
    apiConsumers: consumers.size,
    apisNotCounted,
    users: users.size,
    kind,
    type: typeName
      ? { name: typeName, others: others(counts?.types.get(typeName)) }
      : null,
    tag,
  };
}

/**
 * The ubiquity score the facts suggest. Declared uses count most: three or more distinct users
 * propose 3, one or two propose 2. Without declared uses, a tag shared by three or more other
 * entities of its kind shows the technology installed elsewhere (2), a tag shared less a
 * one-off (1). Without uses and without tags the catalog says nothing (a website's users are
 * not in it). The type is context only: types such as `service` cover most of a catalog. Never
 * above 3: whether the uses are consistent needs a person.
 */
export function ubiquityScore(facts: UbiquityFacts): {
  score: number | null;
  reason: string;
} {
  const { users, tag } = facts;
  if (users >= SEVERAL_USERS) {
    return {
      score: 3,
      reason: `used by ${counted(
        users,
        'entity',
        'entities',
      )} (dependents and API consumers): ${SEVERAL_USERS} or more users propose 3`,
    };
  }
  if (users > 0) {
    return {
      score: 2,
      reason: `used by ${counted(
        users,
        'entity',
        'entities',
      )} (dependents and API consumers): 1 or 2 users propose 2, ${SEVERAL_USERS} or more 3`,
    };
  }
  if (!tag) {
    return {
      score: null,
      reason:
        'nothing in the catalog declares a use of it and it has no tags, so the catalog cannot tell how widespread it is',
    };
  }
  if (tag.others >= SHARED_TECHNOLOGY) {
    return {
      score: 2,
      reason: `nothing declares a use of it, but ${counted(
        tag.others,
        `other ${facts.kind}`,
      )} are tagged ${
        tag.name
      }: a technology installed in several places proposes 2`,
    };
  }
  return {
    score: 1,
    reason: `nothing declares a use of it and its most shared tag, ${
      tag.name
    }, is on ${counted(
      tag.others,
      `other ${facts.kind}`,
    )} (${SHARED_TECHNOLOGY} would propose 2): a one-off proposes 1`,
  };
}

function factsOf(facts: UbiquityFacts, now: Date): EvidenceFact[] {
  const list = [
    catalogFact(
      'dependents',
      facts.dependents,
      `Depended on by ${counted(
        facts.dependents,
        'entity',
        'entities',
      )} (dependencyOf)`,
      now,
    ),
    catalogFact(
      'api-consumers',
      facts.apiConsumers,
      `Its APIs are consumed by ${counted(
        facts.apiConsumers,
        'entity',
        'entities',
      )}`,
      now,
    ),
  ];
  if (facts.apisNotCounted > 0) {
    list.push(
      catalogFact(
        'apis-not-counted',
        facts.apisNotCounted,
        `The consumers of ${counted(
          facts.apisNotCounted,
          'API',
        )} it provides were not counted (look-up budget)`,
        now,
      ),
    );
  }
  if (facts.type) {
    list.push(
      catalogFact(
        'same-type',
        facts.type.others,
        `${counted(facts.type.others, `other ${facts.kind}`)} of type ${
          facts.type.name
        }`,
        now,
      ),
    );
  }
  if (facts.tag) {
    list.push(
      catalogFact(
        'tag-peers',
        facts.tag.others,
        `${counted(facts.tag.others, `other ${facts.kind}`)} tagged ${
          facts.tag.name
        }, its most shared tag`,
        now,
      ),
    );
  }
  return list;
}

/** The ubiquity proposal for an entity. */
export function proposeUbiquity(
  entity: Entity,
  lookups: PageLookups,
  now: Date,
): EvidenceProposal {
  const facts = ubiquityFacts(entity, lookups);
  const { score, reason } = ubiquityScore(facts);
  return {
    vector: 'ubiquity',
    score,
    reasons: [reason],
    facts: factsOf(facts, now),
  };
}
