import {
  Assessment,
  AssessmentPage,
  AssessmentRequest,
  AssessmentResult,
  HistoryPoint,
  MATURITY_LEVELS,
  MATURITY_VECTORS,
  operations,
  RUBRIC_VERSION,
  Scorecard,
  ScorecardsRequest,
  ScorecardsResponse,
  ScoreHistory,
  VECTOR_IDS,
  VectorEvidence,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { Request } from 'express';
import {
  CurrentScore,
  EntityScores,
  MaturityStore,
  StoredAssessment,
} from '../database/MaturityStore';
import { Access, UserCredentials } from '@agile-ops/backend-common';
import { assessmentRequestHash, prepareAssessment } from './assessmentInput';
import { decodeOffsetCursor, decodeTimeCursor, encodeCursor } from './cursors';
import { LIMITS } from './limits';
import { EntityLookup } from './EntityLookup';
import { AssessPermission } from './AssessPermission';
import { ScoreExport } from './ScoreExport';
import { parseEntityRefField } from './entityRefs';
import { buildScorecard } from './scorecard';
import { MaturitySettings } from './settings';
import {
  confidenceSettingsOf,
  entityConfidence,
} from '../confidence/entityConfidence';

/** The query of an entity's score history, as the OpenAPI document has checked it. */
export type HistoryQuery = NonNullable<
  operations['GetHistory']['parameters']['query']
>;

/** The query of an entity's assessments, as the OpenAPI document has checked it. */
export type AssessmentsQuery = NonNullable<
  operations['ListAssessments']['parameters']['query']
>;

/**
 * What evidence providers proposed for an entity, as the last collection stored it. Only
 * single-entity scorecards ask; bulk scorecards leave evidence out to stay small.
 */
export interface EvidenceSource {
  evidenceFor(entityRef: string): Promise<VectorEvidence[]>;
}

/**
 * What the maturity plugin does, independent of transport: the HTTP router and the actions
 * registered for AI agents both call this, so permission checks and audit happen in one place.
 */
export class MaturityService {
  constructor(
    private readonly deps: {
      store: MaturityStore;
      catalog: CatalogService;
      /** How entities are found (and which the caller may see). */
      entities: EntityLookup;
      /** Permission checks and audit of the writes. */
      access: Access;
      /** Who may assess which entity. */
      assessPermission: AssessPermission;
      settings: MaturitySettings;
      /** Evidence shown on single-entity scorecards; none when omitted. */
      evidence?: EvidenceSource;
      /**
       * Adds an assessed entity the synced hierarchy does not know yet, so that it counts in
       * roll-ups before the next sync; entities are left to the sync when omitted.
       */
      admitEntity?: (
        entityRef: string,
        credentials: BackstageCredentials,
      ) => Promise<unknown>;
      /**
       * Runs after an assessment is stored, e.g. to bring the entity's stored confidence up to
       * date; it must not throw, since the assessment is stored already, and should be quick,
       * since the answer waits for it.
       */
      afterAssessment?: (entityRef: string) => Promise<void>;
      now?: () => Date;
    },
  ) {
    this.scoreExport = new ScoreExport({ ...deps, now: () => this.now() });
  }

  private readonly scoreExport: ScoreExport;

  /** Streams the current scores the caller may see, optionally of one scope; see ScoreExport. */
  exportRows(scope: string | undefined, credentials: BackstageCredentials) {
    return this.scoreExport.rows(scope, credentials);
  }

  /** Vectors, levels, rubric version and the rules in force. */
  getVectors() {
    const { settings } = this.deps;
    return {
      rubricVersion: RUBRIC_VERSION,
      vectors: MATURITY_VECTORS.map(v => ({
        ...v,
        levelHints: [...v.levelHints],
      })),
      levels: MATURITY_LEVELS.map(l => ({ ...l })),
      rules: {
        level: settings.level,
        staleAfterDays: settings.staleAfterMs / 86_400_000,
        // Copies: the response type wants mutable arrays, the settings are frozen in spirit.
        targets: settings.targets.map(({ tiers, lifecycles, ...target }) => ({
          ...target,
          minimums: { ...target.minimums },
          ...(tiers ? { tiers: [...tiers] } : {}),
          ...(lifecycles ? { lifecycles: [...lifecycles] } : {}),
        })),
      },
    };
  }

  /** The scorecard of an entity the caller can see in the catalog. */
  async getScorecard(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Scorecard> {
    const entity = await this.getVisibleEntity(entityRef, credentials);
    return this.scorecardOf(entity, entityRef);
  }

  /** Scorecards of many entities; refs the caller cannot see are reported as not found. */
  async getScorecards(
    request: ScorecardsRequest,
    credentials: BackstageCredentials,
  ): Promise<ScorecardsResponse> {
    const refs = [
      ...new Set(
        request.entityRefs.map((ref, i) =>
          parseEntityRefField(ref, `entityRefs[${i}]`),
        ),
      ),
    ];
    const start = request.cursor ? decodeOffsetCursor(request.cursor) : 0;
    const limit = cap(request.limit, LIMITS.scorecardPage);
    const page = refs.slice(start, start + limit);
    const entities = await this.deps.entities.getVisible(page, credentials);
    const scores = groupByEntity(await this.deps.store.getCurrentScores(page));
    const now = this.now();
    const items: Scorecard[] = [];
    const notFound: string[] = [];
    page.forEach((ref, i) => {
      const entity = entities[i];
      if (!entity) {
        notFound.push(ref);
        return;
      }
      items.push(
        buildScorecard({
          entity,
          entityRef: ref,
          scores: scores.get(ref) ?? [],
          settings: this.deps.settings,
          now,
        }),
      );
    });
    const next = start + limit;
    return {
      items,
      notFound,
      ...(next < refs.length
        ? { nextCursor: encodeCursor({ offset: String(next) }) }
        : {}),
    };
  }

  /** Score history of an entity, grouped by vector, paged through `cursor`. */
  async getHistory(
    entityRef: string,
    query: HistoryQuery,
    credentials: BackstageCredentials,
  ): Promise<ScoreHistory> {
    await this.getVisibleEntity(entityRef, credentials);
    const limit = cap(query.limit, LIMITS.historyPage);
    const after = query.cursor ? decodeTimeCursor(query.cursor) : undefined;
    const entries = await this.deps.store.getHistory({
      entityRef,
      vector: query.vector,
      from: dateOf(query.from, 'from'),
      to: dateOf(query.to, 'to'),
      after,
      limit,
    });
    const series = new Map<VectorId, HistoryPoint[]>();
    for (const entry of entries) {
      const points = series.get(entry.vector) ?? [];
      points.push({
        at: entry.recordedAt.toISOString(),
        score: entry.score,
        source: entry.source,
        recordedBy: entry.recordedBy,
        rubricVersion: entry.rubricVersion,
        ...(entry.rationale ? { rationale: entry.rationale } : {}),
      });
      series.set(entry.vector, points);
    }
    const last = entries[entries.length - 1];
    return {
      entityRef,
      series: VECTOR_IDS.filter(v => series.has(v)).map(vector => ({
        vector,
        points: series.get(vector)!,
      })),
      ...(entries.length === limit && last
        ? {
            nextCursor: encodeCursor({
              at: last.recordedAt.toISOString(),
              id: last.id,
            }),
          }
        : {}),
    };
  }

  /** Assessments of an entity, newest first, paged through `cursor`. */
  async listAssessments(
    entityRef: string,
    query: AssessmentsQuery,
    credentials: BackstageCredentials,
  ): Promise<AssessmentPage> {
    await this.getVisibleEntity(entityRef, credentials);
    const limit = cap(query.limit, LIMITS.assessmentPage);
    const before = query.cursor ? decodeTimeCursor(query.cursor) : undefined;
    const rows = await this.deps.store.listAssessments({
      entityRef,
      before,
      limit,
    });
    const last = rows[rows.length - 1];
    return {
      items: rows.map(toAssessment),
      ...(rows.length === limit && last
        ? {
            nextCursor: encodeCursor({
              at: last.createdAt.toISOString(),
              id: last.id,
            }),
          }
        : {}),
    };
  }

  /**
   * Records an assessment (already checked against the OpenAPI document) for the signed-in
   * user, if the permission policy allows it on this entity, and answers with it and the
   * entity's scorecard as the write left it. Audited whether it succeeds or fails.
   */
  async assess(
    entityRef: string,
    request: AssessmentRequest,
    credentials: UserCredentials,
    options: {
      /** The `Idempotency-Key` header, which must agree with the body's key. */
      idempotencyKeyHeader?: string;
      /**
       * Set by the plugin's own paths (the scaffolder acting for a user, the actions registry,
       * an accepted proposal), never from the body; `assessment` when omitted.
       */
      source?: 'action' | 'evidence';
      /** The proposal an accepted assessment takes, kept with it. */
      evidence?: VectorEvidence;
      /** The HTTP request (or an action's stand-in) the audit event reads the caller from. */
      request?: Request;
    } = {},
  ): Promise<AssessmentResult & { replayed: boolean }> {
    return this.deps.access.audited(
      {
        eventId: 'assessment-create',
        severityLevel: 'medium',
        request: options.request,
        credentials,
        meta: { entityRef },
      },
      async () => {
        const input = {
          ...prepareAssessment(request, options.idempotencyKeyHeader),
          source: options.source ?? ('assessment' as const),
        };
        const entity = await this.getVisibleEntity(entityRef, credentials);
        if (
          !(await this.deps.assessPermission.allows(entityRef, credentials))
        ) {
          throw new NotAllowedError(
            `You may not assess ${entityRef}: only its owners (and anyone the permission policy allows) can`,
          );
        }
        await this.deps.admitEntity?.(entityRef, credentials);
        const [{ assessment, replayed, current }, evidence] = await Promise.all(
          [
            this.deps.store.recordAssessment({
              entityRef,
              createdBy: credentials.principal.userEntityRef,
              comment: input.comment,
              source: input.source,
              rubricVersion: RUBRIC_VERSION,
              scores: input.scores,
              idempotencyKey: input.idempotencyKey,
              requestHash: assessmentRequestHash(entityRef, input),
              at: this.now(),
              evidence: options.evidence,
            }),
            this.evidenceOf(entityRef),
          ],
        );
        await this.deps.afterAssessment?.(entityRef);
        return {
          assessment: toAssessment(assessment),
          scorecard: this.withEvidence(
            this.scorecardFrom(entity, entityRef, current),
            evidence,
          ),
          replayed,
        };
      },
      ({ assessment, replayed }) => ({
        assessmentId: assessment.id,
        replayed,
        vectors: assessment.scores.map(s => s.vector),
      }),
    );
  }

  private async getVisibleEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    const [entity] = await this.deps.entities.getVisible(
      [entityRef],
      credentials,
    );
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    return entity;
  }

  // The single-entity scorecard (also the one an assessment answers with) carries evidence.
  private async scorecardOf(
    entity: Entity,
    entityRef: string,
  ): Promise<Scorecard> {
    const [scores, evidence] = await Promise.all([
      this.deps.store.getCurrentScores([entityRef]),
      this.evidenceOf(entityRef),
    ]);
    return this.withEvidence(
      buildScorecard({
        entity,
        entityRef,
        scores,
        settings: this.deps.settings,
        now: this.now(),
      }),
      evidence,
    );
  }

  // The scorecard of what a write left: its scores and the level the store derived from them.
  private scorecardFrom(
    entity: Entity,
    entityRef: string,
    current: EntityScores,
  ): Scorecard {
    return buildScorecard({
      entity,
      entityRef,
      scores: current.scores,
      level: current.level,
      settings: this.deps.settings,
      now: this.now(),
    });
  }

  private async evidenceOf(entityRef: string): Promise<VectorEvidence[]> {
    return (await this.deps.evidence?.evidenceFor(entityRef)) ?? [];
  }

  // Each proposal says how far it is from the score a person confirmed, and each score how
  // far it can be trusted given its age and the proposals.
  private withEvidence(
    scorecard: Scorecard,
    evidence: VectorEvidence[],
  ): Scorecard {
    const confidence = entityConfidence(
      {
        scores: scorecard.vectors.flatMap(v =>
          v.score === null || !v.recordedAt
            ? []
            : [
                {
                  vector: v.vector,
                  score: v.score,
                  recordedAt: new Date(v.recordedAt),
                },
              ],
        ),
        proposals: evidence.map(item => ({
          vector: item.vector,
          score: item.proposedScore,
          ceiling: item.ceiling,
          dismissed: Boolean(item.dismissed),
        })),
      },
      confidenceSettingsOf(this.deps.settings),
      this.now(),
    );
    const vectors = scorecard.vectors.map(v => {
      const value = confidence.vectors[v.vector];
      return value === undefined ? v : { ...v, confidence: value };
    });
    if (evidence.length === 0) return { ...scorecard, vectors };
    const confirmed = new Map(scorecard.vectors.map(v => [v.vector, v.score]));
    return {
      ...scorecard,
      vectors,
      evidence: evidence.map(item => {
        const score = confirmed.get(item.vector);
        return typeof score === 'number' && item.proposedScore !== null
          ? { ...item, difference: item.proposedScore - score }
          : item;
      }),
    };
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}

// The router's schema already refuses larger limits; actions and other callers meet the cap here.
function cap(
  limit: number | undefined,
  page: { default: number; max: number },
): number {
  return Math.min(limit ?? page.default, page.max);
}

// The text matches the document's `format: date-time` already (four-digit years, real days).
// What the format cannot say is that a JavaScript Date can hold the instant: RFC 3339 allows a
// leap second (23:59:60), a Date does not, and an invalid Date must not reach the database.
function dateOf(text: string | undefined, field: string): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) {
    throw new InputError(
      `${field} must be a date-time without a leap second, got "${text}"`,
    );
  }
  return date;
}

function groupByEntity(scores: CurrentScore[]): Map<string, CurrentScore[]> {
  const map = new Map<string, CurrentScore[]>();
  for (const score of scores) {
    map.set(score.entityRef, [...(map.get(score.entityRef) ?? []), score]);
  }
  return map;
}

function toAssessment(stored: StoredAssessment): Assessment {
  return {
    id: stored.id,
    entityRef: stored.entityRef,
    createdBy: stored.createdBy,
    createdAt: stored.createdAt.toISOString(),
    ...(stored.comment ? { comment: stored.comment } : {}),
    source: stored.source,
    rubricVersion: stored.rubricVersion,
    scores: stored.scores,
    ...(stored.evidence ? { evidence: stored.evidence } : {}),
  };
}
