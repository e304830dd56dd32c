import { VectorId } from '@agile-ops/plugin-maturity-common';
import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';

/**
 * One observation about an entity, e.g. "has a TechDocs annotation" or "12 dependents".
 *
 * @public
 */
export interface EvidenceFact {
  /** Names the fact within its provider, e.g. `techdocs` or `dependents`; stable over time. */
  key: string;
  /** What was observed; compared between collections to tell whether the fact changed. */
  value: number | boolean | string;
  /** A sentence for people, e.g. `TechDocs are published (backstage.io/techdocs-ref)`. */
  text: string;
  /** When it was true: the time of a CI report, or the collection for facts read now. */
  observedAt: Date;
  /** Where it came from, e.g. `catalog`, `oncall`, `self-service`, or a CI job's name. */
  source: string;
}

/**
 * What a provider's facts say about one vector of one entity.
 *
 * @public
 */
export interface EvidenceProposal {
  /** A vector the provider declared in {@link EvidenceProvider.vectors}. */
  vector: VectorId;
  /** The score 0–5 the facts suggest, or null when they are too thin to suggest one. */
  score: number | null;
  /** Why the facts lead to this score, one sentence each, for the person who decides. */
  reasons: string[];
  /** The facts behind it. */
  facts: EvidenceFact[];
}

/**
 * A provider's evidence for one entity; an entity or a vector left out has none.
 *
 * @public
 */
export interface EntityEvidence {
  /** The entity's ref, one of the entities the provider was given. */
  entityRef: string;
  proposals: EvidenceProposal[];
}

/**
 * What a provider gets for one collection.
 *
 * @public
 */
export interface EvidenceContext {
  /** The collection's moment; facts read now are observed at it. */
  now: Date;
  /** The maturity plugin's own service credentials, for calls to the catalog or other plugins. */
  credentials: BackstageCredentials;
  /** Aborted when the provider runs past its time limit; stop early when it is. */
  signal: AbortSignal;
  logger: LoggerService;
}

/**
 * A source of evidence: turns facts about catalog entities into proposed vector scores. The
 * maturity plugin calls it for pages of entities, stores what it returns with source
 * `evidence`, and never lets it overwrite a score a person gave.
 *
 * @public
 */
export interface EvidenceProvider {
  /** Unique among providers, kebab-case, e.g. `catalog`; stored with every proposal. */
  id: string;
  /** The vectors it may propose scores for; a proposal for another vector is refused. */
  vectors: readonly VectorId[];
  /**
   * The highest score its facts can ever show (1 to 5, 5 when unset). A proposal at this
   * ceiling below a person's score backs the score up rather than disputing it, so owners are
   * not told to lower a 5 that facts capped at 3 cannot see.
   */
  maxScore?: number;
  /**
   * Evidence for a page of entities (at most a few hundred), as the catalog has them,
   * relations included. Called again on every collection, so keep it idempotent and cheap.
   */
  collect(
    entities: readonly Entity[],
    context: EvidenceContext,
  ): Promise<EntityEvidence[]>;
}
