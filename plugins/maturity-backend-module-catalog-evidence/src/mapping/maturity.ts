import {
  EvidenceFact,
  EvidenceProposal,
} from '@agile-ops/plugin-maturity-node';
import { Entity } from '@backstage/catalog-model';
import { CREATED_AT_ANNOTATION, createdAt, CreatedAt } from './createdAt';
import { catalogFact, counted } from './fact';

/** Ages from which a production entity counts as settling in, and as established. */
export const AGE_DAYS = { settling: 30, established: 365 } as const;

/** What the catalog records about how long an entity has been around and in what state. */
export interface MaturityFacts {
  /** `spec.owner`, or null when it is not set. */
  owner: string | null;
  /** `spec.lifecycle` in lower case, or null when it is not set. */
  lifecycle: string | null;
  created: CreatedAt;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** Reads the maturity facts of an entity. */
export function maturityFacts(entity: Entity, now: Date): MaturityFacts {
  return {
    owner: text(entity.spec?.owner),
    lifecycle: text(entity.spec?.lifecycle)?.toLocaleLowerCase('en-US') ?? null,
    created: createdAt(entity, now),
  };
}

type Suggestion = { score: number | null; reasons: string[] };

/** 1 below a month, 2 below a year, 3 from a year; `cap` for lifecycles that cannot prove more. */
function byAge(ageDays: number, cap: number): number {
  if (ageDays < AGE_DAYS.settling) return 1;
  if (ageDays < AGE_DAYS.established) return Math.min(2, cap);
  return Math.min(3, cap);
}

function fromLifecycle(
  lifecycle: string | null,
  created: CreatedAt,
): Suggestion {
  const age = created.state === 'dated' ? created.ageDays : null;
  const days = age === null ? '' : ` for ${counted(age, 'day')}`;
  if (lifecycle === 'experimental') {
    return {
      score: 1,
      reasons: [
        'experimental proposes 1 whatever its age: a trial has not proved itself yet',
      ],
    };
  }
  if (lifecycle === 'deprecated') {
    return {
      score: 2,
      reasons: [
        'deprecated proposes 2 whatever its age: it ran long enough to be replaced, but is leaving the stack',
      ],
    };
  }
  if (lifecycle === 'production') {
    return age === null
      ? {
          score: 2,
          reasons: [
            `production without ${CREATED_AT_ANNOTATION} proposes 2; dated a year or more back it would propose 3`,
          ],
        }
      : {
          score: byAge(age, 3),
          reasons: [
            `in production${days} proposes ${byAge(
              age,
              3,
            )}: under 30 days 1, under a year 2, a year or more 3`,
          ],
        };
  }
  // No lifecycle, or one of the installation's own: only the age speaks, and without a
  // production lifecycle it cannot show an established entity.
  const named = lifecycle === null ? 'no lifecycle' : `lifecycle ${lifecycle}`;
  if (age === null) {
    return {
      score: null,
      reasons: [
        `${named} and no ${CREATED_AT_ANNOTATION}: the catalog cannot tell how long it has been around`,
      ],
    };
  }
  return {
    score: byAge(age, 2),
    reasons: [
      `${named}, existing${days}, proposes ${byAge(
        age,
        2,
      )}: under 30 days 1, else 2; more needs the production lifecycle`,
    ],
  };
}

/**
 * The maturity score the facts suggest, from the lifecycle and the age; an entity nobody owns
 * is at most 1, since nothing unowned is established. Never above 3: how well it proved itself
 * is a person's judgement.
 */
export function maturityScore(facts: MaturityFacts): Suggestion {
  const suggestion = fromLifecycle(facts.lifecycle, facts.created);
  const reasons = [...suggestion.reasons];
  if (facts.created.state === 'invalid') {
    reasons.push(
      `${CREATED_AT_ANNOTATION} "${facts.created.value}" is not a past ISO date and was ignored`,
    );
  }
  if (
    facts.owner === null &&
    suggestion.score !== null &&
    suggestion.score > 1
  ) {
    reasons.push(
      'no spec.owner caps it at 1: nobody is named to look after it',
    );
    return { score: 1, reasons };
  }
  return { score: suggestion.score, reasons };
}

function factsOf(facts: MaturityFacts, now: Date): EvidenceFact[] {
  const list = [
    catalogFact(
      'owner',
      facts.owner ?? false,
      facts.owner
        ? `Owned by ${facts.owner}`
        : 'No owner (spec.owner is not set)',
      now,
    ),
    catalogFact(
      'lifecycle',
      facts.lifecycle ?? false,
      facts.lifecycle
        ? `Lifecycle ${facts.lifecycle}`
        : 'No lifecycle (spec.lifecycle is not set)',
      now,
    ),
  ];
  const { created } = facts;
  if (created.state === 'dated') {
    // The date, not the age, is the value: an age would change every day and fill the history.
    list.push(
      catalogFact(
        'created-at',
        created.value,
        `Created ${created.value}, ${counted(
          created.ageDays,
          'day',
        )} ago (${CREATED_AT_ANNOTATION})`,
        now,
      ),
    );
  }
  return list;
}

/** The maturity proposal for an entity. */
export function proposeMaturity(entity: Entity, now: Date): EvidenceProposal {
  const facts = maturityFacts(entity, now);
  const { score, reasons } = maturityScore(facts);
  return { vector: 'maturity', score, reasons, facts: factsOf(facts, now) };
}
