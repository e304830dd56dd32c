// This file is generated from the backend's openapi.yaml by scripts/openapi-to-ts.mjs — do not edit.
// After changing openapi.yaml, run `yarn generate:openapi` in the backend package.
// Not here because they refer to themselves or to one that does: Rollup, RollupPage.
/* eslint-disable */
import { z } from 'zod/v3';

/** Checks a value against the `VectorId` model. @public */
export const VectorIdSchema = z
  .enum([
    'supportability',
    'operability',
    'recoverability',
    'documentation',
    'architecture',
    'currency',
    'usability',
    'automation',
    'deployability',
    'stability',
    'community',
    'maturity',
    'ease-of-use',
    'ubiquity',
    'happiness',
  ])
  .describe('The stable kebab-case id of a maturity vector.');

/** Checks a value against the `Score` model. @public */
export const ScoreSchema = z
  .number()
  .int()
  .gte(0)
  .lte(5)
  .describe('A value on the 0–5 maturity scale.');

/** Checks a value against the `NullableScore` model. @public */
export const NullableScoreSchema = z
  .union([
    z
      .number()
      .int()
      .gte(0)
      .lte(5)
      .describe(
        'A value on the 0–5 maturity scale, or null when there is none.',
      ),
    z
      .null()
      .describe(
        'A value on the 0–5 maturity scale, or null when there is none.',
      ),
  ])
  .describe('A value on the 0–5 maturity scale, or null when there is none.');

/** Checks a value against the `ScoreSource` model. @public */
export const ScoreSourceSchema = z
  .enum(['assessment', 'evidence', 'action', 'import'])
  .describe('Where a score came from.');

/** Checks a value against the `EntityLevelRule` model. @public */
export const EntityLevelRuleSchema = z
  .enum(['mean', 'weakest-link'])
  .describe(
    'The rule that turns the vector scores of an entity into its level.',
  );

/** Checks a value against the `VectorWeights` model. @public */
export const VectorWeightsSchema = z
  .object({
    supportability: z.number().gte(0).optional(),
    operability: z.number().gte(0).optional(),
    recoverability: z.number().gte(0).optional(),
    documentation: z.number().gte(0).optional(),
    architecture: z.number().gte(0).optional(),
    currency: z.number().gte(0).optional(),
    usability: z.number().gte(0).optional(),
    automation: z.number().gte(0).optional(),
    deployability: z.number().gte(0).optional(),
    stability: z.number().gte(0).optional(),
    community: z.number().gte(0).optional(),
    maturity: z.number().gte(0).optional(),
    'ease-of-use': z.number().gte(0).optional(),
    ubiquity: z.number().gte(0).optional(),
    happiness: z.number().gte(0).optional(),
  })
  .strict()
  .describe(
    'A weight per vector for the `mean` level rule; vectors left out weigh 1.',
  );

/** Checks a value against the `VectorMinimums` model. @public */
export const VectorMinimumsSchema = z
  .object({
    supportability: ScoreSchema.optional(),
    operability: ScoreSchema.optional(),
    recoverability: ScoreSchema.optional(),
    documentation: ScoreSchema.optional(),
    architecture: ScoreSchema.optional(),
    currency: ScoreSchema.optional(),
    usability: ScoreSchema.optional(),
    automation: ScoreSchema.optional(),
    deployability: ScoreSchema.optional(),
    stability: ScoreSchema.optional(),
    community: ScoreSchema.optional(),
    maturity: ScoreSchema.optional(),
    'ease-of-use': ScoreSchema.optional(),
    ubiquity: ScoreSchema.optional(),
    happiness: ScoreSchema.optional(),
  })
  .strict()
  .describe('The minimum score per vector required by a target profile.');

/** Checks a value against the `MaturityVector` model. @public */
export const MaturityVectorSchema = z
  .object({
    id: VectorIdSchema,
    title: z.string(),
    description: z.string(),
    subjective: z
      .boolean()
      .describe(
        'True when several people may rate it and the score is their median.',
      ),
    levelHints: z
      .array(z.string())
      .min(6)
      .max(6)
      .describe(
        'What a score of 0, 1, 2, 3, 4 and 5 looks like, indexed by score.',
      ),
  })
  .strict()
  .describe('One dimension on which an entity is scored from 0 to 5.');

/** Checks a value against the `MaturityLevel` model. @public */
export const MaturityLevelSchema = z
  .object({ value: ScoreSchema, name: z.string(), description: z.string() })
  .strict()
  .describe(
    'One step of the 0–5 scale shared by vector scores and entity levels.',
  );

/** Checks a value against the `TargetProfile` model. @public */
export const TargetProfileSchema = z
  .object({
    name: z.string(),
    tiers: z
      .array(z.string())
      .describe('The tiers it applies to; every tier when absent.')
      .optional(),
    lifecycles: z
      .array(z.string())
      .describe('The lifecycles it applies to; every lifecycle when absent.')
      .optional(),
    minimums: VectorMinimumsSchema,
  })
  .strict()
  .describe('Minimum scores for the entities of some tiers and lifecycles.');

/** Checks a value against the `MaturityRules` model. @public */
export const MaturityRulesSchema = z
  .object({
    level: z
      .object({
        rule: EntityLevelRuleSchema,
        minCoverage: z
          .number()
          .gte(0)
          .lte(1)
          .describe(
            'The share of vectors (0 to 1) that must be scored for a level.',
          ),
        weights: VectorWeightsSchema,
      })
      .strict(),
    staleAfterDays: z
      .number()
      .gte(0)
      .describe('Scores older than this many days are marked stale.'),
    targets: z.array(TargetProfileSchema),
  })
  .strict()
  .describe('The configured rules the service scores with.');

/** Checks a value against the `VectorsResponse` model. @public */
export const VectorsResponseSchema = z
  .object({
    rubricVersion: z.string(),
    vectors: z.array(MaturityVectorSchema),
    levels: z.array(MaturityLevelSchema),
    rules: MaturityRulesSchema,
  })
  .strict()
  .describe(
    'The rubric in force — vectors, levels and rubric version — and the scoring rules.',
  );

/** Checks a value against the `RatingSpread` model. @public */
export const RatingSpreadSchema = z
  .object({
    count: z.number().int().gte(0),
    min: ScoreSchema,
    max: ScoreSchema,
    spread: ScoreSchema,
  })
  .strict()
  .describe(
    'For a subjective vector, how many people rated it and how far apart they are.',
  );

/** Checks a value against the `Confidence` model. @public */
export const ConfidenceSchema = z
  .number()
  .gte(0)
  .lte(1)
  .describe(
    'Confidence from 0 (none) to 1 (a score just given, with facts that agree), two decimals.',
  );

/** Checks a value against the `VectorScorecardEntry` model. @public */
export const VectorScorecardEntrySchema = z
  .object({
    vector: VectorIdSchema,
    score: NullableScoreSchema,
    stale: z
      .boolean()
      .describe(
        'True when the score is older than the configured staleness limit.',
      ),
    recordedAt: z.string().datetime({ offset: true }).optional(),
    recordedBy: z
      .string()
      .describe('Entity ref of whoever recorded the score.')
      .optional(),
    source: ScoreSourceSchema.optional(),
    rationale: z.string().optional(),
    rubricVersion: z.string().optional(),
    ratings: RatingSpreadSchema.optional(),
    confidence: ConfidenceSchema.optional(),
  })
  .strict()
  .describe('The current state of one vector of an entity.');

/** Checks a value against the `EntityLevel` model. @public */
export const EntityLevelSchema = z
  .object({
    value: NullableScoreSchema,
    rule: EntityLevelRuleSchema,
    coverage: z
      .number()
      .gte(0)
      .lte(1)
      .describe('The share of vectors (0 to 1) that have a score.'),
    pulledDownBy: z
      .array(VectorIdSchema)
      .describe('The vectors that hold the level down.'),
  })
  .strict()
  .describe('The single 0–5 level of an entity and how it was reached.');

/** Checks a value against the `TargetGap` model. @public */
export const TargetGapSchema = z
  .object({
    target: z.string().describe('The name of the target profile.'),
    vector: VectorIdSchema,
    required: ScoreSchema,
    actual: NullableScoreSchema,
  })
  .strict()
  .describe(
    'A vector on which an entity is below a target profile that applies to it.',
  );

/** Checks a value against the `EvidenceFact` model. @public */
export const EvidenceFactSchema = z
  .object({
    key: z
      .string()
      .describe(
        'Names the fact within its provider, e.g. `techdocs` or `dependents`.',
      ),
    value: z
      .any()
      .superRefine((x, ctx) => {
        const schemas = [z.number(), z.boolean(), z.string()];
        const { errors, failed } = schemas.reduce<{
          errors: z.ZodError[];
          failed: number;
        }>(
          ({ errors, failed }, schema) =>
            (result =>
              result.error
                ? {
                    errors: [...errors, result.error],
                    failed: failed + 1,
                  }
                : { errors, failed })(schema.safeParse(x)),
          { errors: [], failed: 0 },
        );
        const passed = schemas.length - failed;
        if (passed !== 1) {
          ctx.addIssue(
            errors.length
              ? {
                  path: ctx.path,
                  code: 'invalid_union',
                  unionErrors: errors,
                  message:
                    'Invalid input: Should pass single schema. Passed ' +
                    passed,
                }
              : {
                  path: ctx.path,
                  code: 'custom',
                  message:
                    'Invalid input: Should pass single schema. Passed ' +
                    passed,
                },
          );
        }
      })
      .describe('What was observed.'),
    text: z
      .string()
      .describe(
        'A sentence for people, e.g. `3 self-service runs in the last 90 days`.',
      ),
    observedAt: z
      .string()
      .datetime({ offset: true })
      .describe('When it was true, e.g. the time of a CI report.'),
    source: z
      .string()
      .describe(
        'Where it came from, e.g. `catalog`, `self-service` or a CI job.',
      ),
  })
  .strict()
  .describe('One observation behind a proposal.');

/** Checks a value against the `EvidenceDismissal` model. @public */
export const EvidenceDismissalSchema = z
  .object({
    by: z.string().describe('The user entity ref of who dismissed it.'),
    at: z.string().datetime({ offset: true }),
    reason: z.string(),
  })
  .strict()
  .describe("An owner's decision not to take a proposal, with the reason.");

/** Checks a value against the `VectorEvidence` model. @public */
export const VectorEvidenceSchema = z
  .object({
    vector: VectorIdSchema,
    provider: z
      .string()
      .describe('The id of the provider, e.g. `catalog` or `self-service`.'),
    proposedScore: NullableScoreSchema,
    reasons: z
      .array(z.string())
      .describe('Why the facts lead to this score, one sentence each.'),
    facts: z.array(EvidenceFactSchema),
    collectedAt: z
      .string()
      .datetime({ offset: true })
      .describe('The collection that last confirmed the proposal.'),
    changedAt: z
      .string()
      .datetime({ offset: true })
      .describe('The collection that last changed its score or facts.'),
    difference: z
      .number()
      .int()
      .describe(
        'The proposed score minus the confirmed (current) score of the vector; absent when either is missing.',
      )
      .optional(),
    ceiling: ScoreSchema.optional(),
    dismissed: EvidenceDismissalSchema.optional(),
  })
  .strict()
  .describe(
    "What one evidence provider's facts propose for one vector of an entity, as its last collection stored it; a person confirms the proposal, overrides it or leaves it.",
  );

/** Checks a value against the `Scorecard` model. @public */
export const ScorecardSchema = z
  .object({
    entityRef: z.string(),
    rubricVersion: z.string(),
    level: EntityLevelSchema,
    vectors: z.array(VectorScorecardEntrySchema),
    gaps: z.array(TargetGapSchema),
    evidence: z
      .array(VectorEvidenceSchema)
      .describe(
        'What evidence providers propose, one item per vector and provider, for a person to confirm or override. Only the single-entity scorecard (and the one an assessment answers with) carries it, and only when there is evidence; bulk scorecards leave it out.',
      )
      .optional(),
  })
  .strict()
  .describe("An entity's maturity at a glance.");

/** Checks a value against the `ProposalDecision` model. @public */
export const ProposalDecisionSchema = z
  .object({
    vector: VectorIdSchema,
    provider: z.string().min(1).max(64),
    proposedScore: ScoreSchema,
    comment: z
      .string()
      .max(4000)
      .describe("Accepting only; kept as the assessment's comment.")
      .optional(),
    reason: z
      .string()
      .regex(new RegExp('\\S'))
      .min(1)
      .max(1000)
      .describe(
        'Dismissing only, and required there; why the proposal is not taken.',
      )
      .optional(),
  })
  .strict()
  .describe(
    "Names one proposal of an entity's scorecard: the vector, the provider and the score the caller saw, so a proposal that changed meanwhile is not decided blindly (409).",
  );

/** Checks a value against the `ChangeStep` model. @public */
export const ChangeStepSchema = z
  .object({
    at: z.string().datetime({ offset: true }),
    kind: z
      .enum(['assessment', 'rubric', 'evidence', 'joined', 'left', 'moved'])
      .describe(
        '`assessment` (a score given), `rubric` (a score given under another rubric than the one before), `evidence` (a proposal changed), `joined` / `left` (the entity came into or left the scope, or the catalog), `moved` (the entity moved between scopes).',
      ),
    entityRef: z.string(),
    vector: z.string().optional(),
    score: NullableScoreSchema.optional(),
    previousScore: NullableScoreSchema.optional(),
    by: z
      .string()
      .describe('Who gave the score, or which provider proposed it.')
      .optional(),
    text: z
      .string()
      .describe(
        'The step in a sentence, e.g. `api: Documentation 2 → 3 (assessment, jo)`.',
      ),
  })
  .strict()
  .describe('One thing that moved a score or a roll-up.');

/** Checks a value against the `ChangeExplanation` model. @public */
export const ChangeExplanationSchema = z
  .object({
    ref: z.string(),
    vector: z.string(),
    from: z.string().datetime({ offset: true }),
    to: z.string().datetime({ offset: true }),
    steps: z.array(ChangeStepSchema).max(200),
    hiddenSteps: z
      .number()
      .int()
      .describe('Steps of entities the caller may not read, left out.'),
    truncated: z
      .boolean()
      .describe(
        'The window held more steps than one answer; the latest are kept.',
      ),
  })
  .strict()
  .describe('Why a score or roll-up moved between `from` and `to`.');

/** Checks a value against the `AssessmentScoreInput` model. @public */
export const AssessmentScoreInputSchema = z
  .object({
    vector: VectorIdSchema,
    score: ScoreSchema,
    rationale: z.string().max(2000).optional(),
  })
  .strict()
  .describe('The score of one vector within an assessment.');

/** Checks a value against the `AssessmentRequest` model. @public */
export const AssessmentRequestSchema = z
  .object({
    scores: z.array(AssessmentScoreInputSchema).min(1).max(15),
    comment: z.string().max(4000).optional(),
    source: z
      .literal('assessment')
      .describe(
        'Only `assessment` (the default) may be given; the plugin sets `action`, `evidence` and `import` itself, from who is calling.',
      )
      .optional(),
    idempotencyKey: z
      .string()
      .min(1)
      .max(200)
      .describe(
        'Lets a retried request return the first result instead of storing twice.',
      )
      .optional(),
  })
  .strict()
  .describe(
    'New scores for some or all vectors of one entity; each vector at most once.',
  );

/** Checks a value against the `ImportedAssessment` model. @public */
export const ImportedAssessmentSchema = z
  .object({
    entityRef: z
      .string()
      .min(1)
      .max(255)
      .describe('The assessed entity, a component or resource in the catalog.'),
    assessedBy: z
      .string()
      .min(1)
      .max(255)
      .describe('The user entity ref of the person who gave the scores.'),
    assessedAt: z
      .string()
      .datetime({ offset: true })
      .describe('When the scores were given; not in the future.'),
    rubricVersion: z
      .string()
      .min(1)
      .max(32)
      .describe(
        'The rubric the scores were given under; the current one when omitted.',
      )
      .optional(),
    comment: z.string().max(4000).optional(),
    scores: z.array(AssessmentScoreInputSchema).min(1).max(15),
    idempotencyKey: z
      .string()
      .min(1)
      .max(200)
      .describe(
        'Identifies the assessment at its source; an item whose key was imported before is skipped.',
      ),
  })
  .strict()
  .describe(
    'An assessment made in the past, elsewhere or before the plugin was installed.',
  );

/** Checks a value against the `ImportRequest` model. @public */
export const ImportRequestSchema = z
  .object({ assessments: z.array(ImportedAssessmentSchema).min(1).max(500) })
  .strict();

/** Checks a value against the `ImportResult` model. @public */
export const ImportResultSchema = z
  .object({
    imported: z.number().int().describe('Assessments stored by this request.'),
    skipped: z
      .number()
      .int()
      .describe('Assessments whose idempotency key had been imported before.'),
  })
  .strict();

/** Checks a value against the `PushedFact` model. @public */
export const PushedFactSchema = z
  .object({
    entityRef: z
      .string()
      .min(1)
      .max(255)
      .describe(
        'The entity the fact is about, a component or resource in the catalog.',
      ),
    key: z
      .string()
      .regex(new RegExp('^[a-z0-9]+(-[a-z0-9]+)*$'))
      .min(1)
      .max(100)
      .describe(
        'What was observed, in kebab-case, e.g. `dependency-currency`; fact rules name it.',
      ),
    value: z
      .any()
      .superRefine((x, ctx) => {
        const schemas = [z.number(), z.boolean(), z.string().max(500)];
        const { errors, failed } = schemas.reduce<{
          errors: z.ZodError[];
          failed: number;
        }>(
          ({ errors, failed }, schema) =>
            (result =>
              result.error
                ? {
                    errors: [...errors, result.error],
                    failed: failed + 1,
                  }
                : { errors, failed })(schema.safeParse(x)),
          { errors: [], failed: 0 },
        );
        const passed = schemas.length - failed;
        if (passed !== 1) {
          ctx.addIssue(
            errors.length
              ? {
                  path: ctx.path,
                  code: 'invalid_union',
                  unionErrors: errors,
                  message:
                    'Invalid input: Should pass single schema. Passed ' +
                    passed,
                }
              : {
                  path: ctx.path,
                  code: 'custom',
                  message:
                    'Invalid input: Should pass single schema. Passed ' +
                    passed,
                },
          );
        }
      })
      .describe('What was observed.'),
    observedAt: z
      .string()
      .datetime({ offset: true })
      .describe(
        'When it was true, not in the future; the time of the request when omitted.',
      )
      .optional(),
    source: z
      .string()
      .regex(new RegExp('\\S'))
      .min(1)
      .max(200)
      .describe('Which tool observed it, e.g. `ci:renovate`.'),
    text: z
      .string()
      .regex(new RegExp('\\S'))
      .min(1)
      .max(500)
      .describe(
        'A sentence for people, shown with the proposal; made from key and value when omitted.',
      )
      .optional(),
  })
  .strict()
  .describe(
    'One observation about a component or resource sent by a CI pipeline or another tool, e.g. the share of up-to-date dependencies from a dependency report. The latest value per entity, key and source is kept, with a history of changes; configured fact rules turn it into proposals of the `pushed` evidence provider.',
  );

/** Checks a value against the `FactsRequest` model. @public */
export const FactsRequestSchema = z
  .object({ facts: z.array(PushedFactSchema).min(1).max(500) })
  .strict();

/** Checks a value against the `FactsResult` model. @public */
export const FactsResultSchema = z
  .object({
    stored: z
      .number()
      .int()
      .describe(
        'Facts that were new or changed a value, each added to the history.',
      ),
    unchanged: z
      .number()
      .int()
      .describe(
        'Facts whose value was stored already (their time and text refresh it).',
      ),
  })
  .strict();

/** Checks a value against the `Assessment` model. @public */
export const AssessmentSchema = z
  .object({
    id: z.string(),
    entityRef: z.string(),
    createdBy: z
      .string()
      .describe('Entity ref of whoever made the assessment.'),
    createdAt: z.string().datetime({ offset: true }),
    comment: z.string().optional(),
    source: ScoreSourceSchema,
    rubricVersion: z.string(),
    scores: z.array(AssessmentScoreInputSchema),
    evidence: VectorEvidenceSchema.optional(),
  })
  .strict()
  .describe('A stored assessment of one entity.');

/** Checks a value against the `AssessmentResult` model. @public */
export const AssessmentResultSchema = z
  .object({ assessment: AssessmentSchema, scorecard: ScorecardSchema })
  .strict()
  .describe(
    "The stored assessment together with the entity's scorecard after it.",
  );

/** Checks a value against the `AssessmentPage` model. @public */
export const AssessmentPageSchema = z
  .object({
    items: z.array(AssessmentSchema),
    nextCursor: z
      .string()
      .describe(
        'Pass as `cursor` to fetch the next page; absent on the last page.',
      )
      .optional(),
  })
  .strict()
  .describe("One page of an entity's assessments, newest first.");

/** Checks a value against the `HistoryPoint` model. @public */
export const HistoryPointSchema = z
  .object({
    at: z.string().datetime({ offset: true }),
    score: ScoreSchema,
    source: ScoreSourceSchema,
    recordedBy: z.string(),
    rubricVersion: z.string(),
    rationale: z.string().optional(),
  })
  .strict()
  .describe('One recorded score of a vector.');

/** Checks a value against the `HistorySeries` model. @public */
export const HistorySeriesSchema = z
  .object({ vector: VectorIdSchema, points: z.array(HistoryPointSchema) })
  .strict()
  .describe('The recorded scores of one vector, oldest first.');

/** Checks a value against the `ScoreHistory` model. @public */
export const ScoreHistorySchema = z
  .object({
    entityRef: z.string(),
    series: z.array(HistorySeriesSchema),
    nextCursor: z
      .string()
      .describe(
        'Pass as `cursor` to fetch the next page; absent on the last page.',
      )
      .optional(),
  })
  .strict()
  .describe('The score history of an entity, one series per vector.');

/** Checks a value against the `ScorecardsRequest` model. @public */
export const ScorecardsRequestSchema = z
  .object({
    entityRefs: z.array(z.string()).min(1).max(1000),
    limit: z.number().int().gte(1).lte(500).optional(),
    cursor: z.string().max(512).optional(),
  })
  .strict()
  .describe('The entities whose scorecards to read, a page at a time.');

/** Checks a value against the `ScorecardsResponse` model. @public */
export const ScorecardsResponseSchema = z
  .object({
    items: z.array(ScorecardSchema),
    notFound: z.array(z.string()),
    nextCursor: z
      .string()
      .describe(
        'Pass as `cursor` to fetch the next page; absent on the last page.',
      )
      .optional(),
  })
  .strict()
  .describe(
    'One page of scorecards and the requested refs that match no entity.',
  );

/** Checks a value against the `Distribution` model. @public */
export const DistributionSchema = z
  .array(z.number().int().gte(0))
  .min(6)
  .max(6)
  .describe('How many scores (or levels) of 0, 1, 2, 3, 4 and 5.');

/** Checks a value against the `RollupRule` model. @public */
export const RollupRuleSchema = z.enum(['mean', 'min', 'weighted', 'p25']);

/** Checks a value against the `RollupVector` model. @public */
export const RollupVectorSchema = z
  .object({
    vector: VectorIdSchema,
    rule: RollupRuleSchema,
    value: z
      .union([
        z
          .number()
          .describe(
            "The vector's roll-up under its rule; null when nothing is assessed.",
          ),
        z
          .null()
          .describe(
            "The vector's roll-up under its rule; null when nothing is assessed.",
          ),
      ])
      .describe(
        "The vector's roll-up under its rule; null when nothing is assessed.",
      ),
    min: z.union([z.number(), z.null()]),
    max: z.union([z.number(), z.null()]),
    assessed: z.number().int(),
    stale: z.number().int(),
    distribution: DistributionSchema,
    confidence: z
      .union([
        z
          .number()
          .gte(0)
          .lte(1)
          .describe(
            "The mean confidence of the assessed scores, as the last confidence run (`maturity-confidence`) found it per score level, weighted by today's counts; null before the first run or when nothing is assessed. With `maturity.rollups.weightByConfidence` the value is weighted by it too.",
          ),
        z
          .null()
          .describe(
            "The mean confidence of the assessed scores, as the last confidence run (`maturity-confidence`) found it per score level, weighted by today's counts; null before the first run or when nothing is assessed. With `maturity.rollups.weightByConfidence` the value is weighted by it too.",
          ),
      ])
      .describe(
        "The mean confidence of the assessed scores, as the last confidence run (`maturity-confidence`) found it per score level, weighted by today's counts; null before the first run or when nothing is assessed. With `maturity.rollups.weightByConfidence` the value is weighted by it too.",
      )
      .optional(),
  })
  .strict();

/** Checks a value against the `ReassessList` model. @public */
export const ReassessListSchema = z
  .object({
    scopeRef: z.string(),
    totalItems: z
      .number()
      .int()
      .describe(
        'Entities of the scope due for an assessment, readable or not.',
      ),
    items: z.array(
      z
        .object({
          entityRef: z.string(),
          reason: z
            .enum(['never', 'stale', 'disputed', 'low-confidence'])
            .describe(
              '`never`: no vector scored yet; `stale`: at least one current score is older than `staleAfter`; `disputed`: a proposal no owner dismissed is `maturity.notifications.proposalGap` or more levels from a confirmed score; `low-confidence`: the mean confidence of its scores is below `maturity.confidence.lowBelow`. The last two are as of the last confidence run or assessment of the entity.',
            ),
          confidence: ConfidenceSchema.optional(),
          oldestScoreAt: z
            .string()
            .datetime({ offset: true })
            .describe(
              'When the oldest current score was recorded (absent when never scored).',
            )
            .optional(),
          level: z.union([z.number().int(), z.null()]).optional(),
        })
        .strict(),
    ),
  })
  .strict();

/** Checks a value against the `RollupHistory` model. @public */
export const RollupHistorySchema = z
  .object({
    scopeRef: z.string(),
    series: z.array(
      z
        .object({
          vector: z
            .string()
            .describe('A vector id, or `level` for the entity levels.'),
          points: z.array(
            z
              .object({
                day: z.string().date(),
                value: z.union([z.number(), z.null()]),
                assessed: z.number().int(),
                total: z.number().int(),
                stale: z.number().int(),
                distribution: DistributionSchema,
                backfilled: z
                  .boolean()
                  .describe(
                    'Present (true) when the point was computed later from the score history rather than taken on the day.',
                  )
                  .optional(),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

/** Checks a value against the `TaskRun` model. @public */
export const TaskRunSchema = z
  .object({
    task: z.string(),
    startedAt: z.string().datetime({ offset: true }),
    finishedAt: z.string().datetime({ offset: true }).optional(),
    durationMs: z.number().int().optional(),
    status: z.enum(['running', 'succeeded', 'failed']),
    summary: z.record(z.number()).optional(),
    error: z.string().optional(),
  })
  .strict();

/** Checks a value against the `StatusResponse` model. @public */
export const StatusResponseSchema = z
  .object({
    tasks: z.array(TaskRunSchema),
    entities: z
      .number()
      .int()
      .describe('Entities in the synced hierarchy that are in the catalog.'),
  })
  .strict();

/** Checks a value against the `RecordRunRequest` model. @public */
export const RecordRunRequestSchema = z
  .object({
    entityRef: z
      .string()
      .min(1)
      .max(255)
      .describe(
        'The entity the template ran for, e.g. `component:default/payments`.',
      ),
    templateRef: z
      .string()
      .min(1)
      .max(255)
      .describe('The template, e.g. `template:default/add-runbook`.'),
    taskId: z
      .string()
      .regex(new RegExp('\\S'))
      .min(1)
      .max(200)
      .describe(
        'The scaffolder task id; a repeat with the same task, template and entity is a replay.',
      ),
  })
  .strict()
  .describe('A scaffolder task ran a template against an entity.');

/** Checks a value against the `SelfServiceRun` model. @public */
export const SelfServiceRunSchema = z
  .object({
    id: z.string(),
    entityRef: z.string(),
    templateRef: z.string(),
    taskId: z.string(),
    runBy: z.string().describe('Entity ref of the user who started the task.'),
    ranAt: z.string().datetime({ offset: true }),
  })
  .strict()
  .describe('One recorded self-service run.');

/** Checks a value against the `RunCounts` model. @public */
export const RunCountsSchema = z
  .object({
    last30Days: z.number().int().gte(0),
    last90Days: z.number().int().gte(0),
  })
  .strict()
  .describe('Runs at or after now minus 30 days and now minus 90 days.');

/** Checks a value against the `SelfServiceUsage` model. @public */
export const SelfServiceUsageSchema = z
  .object({
    entityRef: z.string(),
    runs: RunCountsSchema,
    recent: z
      .array(SelfServiceRunSchema)
      .max(10)
      .describe('The latest runs, newest first.'),
  })
  .strict()
  .describe('How often self-service was used for one entity.');

/** Checks a value against the `TeamSelfServiceUsage` model. @public */
export const TeamSelfServiceUsageSchema = z
  .object({
    team: z.string().describe("The group's entity ref."),
    runs: RunCountsSchema,
    entities: z
      .array(
        z
          .object({
            entityRef: z.string(),
            last30Days: z.number().int().gte(0),
            last90Days: z.number().int().gte(0),
          })
          .strict(),
      )
      .describe(
        "The group's entities with runs in the last 90 days, most runs first.",
      ),
  })
  .strict()
  .describe('How often self-service was used for the entities a group owns.');

/** Checks a value against the `ExportRow` model. @public */
export const ExportRowSchema = z
  .object({
    entityRef: z.string(),
    vector: VectorIdSchema,
    score: ScoreSchema,
    stale: z.boolean(),
    recordedAt: z.string().datetime({ offset: true }),
    recordedBy: z.string(),
    source: ScoreSourceSchema,
    rubricVersion: z.string(),
    rationale: z.string().optional(),
  })
  .strict()
  .describe(
    'One current vector score of one entity, flattened for spreadsheets.',
  );
