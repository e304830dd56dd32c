// This file is generated from openapi.yaml by scripts/openapi-to-ts.mjs — do not edit.
// After changing openapi.yaml, run `yarn generate:openapi` in the package.

import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

/**
 * The OpenAPI document of this plugin's HTTP API, as a constant so that request and
 * response types can be inferred from it.
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
        },
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
              'Automated signals and the score they propose, for a person to confirm or override. Only the single-entity scorecard (and the one an assessment answers with) carries it, and only when there is evidence; bulk scorecards leave it out.',
            items: {
              $ref: '#/components/schemas/VectorEvidence',
            },
          },
        },
      },
      VectorEvidence: {
        type: 'object',
        description:
          'What automated signals say about one vector of an entity.',
        additionalProperties: false,
        required: ['vector', 'facts', 'proposedScore'],
        properties: {
          vector: {
            $ref: '#/components/schemas/VectorId',
          },
          facts: {
            type: 'array',
            description:
              'Sentences for people, e.g. `7 self-service runs in the last 90 days (2 in the last 30)`.',
            items: {
              type: 'string',
            },
          },
          proposedScore: {
            $ref: '#/components/schemas/NullableScore',
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
            required: false,
            schema: {
              type: 'string',
              format: 'date',
            },
          },
          {
            name: 'to',
            in: 'query',
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

/**
 * Creates an express router that validates requests against {@link spec} and whose route
 * handlers get their parameter, body and response types from it.
 *
 * @public
 */
export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
