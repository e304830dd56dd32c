// This file is generated from the backend's openapi.yaml by scripts/openapi-to-ts.mjs — do not edit.
// After changing openapi.yaml, run `yarn generate:openapi` in the backend package.
/* eslint-disable */

/**
 * The OpenAPI document of the plugin's HTTP API, as a constant: the backend validates requests
 * against it, and limits (lengths, counts, page sizes) are read from it.
 *
 * @public
 */
export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'maturity',
    version: '1',
    description:
      'Maturity scorecards for catalog entities: the 15 vectors and the 0–5 scale, the current scores and level of an entity, their history, new assessments, bulk reads and export.',
    license: {
      name: 'Apache-2.0',
      url: 'http://www.apache.org/licenses/LICENSE-2.0.html',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  components: {
    parameters: {
      kind: {
        name: 'kind',
        in: 'path',
        required: true,
        description: 'Kind of the entity, e.g. `component`.',
        schema: {
          type: 'string',
        },
      },
      namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        description: 'Namespace of the entity, e.g. `default`.',
        schema: {
          type: 'string',
        },
      },
      name: {
        name: 'name',
        in: 'path',
        required: true,
        description: 'Name of the entity.',
        schema: {
          type: 'string',
        },
      },
    },
    responses: {
      ErrorResponse: {
        description: 'The request failed; the body says why.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        description: 'The error body every Backstage backend returns.',
        required: ['error', 'response'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
                description:
                  'The error class, e.g. `InputError` or `NotFoundError`.',
              },
              message: {
                type: 'string',
              },
              stack: {
                type: 'string',
                description: 'Only outside production.',
              },
            },
          },
          request: {
            type: 'object',
            required: ['method', 'url'],
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
          },
          response: {
            type: 'object',
            required: ['statusCode'],
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
          },
        },
      },
      VectorId: {
        type: 'string',
        description: 'The stable kebab-case id of a maturity vector.',
        enum: [
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
        ],
      },
      Score: {
        type: 'integer',
        description: 'A value on the 0–5 maturity scale.',
        minimum: 0,
        maximum: 5,
      },
      NullableScore: {
        type: ['integer', 'null'],
        description:
          'A value on the 0–5 maturity scale, or null when there is none.',
        minimum: 0,
        maximum: 5,
      },
      ScoreSource: {
        type: 'string',
        description: 'Where a score came from.',
        enum: ['assessment', 'evidence', 'action', 'import'],
      },
      EntityLevelRule: {
        type: 'string',
        description:
          'The rule that turns the vector scores of an entity into its level.',
        enum: ['mean', 'weakest-link'],
      },
      VectorWeights: {
        type: 'object',
        description:
          'A weight per vector for the `mean` level rule; vectors left out weigh 1.',
        additionalProperties: false,
        properties: {
          supportability: {
            type: 'number',
            minimum: 0,
          },
          operability: {
            type: 'number',
            minimum: 0,
          },
          recoverability: {
            type: 'number',
            minimum: 0,
          },
          documentation: {
            type: 'number',
            minimum: 0,
          },
          architecture: {
            type: 'number',
            minimum: 0,
          },
          currency: {
            type: 'number',
            minimum: 0,
          },
          usability: {
            type: 'number',
            minimum: 0,
          },
          automation: {
            type: 'number',
            minimum: 0,
          },
          deployability: {
            type: 'number',
            minimum: 0,
          },
          stability: {
            type: 'number',
            minimum: 0,
          },
          community: {
            type: 'number',
            minimum: 0,
          },
          maturity: {
            type: 'number',
            minimum: 0,
          },
          'ease-of-use': {
            type: 'number',
            minimum: 0,
          },
          ubiquity: {
            type: 'number',
            minimum: 0,
          },
          happiness: {
            type: 'number',
            minimum: 0,
          },
        },
      },
      VectorMinimums: {
        type: 'object',
        description:
          'The minimum score per vector required by a target profile.',
        additionalProperties: false,
        properties: {
          supportability: {
            $ref: '#/components/schemas/Score',
          },
          operability: {
            $ref: '#/components/schemas/Score',
          },
          recoverability: {
            $ref: '#/components/schemas/Score',
          },
          documentation: {
            $ref: '#/components/schemas/Score',
          },
          architecture: {
            $ref: '#/components/schemas/Score',
          },
          currency: {
            $ref: '#/components/schemas/Score',
          },
          usability: {
            $ref: '#/components/schemas/Score',
          },
          automation: {
            $ref: '#/components/schemas/Score',
          },
          deployability: {
            $ref: '#/components/schemas/Score',
          },
          stability: {
            $ref: '#/components/schemas/Score',
          },
          community: {
            $ref: '#/components/schemas/Score',
          },
          maturity: {
            $ref: '#/components/schemas/Score',
          },
          'ease-of-use': {
            $ref: '#/components/schemas/Score',
          },
          ubiquity: {
            $ref: '#/components/schemas/Score',
          },
          happiness: {
            $ref: '#/components/schemas/Score',
          },
        },
      },
      MaturityVector: {
        type: 'object',
        description: 'One dimension on which an entity is scored from 0 to 5.',
        additionalProperties: false,
        required: ['id', 'title', 'description', 'subjective', 'levelHints'],
        properties: {
          id: {
            $ref: '#/components/schemas/VectorId',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          subjective: {
            type: 'boolean',
            description:
              'True when several people may rate it and the score is their median.',
          },
          levelHints: {
            type: 'array',
            description:
              'What a score of 0, 1, 2, 3, 4 and 5 looks like, indexed by score.',
            minItems: 6,
            maxItems: 6,
            items: {
              type: 'string',
            },
          },
        },
      },
      MaturityLevel: {
        type: 'object',
        description:
          'One step of the 0–5 scale shared by vector scores and entity levels.',
        additionalProperties: false,
        required: ['value', 'name', 'description'],
        properties: {
          value: {
            $ref: '#/components/schemas/Score',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
        },
      },
      TargetProfile: {
        type: 'object',
        description:
          'Minimum scores for the entities of some tiers and lifecycles.',
        additionalProperties: false,
        required: ['name', 'minimums'],
        properties: {
          name: {
            type: 'string',
          },
          tiers: {
            type: 'array',
            description: 'The tiers it applies to; every tier when absent.',
            items: {
              type: 'string',
            },
          },
          lifecycles: {
            type: 'array',
            description:
              'The lifecycles it applies to; every lifecycle when absent.',
            items: {
              type: 'string',
            },
          },
          minimums: {
            $ref: '#/components/schemas/VectorMinimums',
          },
        },
      },
      MaturityRules: {
        type: 'object',
        description: 'The configured rules the service scores with.',
        additionalProperties: false,
        required: ['level', 'staleAfterDays', 'targets'],
        properties: {
          level: {
            type: 'object',
            additionalProperties: false,
            required: ['rule', 'minCoverage', 'weights'],
            properties: {
              rule: {
                $ref: '#/components/schemas/EntityLevelRule',
              },
              minCoverage: {
                type: 'number',
                description:
                  'The share of vectors (0 to 1) that must be scored for a level.',
                minimum: 0,
                maximum: 1,
              },
              weights: {
                $ref: '#/components/schemas/VectorWeights',
              },
            },
          },
          staleAfterDays: {
            type: 'number',
            description: 'Scores older than this many days are marked stale.',
            minimum: 0,
          },
          targets: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TargetProfile',
            },
          },
        },
      },
      VectorsResponse: {
        type: 'object',
        description:
          'The rubric in force — vectors, levels and rubric version — and the scoring rules.',
        additionalProperties: false,
        required: ['rubricVersion', 'vectors', 'levels', 'rules'],
        properties: {
          rubricVersion: {
            type: 'string',
          },
          vectors: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/MaturityVector',
            },
          },
          levels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/MaturityLevel',
            },
          },
          rules: {
            $ref: '#/components/schemas/MaturityRules',
          },
        },
      },
      RatingSpread: {
        type: 'object',
        description:
          'For a subjective vector, how many people rated it and how far apart they are.',
        additionalProperties: false,
        required: ['count', 'min', 'max', 'spread'],
        properties: {
          count: {
            type: 'integer',
            minimum: 0,
          },
          min: {
            $ref: '#/components/schemas/Score',
          },
          max: {
            $ref: '#/components/schemas/Score',
          },
          spread: {
            $ref: '#/components/schemas/Score',
          },
        },
      },
      VectorScorecardEntry: {
        type: 'object',
        description: 'The current state of one vector of an entity.',
        additionalProperties: false,
        required: ['vector', 'score', 'stale'],
        properties: {
          vector: {
            $ref: '#/components/schemas/VectorId',
          },
          score: {
            $ref: '#/components/schemas/NullableScore',
          },
          stale: {
            type: 'boolean',
            description:
              'True when the score is older than the configured staleness limit.',
          },
          recordedAt: {
            type: 'string',
            format: 'date-time',
          },
          recordedBy: {
            type: 'string',
            description: 'Entity ref of whoever recorded the score.',
          },
          source: {
            $ref: '#/components/schemas/ScoreSource',
          },
          rationale: {
            type: 'string',
          },
          rubricVersion: {
            type: 'string',
          },
          ratings: {
            $ref: '#/components/schemas/RatingSpread',
          },
          confidence: {
            $ref: '#/components/schemas/Confidence',
            description:
              'How far the score can be trusted today: it halves every `maturity.confidence.halfLife` and is scaled by how well the evidence agrees with it. Only the single-entity scorecard carries it, for scored vectors.',
          },
        },
      },
      Confidence: {
        type: 'number',
        description:
          'Confidence from 0 (none) to 1 (a score just given, with facts that agree), two decimals.',
        minimum: 0,
        maximum: 1,
      },
      EntityLevel: {
        type: 'object',
        description:
          'The single 0–5 level of an entity and how it was reached.',
        additionalProperties: false,
        required: ['value', 'rule', 'coverage', 'pulledDownBy'],
        properties: {
          value: {
            $ref: '#/components/schemas/NullableScore',
          },
          rule: {
            $ref: '#/components/schemas/EntityLevelRule',
          },
          coverage: {
            type: 'number',
            description: 'The share of vectors (0 to 1) that have a score.',
            minimum: 0,
            maximum: 1,
          },
          pulledDownBy: {
            type: 'array',
            description: 'The vectors that hold the level down.',
            items: {
              $ref: '#/components/schemas/VectorId',
            },
          },
        },
      },
      TargetGap: {
        type: 'object',
        description:
          'A vector on which an entity is below a target profile that applies to it.',
        additionalProperties: false,
        required: ['target', 'vector', 'required', 'actual'],
        properties: {
          target: {
            type: 'string',
            description: 'The name of the target profile.',
          },
          vector: {
            $ref: '#/components/schemas/VectorId',
          },
          required: {
            $ref: '#/components/schemas/Score',
          },
          actual: {
            $ref: '#/components/schemas/NullableScore',
          },
        },
      },
      Scorecard: {
        type: 'object',
        description: "An entity's maturity at a glance.",
        additionalProperties: false,
        required: ['entityRef', 'rubricVersion', 'level', 'vectors', 'gaps'],
        properties: {
          entityRef: {
            type: 'string',
          },
          rubricVersion: {
            type: 'string',
          },
          level: {
            $ref: '#/components/schemas/EntityLevel',
          },
          vectors: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/VectorScorecardEntry',
            },
          },
          gaps: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TargetGap',
            },
          },
          evidence: {
            type: 'array',
            description:
              'What evidence providers propose, one item per vector and provider, for a person to confirm or override. Only the single-entity scorecard (and the one an assessment answers with) carries it, and only when there is evidence; bulk scorecards leave it out.',
            items: {
              $ref: '#/components/schemas/VectorEvidence',
            },
          },
        },
      },
      VectorEvidence: {
        type: 'object',
        description:
          "What one evidence provider's facts propose for one vector of an entity, as its last collection stored it; a person confirms the proposal, overrides it or leaves it.",
        additionalProperties: false,
        required: [
          'vector',
          'provider',
          'proposedScore',
          'reasons',
          'facts',
          'collectedAt',
          'changedAt',
        ],
        properties: {
          vector: {
            $ref: '#/components/schemas/VectorId',
          },
          provider: {
            type: 'string',
            description:
              'The id of the provider, e.g. `catalog` or `self-service`.',
          },
          proposedScore: {
            $ref: '#/components/schemas/NullableScore',
            description:
              'The score the facts suggest, or null when they are too thin to suggest one.',
          },
          reasons: {
            type: 'array',
            description: 'Why the facts lead to this score, one sentence each.',
            items: {
              type: 'string',
            },
          },
          facts: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EvidenceFact',
            },
          },
          collectedAt: {
            type: 'string',
            format: 'date-time',
            description: 'The collection that last confirmed the proposal.',
          },
          changedAt: {
            type: 'string',
            format: 'date-time',
            description: 'The collection that last changed its score or facts.',
          },
          difference: {
            type: 'integer',
            description:
              'The proposed score minus the confirmed (current) score of the vector; absent when either is missing.',
          },
          ceiling: {
            $ref: '#/components/schemas/Score',
            description:
              'The highest score this provider can propose; at the ceiling below the confirmed score a proposal backs the score up instead of disputing it.',
          },
          dismissed: {
            $ref: '#/components/schemas/EvidenceDismissal',
            description:
              "Set while an owner's dismissal of this very score holds.",
          },
        },
      },
      EvidenceDismissal: {
        type: 'object',
        description:
          "An owner's decision not to take a proposal, with the reason.",
        additionalProperties: false,
        required: ['by', 'at', 'reason'],
        properties: {
          by: {
            type: 'string',
            description: 'The user entity ref of who dismissed it.',
          },
          at: {
            type: 'string',
            format: 'date-time',
          },
          reason: {
            type: 'string',
          },
        },
      },
      ProposalDecision: {
        type: 'object',
        description:
          "Names one proposal of an entity's scorecard: the vector, the provider and the score the caller saw, so a proposal that changed meanwhile is not decided blindly (409).",
        additionalProperties: false,
        required: ['vector', 'provider', 'proposedScore'],
        properties: {
          vector: {
            $ref: '#/components/schemas/VectorId',
          },
          provider: {
            type: 'string',
            minLength: 1,
            maxLength: 64,
          },
          proposedScore: {
            $ref: '#/components/schemas/Score',
          },
          comment: {
            type: 'string',
            maxLength: 4000,
            description: "Accepting only; kept as the assessment's comment.",
          },
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 1000,
            pattern: '\\S',
            description:
              'Dismissing only, and required there; why the proposal is not taken.',
          },
        },
      },
      ChangeStep: {
        type: 'object',
        description: 'One thing that moved a score or a roll-up.',
        additionalProperties: false,
        required: ['at', 'kind', 'entityRef', 'text'],
        properties: {
          at: {
            type: 'string',
            format: 'date-time',
          },
          kind: {
            type: 'string',
            description:
              '`assessment` (a score given), `rubric` (a score given under another rubric than the one before), `evidence` (a proposal changed), `joined` / `left` (the entity came into or left the scope, or the catalog), `moved` (the entity moved between scopes).',
            enum: [
              'assessment',
              'rubric',
              'evidence',
              'joined',
              'left',
              'moved',
            ],
          },
          entityRef: {
            type: 'string',
          },
          vector: {
            type: 'string',
          },
          score: {
            $ref: '#/components/schemas/NullableScore',
          },
          previousScore: {
            $ref: '#/components/schemas/NullableScore',
          },
          by: {
            type: 'string',
            description: 'Who gave the score, or which provider proposed it.',
          },
          text: {
            type: 'string',
            description:
              'The step in a sentence, e.g. `api: Documentation 2 → 3 (assessment, jo)`.',
          },
        },
      },
      ChangeExplanation: {
        type: 'object',
        description: 'Why a score or roll-up moved between `from` and `to`.',
        additionalProperties: false,
        required: [
          'ref',
          'vector',
          'from',
          'to',
          'steps',
          'hiddenSteps',
          'truncated',
        ],
        properties: {
          ref: {
            type: 'string',
          },
          vector: {
            type: 'string',
          },
          from: {
            type: 'string',
            format: 'date-time',
          },
          to: {
            type: 'string',
            format: 'date-time',
          },
          steps: {
            type: 'array',
            maxItems: 200,
            items: {
              $ref: '#/components/schemas/ChangeStep',
            },
          },
          hiddenSteps: {
            type: 'integer',
            description: 'Steps of entities the caller may not read, left out.',
          },
          truncated: {
            type: 'boolean',
            description:
              'The window held more steps than one answer; the latest are kept.',
          },
        },
      },
      EvidenceFact: {
        type: 'object',
        description: 'One observation behind a proposal.',
        additionalProperties: false,
        required: ['key', 'value', 'text', 'observedAt', 'source'],
        properties: {
          key: {
            type: 'string',
            description:
              'Names the fact within its provider, e.g. `techdocs` or `dependents`.',
          },
          value: {
            description: 'What was observed.',
            oneOf: [
              {
                type: 'number',
              },
              {
                type: 'boolean',
              },
              {
                type: 'string',
              },
            ],
          },
          text: {
            type: 'string',
            description:
              'A sentence for people, e.g. `3 self-service runs in the last 90 days`.',
          },
          observedAt: {
            type: 'string',
            format: 'date-time',
            description: 'When it was true, e.g. the time of a CI report.',
          },
          source: {
            type: 'string',
            description:
              'Where it came from, e.g. `catalog`, `self-service` or a CI job.',
          },
        },
      },
      AssessmentScoreInput: {
        type: 'object',
        description: 'The score of one vector within an assessment.',
        additionalProperties: false,
        required: ['vector', 'score'],
        properties: {
          vector: {
            $ref: '#/components/schemas/VectorId',
          },
          score: {
            $ref: '#/components/schemas/Score',
          },
          rationale: {
            type: 'string',
            maxLength: 2000,
          },
        },
      },
      AssessmentRequest: {
        type: 'object',
        description:
          'New scores for some or all vectors of one entity; each vector at most once.',
        additionalProperties: false,
        required: ['scores'],
        properties: {
          scores: {
            type: 'array',
            minItems: 1,
            maxItems: 15,
            items: {
              $ref: '#/components/schemas/AssessmentScoreInput',
            },
          },
          comment: {
            type: 'string',
            maxLength: 4000,
          },
          source: {
            type: 'string',
            description:
              'Only `assessment` (the default) may be given; the plugin sets `action`, `evidence` and `import` itself, from who is calling.',
            enum: ['assessment'],
          },
          idempotencyKey: {
            type: 'string',
            description:
              'Lets a retried request return the first result instead of storing twice.',
            minLength: 1,
            maxLength: 200,
          },
        },
      },
      ImportedAssessment: {
        type: 'object',
        description:
          'An assessment made in the past, elsewhere or before the plugin was installed.',
        additionalProperties: false,
        required: [
          'entityRef',
          'assessedBy',
          'assessedAt',
          'scores',
          'idempotencyKey',
        ],
        properties: {
          entityRef: {
            description:
              'The assessed entity, a component or resource in the catalog.',
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          assessedBy: {
            description:
              'The user entity ref of the person who gave the scores.',
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          assessedAt: {
            description: 'When the scores were given; not in the future.',
            type: 'string',
            format: 'date-time',
          },
          rubricVersion: {
            description:
              'The rubric the scores were given under; the current one when omitted.',
            type: 'string',
            minLength: 1,
            maxLength: 32,
          },
          comment: {
            type: 'string',
            maxLength: 4000,
          },
          scores: {
            type: 'array',
            minItems: 1,
            maxItems: 15,
            items: {
              $ref: '#/components/schemas/AssessmentScoreInput',
            },
          },
          idempotencyKey: {
            description:
              'Identifies the assessment at its source; an item whose key was imported before is skipped.',
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
        },
      },
      ImportRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['assessments'],
        properties: {
          assessments: {
            type: 'array',
            minItems: 1,
            maxItems: 500,
            items: {
              $ref: '#/components/schemas/ImportedAssessment',
            },
          },
        },
      },
      ImportResult: {
        type: 'object',
        additionalProperties: false,
        required: ['imported', 'skipped'],
        properties: {
          imported: {
            description: 'Assessments stored by this request.',
            type: 'integer',
          },
          skipped: {
            description:
              'Assessments whose idempotency key had been imported before.',
            type: 'integer',
          },
        },
      },
      PushedFact: {
        type: 'object',
        description:
          'One observation about a component or resource sent by a CI pipeline or another tool, e.g. the share of up-to-date dependencies from a dependency report. The latest value per entity, key and source is kept, with a history of changes; configured fact rules turn it into proposals of the `pushed` evidence provider.',
        additionalProperties: false,
        required: ['entityRef', 'key', 'value', 'source'],
        properties: {
          entityRef: {
            description:
              'The entity the fact is about, a component or resource in the catalog.',
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          key: {
            description:
              'What was observed, in kebab-case, e.g. `dependency-currency`; fact rules name it.',
            type: 'string',
            minLength: 1,
            maxLength: 100,
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
          },
          value: {
            description: 'What was observed.',
            oneOf: [
              {
                type: 'number',
              },
              {
                type: 'boolean',
              },
              {
                type: 'string',
                maxLength: 500,
              },
            ],
          },
          observedAt: {
            description:
              'When it was true, not in the future; the time of the request when omitted.',
            type: 'string',
            format: 'date-time',
          },
          source: {
            description: 'Which tool observed it, e.g. `ci:renovate`.',
            type: 'string',
            minLength: 1,
            maxLength: 200,
            pattern: '\\S',
          },
          text: {
            description:
              'A sentence for people, shown with the proposal; made from key and value when omitted.',
            type: 'string',
            minLength: 1,
            maxLength: 500,
            pattern: '\\S',
          },
        },
      },
      FactsRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['facts'],
        properties: {
          facts: {
            type: 'array',
            minItems: 1,
            maxItems: 500,
            items: {
              $ref: '#/components/schemas/PushedFact',
            },
          },
        },
      },
      FactsResult: {
        type: 'object',
        additionalProperties: false,
        required: ['stored', 'unchanged'],
        properties: {
          stored: {
            description:
              'Facts that were new or changed a value, each added to the history.',
            type: 'integer',
          },
          unchanged: {
            description:
              'Facts whose value was stored already (their time and text refresh it).',
            type: 'integer',
          },
        },
      },
      Assessment: {
        type: 'object',
        description: 'A stored assessment of one entity.',
        additionalProperties: false,
        required: [
          'id',
          'entityRef',
          'createdBy',
          'createdAt',
          'source',
          'rubricVersion',
          'scores',
        ],
        properties: {
          id: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          createdBy: {
            type: 'string',
            description: 'Entity ref of whoever made the assessment.',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          comment: {
            type: 'string',
          },
          source: {
            $ref: '#/components/schemas/ScoreSource',
          },
          rubricVersion: {
            type: 'string',
          },
          scores: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AssessmentScoreInput',
            },
          },
          evidence: {
            $ref: '#/components/schemas/VectorEvidence',
            description:
              'The proposal an accepted assessment (source `evidence`) took, as it was then.',
          },
        },
      },
      AssessmentResult: {
        type: 'object',
        description:
          "The stored assessment together with the entity's scorecard after it.",
        additionalProperties: false,
        required: ['assessment', 'scorecard'],
        properties: {
          assessment: {
            $ref: '#/components/schemas/Assessment',
          },
          scorecard: {
            $ref: '#/components/schemas/Scorecard',
          },
        },
      },
      AssessmentPage: {
        type: 'object',
        description: "One page of an entity's assessments, newest first.",
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Assessment',
            },
          },
          nextCursor: {
            type: 'string',
            description:
              'Pass as `cursor` to fetch the next page; absent on the last page.',
          },
        },
      },
      HistoryPoint: {
        type: 'object',
        description: 'One recorded score of a vector.',
        additionalProperties: false,
        required: ['at', 'score', 'source', 'recordedBy', 'rubricVersion'],
        properties: {
          at: {
            type: 'string',
            format: 'date-time',
          },
          score: {
            $ref: '#/components/schemas/Score',
          },
          source: {
            $ref: '#/components/schemas/ScoreSource',
          },
          recordedBy: {
            type: 'string',
          },
          rubricVersion: {
            type: 'string',
          },
          rationale: {
            type: 'string',
          },
        },
      },
      HistorySeries: {
        type: 'object',
        description: 'The recorded scores of one vector, oldest first.',
        additionalProperties: false,
        required: ['vector', 'points'],
        properties: {
          vector: {
            $ref: '#/components/schemas/VectorId',
          },
          points: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/HistoryPoint',
            },
          },
        },
      },
      ScoreHistory: {
        type: 'object',
        description: 'The score history of an entity, one series per vector.',
        additionalProperties: false,
        required: ['entityRef', 'series'],
        properties: {
          entityRef: {
            type: 'string',
          },
          series: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/HistorySeries',
            },
          },
          nextCursor: {
            type: 'string',
            description:
              'Pass as `cursor` to fetch the next page; absent on the last page.',
          },
        },
      },
      ScorecardsRequest: {
        type: 'object',
        description: 'The entities whose scorecards to read, a page at a time.',
        additionalProperties: false,
        required: ['entityRefs'],
        properties: {
          entityRefs: {
            type: 'array',
            minItems: 1,
            maxItems: 1000,
            items: {
              type: 'string',
            },
          },
          limit: {
            type: 'integer',
            minimum: 1,
            maximum: 500,
          },
          cursor: {
            type: 'string',
            maxLength: 512,
          },
        },
      },
      ScorecardsResponse: {
        type: 'object',
        description:
          'One page of scorecards and the requested refs that match no entity.',
        additionalProperties: false,
        required: ['items', 'notFound'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Scorecard',
            },
          },
          notFound: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          nextCursor: {
            type: 'string',
            description:
              'Pass as `cursor` to fetch the next page; absent on the last page.',
          },
        },
      },
      Distribution: {
        type: 'array',
        description: 'How many scores (or levels) of 0, 1, 2, 3, 4 and 5.',
        items: {
          type: 'integer',
          minimum: 0,
        },
        minItems: 6,
        maxItems: 6,
      },
      RollupRule: {
        type: 'string',
        enum: ['mean', 'min', 'weighted', 'p25'],
      },
      RollupVector: {
        type: 'object',
        additionalProperties: false,
        required: [
          'vector',
          'rule',
          'value',
          'min',
          'max',
          'assessed',
          'stale',
          'distribution',
        ],
        properties: {
          vector: {
            $ref: '#/components/schemas/VectorId',
          },
          rule: {
            $ref: '#/components/schemas/RollupRule',
          },
          value: {
            description:
              "The vector's roll-up under its rule; null when nothing is assessed.",
            type: ['number', 'null'],
          },
          min: {
            type: ['number', 'null'],
          },
          max: {
            type: ['number', 'null'],
          },
          assessed: {
            type: 'integer',
          },
          stale: {
            type: 'integer',
          },
          distribution: {
            $ref: '#/components/schemas/Distribution',
          },
          confidence: {
            description:
              "The mean confidence of the assessed scores, as the last confidence run (`maturity-confidence`) found it per score level, weighted by today's counts; null before the first run or when nothing is assessed. With `maturity.rollups.weightByConfidence` the value is weighted by it too.",
            type: ['number', 'null'],
            minimum: 0,
            maximum: 1,
          },
        },
      },
      Rollup: {
        type: 'object',
        additionalProperties: false,
        required: ['scope', 'entities', 'level', 'vectors', 'pulledDownBy'],
        properties: {
          scope: {
            type: 'object',
            additionalProperties: false,
            required: ['entityRef', 'kind'],
            properties: {
              entityRef: {
                type: 'string',
              },
              kind: {
                type: 'string',
              },
              title: {
                type: 'string',
              },
            },
          },
          entities: {
            type: 'object',
            additionalProperties: false,
            required: ['total', 'assessed', 'stale'],
            properties: {
              total: {
                type: 'integer',
              },
              assessed: {
                description: 'Entities with at least one score.',
                type: 'integer',
              },
              stale: {
                description: 'Entities with at least one stale score.',
                type: 'integer',
              },
            },
          },
          level: {
            type: 'object',
            additionalProperties: false,
            required: ['mean', 'distribution'],
            properties: {
              mean: {
                type: ['number', 'null'],
              },
              distribution: {
                $ref: '#/components/schemas/Distribution',
              },
            },
          },
          vectors: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RollupVector',
            },
          },
          pulledDownBy: {
            description: 'The lowest-level entities of the scope.',
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['entityRef', 'level'],
              properties: {
                entityRef: {
                  type: 'string',
                },
                level: {
                  type: 'integer',
                },
              },
            },
          },
          children: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Rollup',
            },
          },
        },
      },
      ReassessList: {
        type: 'object',
        additionalProperties: false,
        required: ['scopeRef', 'items', 'totalItems'],
        properties: {
          scopeRef: {
            type: 'string',
          },
          totalItems: {
            description:
              'Entities of the scope due for an assessment, readable or not.',
            type: 'integer',
          },
          items: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['entityRef', 'reason'],
              properties: {
                entityRef: {
                  type: 'string',
                },
                reason: {
                  description:
                    '`never`: no vector scored yet; `stale`: at least one current score is older than `staleAfter`; `disputed`: a proposal no owner dismissed is `maturity.notifications.proposalGap` or more levels from a confirmed score; `low-confidence`: the mean confidence of its scores is below `maturity.confidence.lowBelow`. The last two are as of the last confidence run or assessment of the entity.',
                  type: 'string',
                  enum: ['never', 'stale', 'disputed', 'low-confidence'],
                },
                confidence: {
                  $ref: '#/components/schemas/Confidence',
                },
                oldestScoreAt: {
                  description:
                    'When the oldest current score was recorded (absent when never scored).',
                  type: 'string',
                  format: 'date-time',
                },
                level: {
                  type: ['integer', 'null'],
                },
              },
            },
          },
        },
      },
      RollupPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'totalItems'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Rollup',
            },
          },
          totalItems: {
            type: 'integer',
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      RollupHistory: {
        type: 'object',
        additionalProperties: false,
        required: ['scopeRef', 'series'],
        properties: {
          scopeRef: {
            type: 'string',
          },
          series: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['vector', 'points'],
              properties: {
                vector: {
                  description: 'A vector id, or `level` for the entity levels.',
                  type: 'string',
                },
                points: {
                  type: 'array',
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: [
                      'day',
                      'value',
                      'assessed',
                      'total',
                      'stale',
                      'distribution',
                    ],
                    properties: {
                      day: {
                        type: 'string',
                        format: 'date',
                      },
                      value: {
                        type: ['number', 'null'],
                      },
                      assessed: {
                        type: 'integer',
                      },
                      total: {
                        type: 'integer',
                      },
                      stale: {
                        type: 'integer',
                      },
                      distribution: {
                        $ref: '#/components/schemas/Distribution',
                      },
                      backfilled: {
                        description:
                          'Present (true) when the point was computed later from the score history rather than taken on the day.',
                        type: 'boolean',
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      TaskRun: {
        type: 'object',
        additionalProperties: false,
        required: ['task', 'startedAt', 'status'],
        properties: {
          task: {
            type: 'string',
          },
          startedAt: {
            type: 'string',
            format: 'date-time',
          },
          finishedAt: {
            type: 'string',
            format: 'date-time',
          },
          durationMs: {
            type: 'integer',
          },
          status: {
            type: 'string',
            enum: ['running', 'succeeded', 'failed'],
          },
          summary: {
            type: 'object',
            additionalProperties: {
              type: 'number',
            },
          },
          error: {
            type: 'string',
          },
        },
      },
      StatusResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['tasks', 'entities'],
        properties: {
          tasks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TaskRun',
            },
          },
          entities: {
            description:
              'Entities in the synced hierarchy that are in the catalog.',
            type: 'integer',
          },
        },
      },
      RecordRunRequest: {
        type: 'object',
        description: 'A scaffolder task ran a template against an entity.',
        additionalProperties: false,
        required: ['entityRef', 'templateRef', 'taskId'],
        properties: {
          entityRef: {
            type: 'string',
            description:
              'The entity the template ran for, e.g. `component:default/payments`.',
            minLength: 1,
            maxLength: 255,
          },
          templateRef: {
            type: 'string',
            description: 'The template, e.g. `template:default/add-runbook`.',
            minLength: 1,
            maxLength: 255,
          },
          taskId: {
            type: 'string',
            description:
              'The scaffolder task id; a repeat with the same task, template and entity is a replay.',
            minLength: 1,
            maxLength: 200,
            pattern: '\\S',
          },
        },
      },
      SelfServiceRun: {
        type: 'object',
        description: 'One recorded self-service run.',
        additionalProperties: false,
        required: [
          'id',
          'entityRef',
          'templateRef',
          'taskId',
          'runBy',
          'ranAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          templateRef: {
            type: 'string',
          },
          taskId: {
            type: 'string',
          },
          runBy: {
            type: 'string',
            description: 'Entity ref of the user who started the task.',
          },
          ranAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      RunCounts: {
        type: 'object',
        description:
          'Runs at or after now minus 30 days and now minus 90 days.',
        additionalProperties: false,
        required: ['last30Days', 'last90Days'],
        properties: {
          last30Days: {
            type: 'integer',
            minimum: 0,
          },
          last90Days: {
            type: 'integer',
            minimum: 0,
          },
        },
      },
      SelfServiceUsage: {
        type: 'object',
        description: 'How often self-service was used for one entity.',
        additionalProperties: false,
        required: ['entityRef', 'runs', 'recent'],
        properties: {
          entityRef: {
            type: 'string',
          },
          runs: {
            $ref: '#/components/schemas/RunCounts',
          },
          recent: {
            type: 'array',
            description: 'The latest runs, newest first.',
            maxItems: 10,
            items: {
              $ref: '#/components/schemas/SelfServiceRun',
            },
          },
        },
      },
      TeamSelfServiceUsage: {
        type: 'object',
        description:
          'How often self-service was used for the entities a group owns.',
        additionalProperties: false,
        required: ['team', 'runs', 'entities'],
        properties: {
          team: {
            type: 'string',
            description: "The group's entity ref.",
          },
          runs: {
            $ref: '#/components/schemas/RunCounts',
          },
          entities: {
            type: 'array',
            description:
              "The group's entities with runs in the last 90 days, most runs first.",
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['entityRef', 'last30Days', 'last90Days'],
              properties: {
                entityRef: {
                  type: 'string',
                },
                last30Days: {
                  type: 'integer',
                  minimum: 0,
                },
                last90Days: {
                  type: 'integer',
                  minimum: 0,
                },
              },
            },
          },
        },
      },
      ExportRow: {
        type: 'object',
        description:
          'One current vector score of one entity, flattened for spreadsheets.',
        additionalProperties: false,
        required: [
          'entityRef',
          'vector',
          'score',
          'stale',
          'recordedAt',
          'recordedBy',
          'source',
          'rubricVersion',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          vector: {
            $ref: '#/components/schemas/VectorId',
          },
          score: {
            $ref: '#/components/schemas/Score',
          },
          stale: {
            type: 'boolean',
          },
          recordedAt: {
            type: 'string',
            format: 'date-time',
          },
          recordedBy: {
            type: 'string',
          },
          source: {
            $ref: '#/components/schemas/ScoreSource',
          },
          rubricVersion: {
            type: 'string',
          },
          rationale: {
            type: 'string',
          },
        },
      },
    },
  },
  paths: {
    '/vectors': {
      get: {
        operationId: 'GetVectors',
        description:
          'Returns the vectors, the level scale, the rubric version and the scoring rules in force.',
        responses: {
          '200': {
            description: 'The rubric and rules.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/VectorsResponse',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/scorecard': {
      get: {
        operationId: 'GetScorecard',
        description:
          'Returns the current scores, level, staleness and target gaps of one entity.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: "The entity's scorecard.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Scorecard',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/history': {
      get: {
        operationId: 'GetHistory',
        description:
          'Returns the recorded scores of one entity over time, one series per vector.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'vector',
            in: 'query',
            required: false,
            description: 'Only this vector.',
            schema: {
              $ref: '#/components/schemas/VectorId',
            },
          },
          {
            name: 'from',
            in: 'query',
            allowReserved: true,
            required: false,
            description: 'Only scores recorded at or after this time.',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'to',
            in: 'query',
            allowReserved: true,
            required: false,
            description: 'Only scores recorded at or before this time.',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'The most points to return in one page.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            description: 'The `nextCursor` of the previous page.',
            schema: {
              type: 'string',
              maxLength: 512,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The score series.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ScoreHistory',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/assessments': {
      get: {
        operationId: 'ListAssessments',
        description: 'Lists the assessments made of one entity, newest first.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'The most assessments to return in one page.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            description: 'The `nextCursor` of the previous page.',
            schema: {
              type: 'string',
              maxLength: 512,
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page of assessments.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AssessmentPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'CreateAssessment',
        description:
          'Records new scores for some or all vectors of one entity and returns its updated scorecard.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            style: 'simple',
            description:
              'Same meaning as `idempotencyKey` in the body; when both are given they must match.',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/AssessmentRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description:
              'The stored assessment and the scorecard after it; a retry with the same key returns the first result.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AssessmentResult',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '409': {
            $ref: '#/components/responses/ErrorResponse',
            description:
              'The idempotency key was already used with a different body.',
          },
          '413': {
            $ref: '#/components/responses/ErrorResponse',
            description: 'The body is larger than 256 kB.',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/evidence/accept': {
      post: {
        operationId: 'AcceptProposal',
        description:
          "Takes a proposal of the entity's evidence as the vector's score: records an assessment with source `evidence` for the caller, with the proposal (reasons and facts) kept on it. Needs the maturity.assessment.create permission on the entity, as any assessment. Sent again for the same proposal it answers with the first assessment.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ProposalDecision',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The stored assessment and the scorecard after it.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AssessmentResult',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
            description:
              'No such entity, or no proposal of this provider for this vector.',
          },
          '409': {
            $ref: '#/components/responses/ErrorResponse',
            description: "The proposal's score is no longer `proposedScore`.",
          },
          '413': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/evidence/dismiss': {
      post: {
        operationId: 'DismissProposal',
        description:
          'Records that an owner does not take a proposal, with a reason; the scorecard marks the proposal dismissed until its score changes. Needs the maturity.assessment.create permission on the entity.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ProposalDecision',
              },
            },
          },
        },
        responses: {
          '200': {
            description: "The entity's scorecard after the dismissal.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Scorecard',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '409': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '413': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/self-service': {
      get: {
        operationId: 'GetSelfServiceUsage',
        description:
          'Returns how many self-service runs an entity had in the last 30 and 90 days, and its latest runs.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: "The entity's self-service use.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SelfServiceUsage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/teams/{namespace}/{name}/self-service': {
      get: {
        operationId: 'GetTeamSelfServiceUsage',
        description:
          'Returns the self-service runs of the entities a group owns, in total and per entity.',
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: "The team's self-service use.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/TeamSelfServiceUsage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/self-service/runs': {
      post: {
        operationId: 'RecordSelfServiceRun',
        description:
          'Records that a scaffolder task ran a template against an entity, as the signed-in user who started it. Only the scaffolder acting for that user may call (an on-behalf-of token whose actor is `plugin:scaffolder`); unless `maturity.selfService.verifyTasks` is false the task is checked with the scaffolder too. Idempotent on task, template and entity.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RecordRunRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'A replay: the run recorded first, with the header `Idempotent-Replayed: true`.',
            headers: {
              'Idempotent-Replayed': {
                description:
                  'Always `true`; the run was recorded by an earlier request.',
                schema: {
                  type: 'string',
                },
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SelfServiceRun',
                },
              },
            },
          },
          '201': {
            description: 'The recorded run.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SelfServiceRun',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
            description:
              'The caller is not the scaffolder acting for a user, or the scaffolder does not vouch for the task.',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
            description: 'The scaffolder could not be asked about the task.',
          },
        },
      },
    },
    '/scorecards': {
      post: {
        operationId: 'GetScorecards',
        description:
          'Returns the scorecards of many entities at once, a page at a time.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ScorecardsRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'One page of scorecards.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ScorecardsResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/export': {
      get: {
        operationId: 'ExportScores',
        description:
          'Streams the current vector scores of every entity, or of one scope, as CSV or JSON.',
        parameters: [
          {
            name: 'scope',
            in: 'query',
            allowReserved: true,
            required: false,
            description:
              'Entity ref of a domain, system or group; only the entities under it are exported.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'format',
            in: 'query',
            required: false,
            description: 'The output format.',
            schema: {
              type: 'string',
              enum: ['csv', 'json'],
              default: 'json',
            },
          },
        ],
        responses: {
          '200': {
            description: 'One row per entity and scored vector.',
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/ExportRow',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rollups': {
      get: {
        operationId: 'ListRollups',
        description:
          'Lists the roll-ups of every domain, system or group (or the whole organisation), sorted and paged.',
        parameters: [
          {
            name: 'scope',
            in: 'query',
            allowReserved: true,
            required: true,
            schema: {
              type: 'string',
              enum: ['domain', 'system', 'group', 'organization'],
            },
          },
          {
            name: 'sort',
            in: 'query',
            required: false,
            description:
              'name (default), level, coverage, stale, or a vector id.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'order',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['asc', 'desc'],
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 512,
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page of roll-ups.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RollupPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rollups/{kind}/{namespace}/{name}': {
      get: {
        operationId: 'GetRollup',
        description:
          "Returns one scope's roll-up with its children (domain to systems to entities, group to sub-groups, organization/default/all to domains).",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: 'The scope with its children.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Rollup',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rollups/{kind}/{namespace}/{name}/history': {
      get: {
        operationId: 'GetRollupHistory',
        description:
          "Returns the daily (weekly after 90 days) snapshots of one scope's roll-up; at most 1098 days between from and to and 20000 points per answer.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'vector',
            in: 'query',
            required: false,
            description: 'A vector id, or `level`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'from',
            in: 'query',
            allowReserved: true,
            required: false,
            schema: {
              type: 'string',
              format: 'date',
            },
          },
          {
            name: 'to',
            in: 'query',
            allowReserved: true,
            required: false,
            schema: {
              type: 'string',
              format: 'date',
            },
          },
        ],
        responses: {
          '200': {
            description: 'Snapshot series per vector, oldest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RollupHistory',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
            description: 'No such scope, or one the caller may not read.',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/explain': {
      get: {
        operationId: 'ExplainEntityChange',
        description:
          "Why an entity's scores moved in a window: the assessments (with the score each replaced), rubric changes, proposals of the evidence and the entity's moves between systems, domains and owners, oldest first.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'vector',
            in: 'query',
            required: false,
            description:
              'A vector id, or `level` (the default) for every vector.',
            schema: {
              type: 'string',
              maxLength: 64,
              pattern: '^[a-z-]+$',
            },
          },
          {
            name: 'from',
            in: 'query',
            allowReserved: true,
            required: false,
            description:
              'The start of the window (exclusive); 90 days before `to` by default.',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'to',
            in: 'query',
            allowReserved: true,
            required: false,
            description:
              'The end of the window (inclusive); now by default. At most 1098 days after `from`.',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The steps, oldest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ChangeExplanation',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rollups/{kind}/{namespace}/{name}/explain': {
      get: {
        operationId: 'ExplainRollupChange',
        description:
          "Why a scope's roll-up moved in a window: the assessments and proposals of its entities while they belonged to it, rubric changes, and the entities that joined or left it (a component moved to another system, say), oldest first. Steps of entities the caller may not read are left out and counted in `hiddenSteps`. The organisation is `organization/default/all`.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'vector',
            in: 'query',
            required: false,
            description:
              'A vector id, or `level` (the default) for every vector.',
            schema: {
              type: 'string',
              maxLength: 64,
              pattern: '^[a-z-]+$',
            },
          },
          {
            name: 'from',
            in: 'query',
            allowReserved: true,
            required: false,
            description:
              'The start of the window (exclusive); 90 days before `to` by default.',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'to',
            in: 'query',
            allowReserved: true,
            required: false,
            description:
              'The end of the window (inclusive); now by default. At most 1098 days after `from`.',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The steps, oldest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ChangeExplanation',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rollups/{kind}/{namespace}/{name}/reassess': {
      get: {
        operationId: 'GetReassessList',
        description:
          "The scope's entities that are due for an assessment: those never scored first, then those whose oldest current score is stale, oldest first, then those with a disputed score, then those with low confidence, least confident first. Entities the caller may not read are left out of `items` and counted in `totalItems`, like the roll-up's counts.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 50,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The entities to reassess next.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReassessList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
            description: 'No such scope, or one the caller may not read.',
          },
        },
      },
    },
    '/status': {
      get: {
        operationId: 'GetStatus',
        description:
          'Returns the last run of the hierarchy sync and the snapshot task, with durations, counts and errors.',
        responses: {
          '200': {
            description: 'Task status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/StatusResponse',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/import/assessments': {
      post: {
        operationId: 'ImportAssessments',
        description:
          "Stores past assessments with source `import`, as given (who and when), for a migration from another tool or a demo's history; needs the maturity.assessment.import permission. Every item is checked before any is stored. Scores of a past date become current only where nothing newer is stored; snapshot backfill turns them into trends.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ImportRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'How many assessments were stored and how many were imported before.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ImportResult',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '413': {
            $ref: '#/components/responses/ErrorResponse',
            description: 'The body is larger than 256 kB.',
          },
        },
      },
    },
    '/facts': {
      post: {
        operationId: 'PushFacts',
        description:
          'Stores facts about components and resources pushed by CI pipelines and other tools; needs the maturity.facts.push permission (a service token restricted to it, or a user the policy allows). Every fact is checked before any is stored, in one transaction; the caller is stored with each fact. Facts never change a score: fact rules turn them into proposals at the next evidence collection.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/FactsRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'How many facts were stored and how many repeated a stored value.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FactsResult',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '413': {
            $ref: '#/components/responses/ErrorResponse',
            description: 'The body is larger than 256 kB.',
          },
        },
      },
    },
    '/hierarchy/refresh': {
      post: {
        operationId: 'RefreshHierarchy',
        description:
          'Starts a hierarchy sync now (needs the maturity.hierarchy.refresh permission); poll /status for its outcome.',
        responses: {
          '202': {
            description: 'The sync was started.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['task'],
                  properties: {
                    task: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
  },
} as const;

export interface paths {
  '/vectors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Returns the vectors, the level scale, the rubric version and the scoring rules in force. */
    get: operations['GetVectors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/scorecard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Returns the current scores, level, staleness and target gaps of one entity. */
    get: operations['GetScorecard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Returns the recorded scores of one entity over time, one series per vector. */
    get: operations['GetHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Lists the assessments made of one entity, newest first. */
    get: operations['ListAssessments'];
    put?: never;
    /** @description Records new scores for some or all vectors of one entity and returns its updated scorecard. */
    post: operations['CreateAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/evidence/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Takes a proposal of the entity's evidence as the vector's score: records an assessment with source `evidence` for the caller, with the proposal (reasons and facts) kept on it. Needs the maturity.assessment.create permission on the entity, as any assessment. Sent again for the same proposal it answers with the first assessment. */
    post: operations['AcceptProposal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/evidence/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Records that an owner does not take a proposal, with a reason; the scorecard marks the proposal dismissed until its score changes. Needs the maturity.assessment.create permission on the entity. */
    post: operations['DismissProposal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/self-service': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Returns how many self-service runs an entity had in the last 30 and 90 days, and its latest runs. */
    get: operations['GetSelfServiceUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/teams/{namespace}/{name}/self-service': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Returns the self-service runs of the entities a group owns, in total and per entity. */
    get: operations['GetTeamSelfServiceUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/self-service/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Records that a scaffolder task ran a template against an entity, as the signed-in user who started it. Only the scaffolder acting for that user may call (an on-behalf-of token whose actor is `plugin:scaffolder`); unless `maturity.selfService.verifyTasks` is false the task is checked with the scaffolder too. Idempotent on task, template and entity. */
    post: operations['RecordSelfServiceRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scorecards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Returns the scorecards of many entities at once, a page at a time. */
    post: operations['GetScorecards'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Streams the current vector scores of every entity, or of one scope, as CSV or JSON. */
    get: operations['ExportScores'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rollups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Lists the roll-ups of every domain, system or group (or the whole organisation), sorted and paged. */
    get: operations['ListRollups'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rollups/{kind}/{namespace}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Returns one scope's roll-up with its children (domain to systems to entities, group to sub-groups, organization/default/all to domains). */
    get: operations['GetRollup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rollups/{kind}/{namespace}/{name}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Returns the daily (weekly after 90 days) snapshots of one scope's roll-up; at most 1098 days between from and to and 20000 points per answer. */
    get: operations['GetRollupHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/explain': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Why an entity's scores moved in a window: the assessments (with the score each replaced), rubric changes, proposals of the evidence and the entity's moves between systems, domains and owners, oldest first. */
    get: operations['ExplainEntityChange'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rollups/{kind}/{namespace}/{name}/explain': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Why a scope's roll-up moved in a window: the assessments and proposals of its entities while they belonged to it, rubric changes, and the entities that joined or left it (a component moved to another system, say), oldest first. Steps of entities the caller may not read are left out and counted in `hiddenSteps`. The organisation is `organization/default/all`. */
    get: operations['ExplainRollupChange'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rollups/{kind}/{namespace}/{name}/reassess': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The scope's entities that are due for an assessment: those never scored first, then those whose oldest current score is stale, oldest first, then those with a disputed score, then those with low confidence, least confident first. Entities the caller may not read are left out of `items` and counted in `totalItems`, like the roll-up's counts. */
    get: operations['GetReassessList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Returns the last run of the hierarchy sync and the snapshot task, with durations, counts and errors. */
    get: operations['GetStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/import/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Stores past assessments with source `import`, as given (who and when), for a migration from another tool or a demo's history; needs the maturity.assessment.import permission. Every item is checked before any is stored. Scores of a past date become current only where nothing newer is stored; snapshot backfill turns them into trends. */
    post: operations['ImportAssessments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/facts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Stores facts about components and resources pushed by CI pipelines and other tools; needs the maturity.facts.push permission (a service token restricted to it, or a user the policy allows). Every fact is checked before any is stored, in one transaction; the caller is stored with each fact. Facts never change a score: fact rules turn them into proposals at the next evidence collection. */
    post: operations['PushFacts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hierarchy/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Starts a hierarchy sync now (needs the maturity.hierarchy.refresh permission); poll /status for its outcome. */
    post: operations['RefreshHierarchy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description The error body every Backstage backend returns. */
    Error: {
      error: {
        /** @description The error class, e.g. `InputError` or `NotFoundError`. */
        name: string;
        message: string;
        /** @description Only outside production. */
        stack?: string;
      };
      request?: {
        method: string;
        url: string;
      };
      response: {
        statusCode: number;
      };
    };
    /**
     * @description The stable kebab-case id of a maturity vector.
     * @enum {string}
     */
    VectorId:
      | 'supportability'
      | 'operability'
      | 'recoverability'
      | 'documentation'
      | 'architecture'
      | 'currency'
      | 'usability'
      | 'automation'
      | 'deployability'
      | 'stability'
      | 'community'
      | 'maturity'
      | 'ease-of-use'
      | 'ubiquity'
      | 'happiness';
    /** @description A value on the 0–5 maturity scale. */
    Score: number;
    /** @description A value on the 0–5 maturity scale, or null when there is none. */
    NullableScore: number | null;
    /**
     * @description Where a score came from.
     * @enum {string}
     */
    ScoreSource: 'assessment' | 'evidence' | 'action' | 'import';
    /**
     * @description The rule that turns the vector scores of an entity into its level.
     * @enum {string}
     */
    EntityLevelRule: 'mean' | 'weakest-link';
    /** @description A weight per vector for the `mean` level rule; vectors left out weigh 1. */
    VectorWeights: {
      supportability?: number;
      operability?: number;
      recoverability?: number;
      documentation?: number;
      architecture?: number;
      currency?: number;
      usability?: number;
      automation?: number;
      deployability?: number;
      stability?: number;
      community?: number;
      maturity?: number;
      'ease-of-use'?: number;
      ubiquity?: number;
      happiness?: number;
    };
    /** @description The minimum score per vector required by a target profile. */
    VectorMinimums: {
      supportability?: components['schemas']['Score'];
      operability?: components['schemas']['Score'];
      recoverability?: components['schemas']['Score'];
      documentation?: components['schemas']['Score'];
      architecture?: components['schemas']['Score'];
      currency?: components['schemas']['Score'];
      usability?: components['schemas']['Score'];
      automation?: components['schemas']['Score'];
      deployability?: components['schemas']['Score'];
      stability?: components['schemas']['Score'];
      community?: components['schemas']['Score'];
      maturity?: components['schemas']['Score'];
      'ease-of-use'?: components['schemas']['Score'];
      ubiquity?: components['schemas']['Score'];
      happiness?: components['schemas']['Score'];
    };
    /** @description One dimension on which an entity is scored from 0 to 5. */
    MaturityVector: {
      id: components['schemas']['VectorId'];
      title: string;
      description: string;
      /** @description True when several people may rate it and the score is their median. */
      subjective: boolean;
      /** @description What a score of 0, 1, 2, 3, 4 and 5 looks like, indexed by score. */
      levelHints: string[];
    };
    /** @description One step of the 0–5 scale shared by vector scores and entity levels. */
    MaturityLevel: {
      value: components['schemas']['Score'];
      name: string;
      description: string;
    };
    /** @description Minimum scores for the entities of some tiers and lifecycles. */
    TargetProfile: {
      name: string;
      /** @description The tiers it applies to; every tier when absent. */
      tiers?: string[];
      /** @description The lifecycles it applies to; every lifecycle when absent. */
      lifecycles?: string[];
      minimums: components['schemas']['VectorMinimums'];
    };
    /** @description The configured rules the service scores with. */
    MaturityRules: {
      level: {
        rule: components['schemas']['EntityLevelRule'];
        /** @description The share of vectors (0 to 1) that must be scored for a level. */
        minCoverage: number;
        weights: components['schemas']['VectorWeights'];
      };
      /** @description Scores older than this many days are marked stale. */
      staleAfterDays: number;
      targets: components['schemas']['TargetProfile'][];
    };
    /** @description The rubric in force — vectors, levels and rubric version — and the scoring rules. */
    VectorsResponse: {
      rubricVersion: string;
      vectors: components['schemas']['MaturityVector'][];
      levels: components['schemas']['MaturityLevel'][];
      rules: components['schemas']['MaturityRules'];
    };
    /** @description For a subjective vector, how many people rated it and how far apart they are. */
    RatingSpread: {
      count: number;
      min: components['schemas']['Score'];
      max: components['schemas']['Score'];
      spread: components['schemas']['Score'];
    };
    /** @description The current state of one vector of an entity. */
    VectorScorecardEntry: {
      vector: components['schemas']['VectorId'];
      score: components['schemas']['NullableScore'];
      /** @description True when the score is older than the configured staleness limit. */
      stale: boolean;
      /** Format: date-time */
      recordedAt?: string;
      /** @description Entity ref of whoever recorded the score. */
      recordedBy?: string;
      source?: components['schemas']['ScoreSource'];
      rationale?: string;
      rubricVersion?: string;
      ratings?: components['schemas']['RatingSpread'];
      /** @description How far the score can be trusted today: it halves every `maturity.confidence.halfLife` and is scaled by how well the evidence agrees with it. Only the single-entity scorecard carries it, for scored vectors. */
      confidence?: components['schemas']['Confidence'];
    };
    /** @description Confidence from 0 (none) to 1 (a score just given, with facts that agree), two decimals. */
    Confidence: number;
    /** @description The single 0–5 level of an entity and how it was reached. */
    EntityLevel: {
      value: components['schemas']['NullableScore'];
      rule: components['schemas']['EntityLevelRule'];
      /** @description The share of vectors (0 to 1) that have a score. */
      coverage: number;
      /** @description The vectors that hold the level down. */
      pulledDownBy: components['schemas']['VectorId'][];
    };
    /** @description A vector on which an entity is below a target profile that applies to it. */
    TargetGap: {
      /** @description The name of the target profile. */
      target: string;
      vector: components['schemas']['VectorId'];
      required: components['schemas']['Score'];
      actual: components['schemas']['NullableScore'];
    };
    /** @description An entity's maturity at a glance. */
    Scorecard: {
      entityRef: string;
      rubricVersion: string;
      level: components['schemas']['EntityLevel'];
      vectors: components['schemas']['VectorScorecardEntry'][];
      gaps: components['schemas']['TargetGap'][];
      /** @description What evidence providers propose, one item per vector and provider, for a person to confirm or override. Only the single-entity scorecard (and the one an assessment answers with) carries it, and only when there is evidence; bulk scorecards leave it out. */
      evidence?: components['schemas']['VectorEvidence'][];
    };
    /** @description What one evidence provider's facts propose for one vector of an entity, as its last collection stored it; a person confirms the proposal, overrides it or leaves it. */
    VectorEvidence: {
      vector: components['schemas']['VectorId'];
      /** @description The id of the provider, e.g. `catalog` or `self-service`. */
      provider: string;
      /** @description The score the facts suggest, or null when they are too thin to suggest one. */
      proposedScore: components['schemas']['NullableScore'];
      /** @description Why the facts lead to this score, one sentence each. */
      reasons: string[];
      facts: components['schemas']['EvidenceFact'][];
      /**
       * Format: date-time
       * @description The collection that last confirmed the proposal.
       */
      collectedAt: string;
      /**
       * Format: date-time
       * @description The collection that last changed its score or facts.
       */
      changedAt: string;
      /** @description The proposed score minus the confirmed (current) score of the vector; absent when either is missing. */
      difference?: number;
      /** @description The highest score this provider can propose; at the ceiling below the confirmed score a proposal backs the score up instead of disputing it. */
      ceiling?: components['schemas']['Score'];
      /** @description Set while an owner's dismissal of this very score holds. */
      dismissed?: components['schemas']['EvidenceDismissal'];
    };
    /** @description An owner's decision not to take a proposal, with the reason. */
    EvidenceDismissal: {
      /** @description The user entity ref of who dismissed it. */
      by: string;
      /** Format: date-time */
      at: string;
      reason: string;
    };
    /** @description Names one proposal of an entity's scorecard: the vector, the provider and the score the caller saw, so a proposal that changed meanwhile is not decided blindly (409). */
    ProposalDecision: {
      vector: components['schemas']['VectorId'];
      provider: string;
      proposedScore: components['schemas']['Score'];
      /** @description Accepting only; kept as the assessment's comment. */
      comment?: string;
      /** @description Dismissing only, and required there; why the proposal is not taken. */
      reason?: string;
    };
    /** @description One thing that moved a score or a roll-up. */
    ChangeStep: {
      /** Format: date-time */
      at: string;
      /**
       * @description `assessment` (a score given), `rubric` (a score given under another rubric than the one before), `evidence` (a proposal changed), `joined` / `left` (the entity came into or left the scope, or the catalog), `moved` (the entity moved between scopes).
       * @enum {string}
       */
      kind: 'assessment' | 'rubric' | 'evidence' | 'joined' | 'left' | 'moved';
      entityRef: string;
      vector?: string;
      score?: components['schemas']['NullableScore'];
      previousScore?: components['schemas']['NullableScore'];
      /** @description Who gave the score, or which provider proposed it. */
      by?: string;
      /** @description The step in a sentence, e.g. `api: Documentation 2 → 3 (assessment, jo)`. */
      text: string;
    };
    /** @description Why a score or roll-up moved between `from` and `to`. */
    ChangeExplanation: {
      ref: string;
      vector: string;
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      steps: components['schemas']['ChangeStep'][];
      /** @description Steps of entities the caller may not read, left out. */
      hiddenSteps: number;
      /** @description The window held more steps than one answer; the latest are kept. */
      truncated: boolean;
    };
    /** @description One observation behind a proposal. */
    EvidenceFact: {
      /** @description Names the fact within its provider, e.g. `techdocs` or `dependents`. */
      key: string;
      /** @description What was observed. */
      value: number | boolean | string;
      /** @description A sentence for people, e.g. `3 self-service runs in the last 90 days`. */
      text: string;
      /**
       * Format: date-time
       * @description When it was true, e.g. the time of a CI report.
       */
      observedAt: string;
      /** @description Where it came from, e.g. `catalog`, `self-service` or a CI job. */
      source: string;
    };
    /** @description The score of one vector within an assessment. */
    AssessmentScoreInput: {
      vector: components['schemas']['VectorId'];
      score: components['schemas']['Score'];
      rationale?: string;
    };
    /** @description New scores for some or all vectors of one entity; each vector at most once. */
    AssessmentRequest: {
      scores: components['schemas']['AssessmentScoreInput'][];
      comment?: string;
      /**
       * @description Only `assessment` (the default) may be given; the plugin sets `action`, `evidence` and `import` itself, from who is calling.
       * @enum {string}
       */
      source?: 'assessment';
      /** @description Lets a retried request return the first result instead of storing twice. */
      idempotencyKey?: string;
    };
    /** @description An assessment made in the past, elsewhere or before the plugin was installed. */
    ImportedAssessment: {
      /** @description The assessed entity, a component or resource in the catalog. */
      entityRef: string;
      /** @description The user entity ref of the person who gave the scores. */
      assessedBy: string;
      /**
       * Format: date-time
       * @description When the scores were given; not in the future.
       */
      assessedAt: string;
      /** @description The rubric the scores were given under; the current one when omitted. */
      rubricVersion?: string;
      comment?: string;
      scores: components['schemas']['AssessmentScoreInput'][];
      /** @description Identifies the assessment at its source; an item whose key was imported before is skipped. */
      idempotencyKey: string;
    };
    ImportRequest: {
      assessments: components['schemas']['ImportedAssessment'][];
    };
    ImportResult: {
      /** @description Assessments stored by this request. */
      imported: number;
      /** @description Assessments whose idempotency key had been imported before. */
      skipped: number;
    };
    /** @description One observation about a component or resource sent by a CI pipeline or another tool, e.g. the share of up-to-date dependencies from a dependency report. The latest value per entity, key and source is kept, with a history of changes; configured fact rules turn it into proposals of the `pushed` evidence provider. */
    PushedFact: {
      /** @description The entity the fact is about, a component or resource in the catalog. */
      entityRef: string;
      /** @description What was observed, in kebab-case, e.g. `dependency-currency`; fact rules name it. */
      key: string;
      /** @description What was observed. */
      value: number | boolean | string;
      /**
       * Format: date-time
       * @description When it was true, not in the future; the time of the request when omitted.
       */
      observedAt?: string;
      /** @description Which tool observed it, e.g. `ci:renovate`. */
      source: string;
      /** @description A sentence for people, shown with the proposal; made from key and value when omitted. */
      text?: string;
    };
    FactsRequest: {
      facts: components['schemas']['PushedFact'][];
    };
    FactsResult: {
      /** @description Facts that were new or changed a value, each added to the history. */
      stored: number;
      /** @description Facts whose value was stored already (their time and text refresh it). */
      unchanged: number;
    };
    /** @description A stored assessment of one entity. */
    Assessment: {
      id: string;
      entityRef: string;
      /** @description Entity ref of whoever made the assessment. */
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      comment?: string;
      source: components['schemas']['ScoreSource'];
      rubricVersion: string;
      scores: components['schemas']['AssessmentScoreInput'][];
      /** @description The proposal an accepted assessment (source `evidence`) took, as it was then. */
      evidence?: components['schemas']['VectorEvidence'];
    };
    /** @description The stored assessment together with the entity's scorecard after it. */
    AssessmentResult: {
      assessment: components['schemas']['Assessment'];
      scorecard: components['schemas']['Scorecard'];
    };
    /** @description One page of an entity's assessments, newest first. */
    AssessmentPage: {
      items: components['schemas']['Assessment'][];
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      nextCursor?: string;
    };
    /** @description One recorded score of a vector. */
    HistoryPoint: {
      /** Format: date-time */
      at: string;
      score: components['schemas']['Score'];
      source: components['schemas']['ScoreSource'];
      recordedBy: string;
      rubricVersion: string;
      rationale?: string;
    };
    /** @description The recorded scores of one vector, oldest first. */
    HistorySeries: {
      vector: components['schemas']['VectorId'];
      points: components['schemas']['HistoryPoint'][];
    };
    /** @description The score history of an entity, one series per vector. */
    ScoreHistory: {
      entityRef: string;
      series: components['schemas']['HistorySeries'][];
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      nextCursor?: string;
    };
    /** @description The entities whose scorecards to read, a page at a time. */
    ScorecardsRequest: {
      entityRefs: string[];
      limit?: number;
      cursor?: string;
    };
    /** @description One page of scorecards and the requested refs that match no entity. */
    ScorecardsResponse: {
      items: components['schemas']['Scorecard'][];
      notFound: string[];
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      nextCursor?: string;
    };
    /** @description How many scores (or levels) of 0, 1, 2, 3, 4 and 5. */
    Distribution: number[];
    /** @enum {string} */
    RollupRule: 'mean' | 'min' | 'weighted' | 'p25';
    RollupVector: {
      vector: components['schemas']['VectorId'];
      rule: components['schemas']['RollupRule'];
      /** @description The vector's roll-up under its rule; null when nothing is assessed. */
      value: number | null;
      min: number | null;
      max: number | null;
      assessed: number;
      stale: number;
      distribution: components['schemas']['Distribution'];
      /** @description The mean confidence of the assessed scores, as the last confidence run (`maturity-confidence`) found it per score level, weighted by today's counts; null before the first run or when nothing is assessed. With `maturity.rollups.weightByConfidence` the value is weighted by it too. */
      confidence?: number | null;
    };
    Rollup: {
      scope: {
        entityRef: string;
        kind: string;
        title?: string;
      };
      entities: {
        total: number;
        /** @description Entities with at least one score. */
        assessed: number;
        /** @description Entities with at least one stale score. */
        stale: number;
      };
      level: {
        mean: number | null;
        distribution: components['schemas']['Distribution'];
      };
      vectors: components['schemas']['RollupVector'][];
      /** @description The lowest-level entities of the scope. */
      pulledDownBy: {
        entityRef: string;
        level: number;
      }[];
      children?: components['schemas']['Rollup'][];
    };
    ReassessList: {
      scopeRef: string;
      /** @description Entities of the scope due for an assessment, readable or not. */
      totalItems: number;
      items: {
        entityRef: string;
        /**
         * @description `never`: no vector scored yet; `stale`: at least one current score is older than `staleAfter`; `disputed`: a proposal no owner dismissed is `maturity.notifications.proposalGap` or more levels from a confirmed score; `low-confidence`: the mean confidence of its scores is below `maturity.confidence.lowBelow`. The last two are as of the last confidence run or assessment of the entity.
         * @enum {string}
         */
        reason: 'never' | 'stale' | 'disputed' | 'low-confidence';
        confidence?: components['schemas']['Confidence'];
        /**
         * Format: date-time
         * @description When the oldest current score was recorded (absent when never scored).
         */
        oldestScoreAt?: string;
        level?: number | null;
      }[];
    };
    RollupPage: {
      items: components['schemas']['Rollup'][];
      totalItems: number;
      nextCursor?: string;
    };
    RollupHistory: {
      scopeRef: string;
      series: {
        /** @description A vector id, or `level` for the entity levels. */
        vector: string;
        points: {
          /** Format: date */
          day: string;
          value: number | null;
          assessed: number;
          total: number;
          stale: number;
          distribution: components['schemas']['Distribution'];
          /** @description Present (true) when the point was computed later from the score history rather than taken on the day. */
          backfilled?: boolean;
        }[];
      }[];
    };
    TaskRun: {
      task: string;
      /** Format: date-time */
      startedAt: string;
      /** Format: date-time */
      finishedAt?: string;
      durationMs?: number;
      /** @enum {string} */
      status: 'running' | 'succeeded' | 'failed';
      summary?: {
        [key: string]: number;
      };
      error?: string;
    };
    StatusResponse: {
      tasks: components['schemas']['TaskRun'][];
      /** @description Entities in the synced hierarchy that are in the catalog. */
      entities: number;
    };
    /** @description A scaffolder task ran a template against an entity. */
    RecordRunRequest: {
      /** @description The entity the template ran for, e.g. `component:default/payments`. */
      entityRef: string;
      /** @description The template, e.g. `template:default/add-runbook`. */
      templateRef: string;
      /** @description The scaffolder task id; a repeat with the same task, template and entity is a replay. */
      taskId: string;
    };
    /** @description One recorded self-service run. */
    SelfServiceRun: {
      id: string;
      entityRef: string;
      templateRef: string;
      taskId: string;
      /** @description Entity ref of the user who started the task. */
      runBy: string;
      /** Format: date-time */
      ranAt: string;
    };
    /** @description Runs at or after now minus 30 days and now minus 90 days. */
    RunCounts: {
      last30Days: number;
      last90Days: number;
    };
    /** @description How often self-service was used for one entity. */
    SelfServiceUsage: {
      entityRef: string;
      runs: components['schemas']['RunCounts'];
      /** @description The latest runs, newest first. */
      recent: components['schemas']['SelfServiceRun'][];
    };
    /** @description How often self-service was used for the entities a group owns. */
    TeamSelfServiceUsage: {
      /** @description The group's entity ref. */
      team: string;
      runs: components['schemas']['RunCounts'];
      /** @description The group's entities with runs in the last 90 days, most runs first. */
      entities: {
        entityRef: string;
        last30Days: number;
        last90Days: number;
      }[];
    };
    /** @description One current vector score of one entity, flattened for spreadsheets. */
    ExportRow: {
      entityRef: string;
      vector: components['schemas']['VectorId'];
      score: components['schemas']['Score'];
      stale: boolean;
      /** Format: date-time */
      recordedAt: string;
      recordedBy: string;
      source: components['schemas']['ScoreSource'];
      rubricVersion: string;
      rationale?: string;
    };
  };
  responses: {
    /** @description The request failed; the body says why. */
    ErrorResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** @description Kind of the entity, e.g. `component`. */
    kind: string;
    /** @description Namespace of the entity, e.g. `default`. */
    namespace: string;
    /** @description Name of the entity. */
    name: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  GetVectors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rubric and rules. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VectorsResponse'];
        };
      };
      401: components['responses']['ErrorResponse'];
    };
  };
  GetScorecard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entity's scorecard. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Scorecard'];
        };
      };
      401: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  GetHistory: {
    parameters: {
      query?: {
        /** @description Only this vector. */
        vector?: components['schemas']['VectorId'];
        /** @description Only scores recorded at or after this time. */
        from?: string;
        /** @description Only scores recorded at or before this time. */
        to?: string;
        /** @description The most points to return in one page. */
        limit?: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The score series. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreHistory'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  ListAssessments: {
    parameters: {
      query?: {
        /** @description The most assessments to return in one page. */
        limit?: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of assessments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentPage'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  CreateAssessment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Same meaning as `idempotencyKey` in the body; when both are given they must match. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssessmentRequest'];
      };
    };
    responses: {
      /** @description The stored assessment and the scorecard after it; a retry with the same key returns the first result. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentResult'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      /** @description The idempotency key was already used with a different body. */
      409: components['responses']['ErrorResponse'];
      /** @description The body is larger than 256 kB. */
      413: components['responses']['ErrorResponse'];
    };
  };
  AcceptProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposalDecision'];
      };
    };
    responses: {
      /** @description The stored assessment and the scorecard after it. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentResult'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      /** @description No such entity, or no proposal of this provider for this vector. */
      404: components['responses']['ErrorResponse'];
      /** @description The proposal's score is no longer `proposedScore`. */
      409: components['responses']['ErrorResponse'];
      413: components['responses']['ErrorResponse'];
    };
  };
  DismissProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposalDecision'];
      };
    };
    responses: {
      /** @description The entity's scorecard after the dismissal. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Scorecard'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      409: components['responses']['ErrorResponse'];
      413: components['responses']['ErrorResponse'];
    };
  };
  GetSelfServiceUsage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entity's self-service use. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SelfServiceUsage'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  GetTeamSelfServiceUsage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team's self-service use. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamSelfServiceUsage'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  RecordSelfServiceRun: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordRunRequest'];
      };
    };
    responses: {
      /** @description A replay: the run recorded first, with the header `Idempotent-Replayed: true`. */
      200: {
        headers: {
          /** @description Always `true`; the run was recorded by an earlier request. */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SelfServiceRun'];
        };
      };
      /** @description The recorded run. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SelfServiceRun'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      /** @description The caller is not the scaffolder acting for a user, or the scaffolder does not vouch for the task. */
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      /** @description The scaffolder could not be asked about the task. */
      503: components['responses']['ErrorResponse'];
    };
  };
  GetScorecards: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScorecardsRequest'];
      };
    };
    responses: {
      /** @description One page of scorecards. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScorecardsResponse'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
    };
  };
  ExportScores: {
    parameters: {
      query?: {
        /** @description Entity ref of a domain, system or group; only the entities under it are exported. */
        scope?: string;
        /** @description The output format. */
        format?: 'csv' | 'json';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per entity and scored vector. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/json': components['schemas']['ExportRow'][];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
    };
  };
  ListRollups: {
    parameters: {
      query: {
        scope: 'domain' | 'system' | 'group' | 'organization';
        /** @description name (default), level, coverage, stale, or a vector id. */
        sort?: string;
        order?: 'asc' | 'desc';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of roll-ups. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RollupPage'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
    };
  };
  GetRollup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The scope with its children. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Rollup'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  GetRollupHistory: {
    parameters: {
      query?: {
        /** @description A vector id, or `level`. */
        vector?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Snapshot series per vector, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RollupHistory'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      /** @description No such scope, or one the caller may not read. */
      404: components['responses']['ErrorResponse'];
    };
  };
  ExplainEntityChange: {
    parameters: {
      query?: {
        /** @description A vector id, or `level` (the default) for every vector. */
        vector?: string;
        /** @description The start of the window (exclusive); 90 days before `to` by default. */
        from?: string;
        /** @description The end of the window (inclusive); now by default. At most 1098 days after `from`. */
        to?: string;
      };
      header?: never;
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The steps, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangeExplanation'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  ExplainRollupChange: {
    parameters: {
      query?: {
        /** @description A vector id, or `level` (the default) for every vector. */
        vector?: string;
        /** @description The start of the window (exclusive); 90 days before `to` by default. */
        from?: string;
        /** @description The end of the window (inclusive); now by default. At most 1098 days after `from`. */
        to?: string;
      };
      header?: never;
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The steps, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangeExplanation'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  GetReassessList: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entities to reassess next. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReassessList'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      /** @description No such scope, or one the caller may not read. */
      404: components['responses']['ErrorResponse'];
    };
  };
  GetStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Task status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatusResponse'];
        };
      };
      401: components['responses']['ErrorResponse'];
    };
  };
  ImportAssessments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportRequest'];
      };
    };
    responses: {
      /** @description How many assessments were stored and how many were imported before. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResult'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      /** @description The body is larger than 256 kB. */
      413: components['responses']['ErrorResponse'];
    };
  };
  PushFacts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FactsRequest'];
      };
    };
    responses: {
      /** @description How many facts were stored and how many repeated a stored value. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FactsResult'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      /** @description The body is larger than 256 kB. */
      413: components['responses']['ErrorResponse'];
    };
  };
  RefreshHierarchy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sync was started. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            task: string;
          };
        };
      };
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
    };
  };
}

/**
 * The stable kebab-case id of a maturity vector.
 *
 * @public
 */
export type VectorId = components['schemas']['VectorId'];

/**
 * A value on the 0–5 maturity scale.
 *
 * @public
 */
export type Score = components['schemas']['Score'];

/**
 * A value on the 0–5 maturity scale, or null when there is none.
 *
 * @public
 */
export type NullableScore = components['schemas']['NullableScore'];

/**
 * Where a score came from.
 *
 * @public
 */
export type ScoreSource = components['schemas']['ScoreSource'];

/**
 * The rule that turns the vector scores of an entity into its level.
 *
 * @public
 */
export type EntityLevelRule = components['schemas']['EntityLevelRule'];

/**
 * A weight per vector for the `mean` level rule; vectors left out weigh 1.
 *
 * @public
 */
export type VectorWeights = components['schemas']['VectorWeights'];

/**
 * The minimum score per vector required by a target profile.
 *
 * @public
 */
export type VectorMinimums = components['schemas']['VectorMinimums'];

/**
 * One dimension on which an entity is scored from 0 to 5.
 *
 * @public
 */
export type MaturityVector = components['schemas']['MaturityVector'];

/**
 * One step of the 0–5 scale shared by vector scores and entity levels.
 *
 * @public
 */
export type MaturityLevel = components['schemas']['MaturityLevel'];

/**
 * Minimum scores for the entities of some tiers and lifecycles.
 *
 * @public
 */
export type TargetProfile = components['schemas']['TargetProfile'];

/**
 * The configured rules the service scores with.
 *
 * @public
 */
export type MaturityRules = components['schemas']['MaturityRules'];

/**
 * The rubric in force — vectors, levels and rubric version — and the scoring rules.
 *
 * @public
 */
export type VectorsResponse = components['schemas']['VectorsResponse'];

/**
 * For a subjective vector, how many people rated it and how far apart they are.
 *
 * @public
 */
export type RatingSpread = components['schemas']['RatingSpread'];

/**
 * The current state of one vector of an entity.
 *
 * @public
 */
export type VectorScorecardEntry =
  components['schemas']['VectorScorecardEntry'];

/**
 * Confidence from 0 (none) to 1 (a score just given, with facts that agree), two decimals.
 *
 * @public
 */
export type Confidence = components['schemas']['Confidence'];

/**
 * The single 0–5 level of an entity and how it was reached.
 *
 * @public
 */
export type EntityLevel = components['schemas']['EntityLevel'];

/**
 * A vector on which an entity is below a target profile that applies to it.
 *
 * @public
 */
export type TargetGap = components['schemas']['TargetGap'];

/**
 * An entity's maturity at a glance.
 *
 * @public
 */
export type Scorecard = components['schemas']['Scorecard'];

/**
 * What one evidence provider's facts propose for one vector of an entity, as its last collection stored it; a person confirms the proposal, overrides it or leaves it.
 *
 * @public
 */
export type VectorEvidence = components['schemas']['VectorEvidence'];

/**
 * An owner's decision not to take a proposal, with the reason.
 *
 * @public
 */
export type EvidenceDismissal = components['schemas']['EvidenceDismissal'];

/**
 * Names one proposal of an entity's scorecard: the vector, the provider and the score the caller saw, so a proposal that changed meanwhile is not decided blindly (409).
 *
 * @public
 */
export type ProposalDecision = components['schemas']['ProposalDecision'];

/**
 * One thing that moved a score or a roll-up.
 *
 * @public
 */
export type ChangeStep = components['schemas']['ChangeStep'];

/**
 * Why a score or roll-up moved between `from` and `to`.
 *
 * @public
 */
export type ChangeExplanation = components['schemas']['ChangeExplanation'];

/**
 * One observation behind a proposal.
 *
 * @public
 */
export type EvidenceFact = components['schemas']['EvidenceFact'];

/**
 * The score of one vector within an assessment.
 *
 * @public
 */
export type AssessmentScoreInput =
  components['schemas']['AssessmentScoreInput'];

/**
 * New scores for some or all vectors of one entity; each vector at most once.
 *
 * @public
 */
export type AssessmentRequest = components['schemas']['AssessmentRequest'];

/**
 * An assessment made in the past, elsewhere or before the plugin was installed.
 *
 * @public
 */
export type ImportedAssessment = components['schemas']['ImportedAssessment'];

/**
 * The `ImportRequest` shape of the API.
 *
 * @public
 */
export type ImportRequest = components['schemas']['ImportRequest'];

/**
 * The `ImportResult` shape of the API.
 *
 * @public
 */
export type ImportResult = components['schemas']['ImportResult'];

/**
 * One observation about a component or resource sent by a CI pipeline or another tool, e.g. the share of up-to-date dependencies from a dependency report. The latest value per entity, key and source is kept, with a history of changes; configured fact rules turn it into proposals of the `pushed` evidence provider.
 *
 * @public
 */
export type PushedFact = components['schemas']['PushedFact'];

/**
 * The `FactsRequest` shape of the API.
 *
 * @public
 */
export type FactsRequest = components['schemas']['FactsRequest'];

/**
 * The `FactsResult` shape of the API.
 *
 * @public
 */
export type FactsResult = components['schemas']['FactsResult'];

/**
 * A stored assessment of one entity.
 *
 * @public
 */
export type Assessment = components['schemas']['Assessment'];

/**
 * The stored assessment together with the entity's scorecard after it.
 *
 * @public
 */
export type AssessmentResult = components['schemas']['AssessmentResult'];

/**
 * One page of an entity's assessments, newest first.
 *
 * @public
 */
export type AssessmentPage = components['schemas']['AssessmentPage'];

/**
 * One recorded score of a vector.
 *
 * @public
 */
export type HistoryPoint = components['schemas']['HistoryPoint'];

/**
 * The recorded scores of one vector, oldest first.
 *
 * @public
 */
export type HistorySeries = components['schemas']['HistorySeries'];

/**
 * The score history of an entity, one series per vector.
 *
 * @public
 */
export type ScoreHistory = components['schemas']['ScoreHistory'];

/**
 * The entities whose scorecards to read, a page at a time.
 *
 * @public
 */
export type ScorecardsRequest = components['schemas']['ScorecardsRequest'];

/**
 * One page of scorecards and the requested refs that match no entity.
 *
 * @public
 */
export type ScorecardsResponse = components['schemas']['ScorecardsResponse'];

/**
 * How many scores (or levels) of 0, 1, 2, 3, 4 and 5.
 *
 * @public
 */
export type Distribution = components['schemas']['Distribution'];

/**
 * The `RollupRule` shape of the API.
 *
 * @public
 */
export type RollupRule = components['schemas']['RollupRule'];

/**
 * The `RollupVector` shape of the API.
 *
 * @public
 */
export type RollupVector = components['schemas']['RollupVector'];

/**
 * The `Rollup` shape of the API.
 *
 * @public
 */
export type Rollup = components['schemas']['Rollup'];

/**
 * The `ReassessList` shape of the API.
 *
 * @public
 */
export type ReassessList = components['schemas']['ReassessList'];

/**
 * The `RollupPage` shape of the API.
 *
 * @public
 */
export type RollupPage = components['schemas']['RollupPage'];

/**
 * The `RollupHistory` shape of the API.
 *
 * @public
 */
export type RollupHistory = components['schemas']['RollupHistory'];

/**
 * The `TaskRun` shape of the API.
 *
 * @public
 */
export type TaskRun = components['schemas']['TaskRun'];

/**
 * The `StatusResponse` shape of the API.
 *
 * @public
 */
export type StatusResponse = components['schemas']['StatusResponse'];

/**
 * A scaffolder task ran a template against an entity.
 *
 * @public
 */
export type RecordRunRequest = components['schemas']['RecordRunRequest'];

/**
 * One recorded self-service run.
 *
 * @public
 */
export type SelfServiceRun = components['schemas']['SelfServiceRun'];

/**
 * Runs at or after now minus 30 days and now minus 90 days.
 *
 * @public
 */
export type RunCounts = components['schemas']['RunCounts'];

/**
 * How often self-service was used for one entity.
 *
 * @public
 */
export type SelfServiceUsage = components['schemas']['SelfServiceUsage'];

/**
 * How often self-service was used for the entities a group owns.
 *
 * @public
 */
export type TeamSelfServiceUsage =
  components['schemas']['TeamSelfServiceUsage'];

/**
 * One current vector score of one entity, flattened for spreadsheets.
 *
 * @public
 */
export type ExportRow = components['schemas']['ExportRow'];
