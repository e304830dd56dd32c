import { isVectorId, MAX_SCORE } from '@agile-ops/plugin-maturity-common';
import {
  EntityEvidence,
  EvidenceFact,
  EvidenceProposal,
  EvidenceProvider,
} from '@agile-ops/plugin-maturity-node';
import { LIMITS } from '../service/limits';

/** A proposal as it is stored: of one provider, for one vector of one entity. */
export interface CollectedProposal extends EvidenceProposal {
  entityRef: string;
  provider: string;
}

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max;

function checkFact(fact: EvidenceFact, where: string): EvidenceFact {
  const { key, value, observedAt, source } = fact ?? {};
  if (!text(key, 100)) throw new Error(`${where}.key must be a short text`);
  if (!['number', 'boolean', 'string'].includes(typeof value)) {
    throw new Error(`${where}.value must be a number, a boolean or a text`);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`${where}.value must be a finite number`);
  }
  if (typeof value === 'string' && value.length > 500) {
    throw new Error(`${where}.value must be at most 500 characters`);
  }
  if (!text(fact.text, 500)) throw new Error(`${where}.text must be a text`);
  if (!(observedAt instanceof Date) || Number.isNaN(observedAt.getTime())) {
    throw new Error(`${where}.observedAt must be a date`);
  }
  if (!text(source, 200)) throw new Error(`${where}.source must be a text`);
  return { key, value, text: fact.text, observedAt, source };
}

/**
 * Checks what a provider returned for a page of entities (`entityRefs` in lower case) and flattens it to stored proposals.
 * A provider is code of the installation, but its output is still data: a proposal for an
 * entity it was not given, a vector it did not declare, a score off the scale or oversized
 * facts fail the provider's whole page (its earlier proposals stay), naming the provider.
 */
export function checkEvidence(
  provider: EvidenceProvider,
  entityRefs: ReadonlySet<string>,
  evidence: readonly EntityEvidence[],
): CollectedProposal[] {
  if (!Array.isArray(evidence)) {
    throw new Error(`evidence provider ${provider.id} returned no list`);
  }
  const seen = new Set<string>();
  const proposals: CollectedProposal[] = [];
  evidence.forEach((entry, i) => {
    const where = `evidence provider ${provider.id}: [${i}]`;
    // Refs are stored in lower case, as the hierarchy keeps them.
    const entityRef = String(entry?.entityRef).toLocaleLowerCase('en-US');
    if (!entityRefs.has(entityRef)) {
      throw new Error(`${where}.entityRef is not an entity it was given`);
    }
    const list: readonly EvidenceProposal[] = entry.proposals ?? [];
    list.forEach((proposal, j) => {
      const at = `${where}.proposals[${j}]`;
      const { vector, score } = proposal ?? {};
      if (!isVectorId(vector) || !provider.vectors.includes(vector)) {
        throw new Error(`${at}.vector must be one the provider declared`);
      }
      const key = `${entityRef}\n${vector}`;
      if (seen.has(key)) {
        throw new Error(`${at} is a second proposal for ${vector}`);
      }
      seen.add(key);
      const ceiling = ceilingOf(provider);
      if (
        score !== null &&
        !(Number.isInteger(score) && score >= 0 && score <= ceiling)
      ) {
        throw new Error(
          `${at}.score must be an integer from 0 to ${ceiling}, or null`,
        );
      }
      const reasons: readonly string[] = proposal.reasons ?? [];
      const facts: readonly EvidenceFact[] = proposal.facts ?? [];
      if (
        reasons.length > LIMITS.evidenceItems ||
        !reasons.every(r => text(r, 500))
      ) {
        throw new Error(
          `${at}.reasons must be at most ${LIMITS.evidenceItems} texts of at most 500 characters`,
        );
      }
      if (facts.length > LIMITS.evidenceItems) {
        throw new Error(`${at}.facts must be at most ${LIMITS.evidenceItems}`);
      }
      proposals.push({
        entityRef,
        provider: provider.id,
        vector,
        score,
        reasons: [...reasons],
        facts: facts.map((fact, k) => checkFact(fact, `${at}.facts[${k}]`)),
      });
    });
  });
  return proposals;
}

/** The highest score a provider may propose: its `maxScore`, or 5. */
export function ceilingOf(
  provider: Pick<EvidenceProvider, 'maxScore'>,
): number {
  return provider.maxScore ?? MAX_SCORE;
}
