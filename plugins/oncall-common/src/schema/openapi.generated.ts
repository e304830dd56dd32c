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
    title: 'oncall',
    version: '1',
    description:
      'Person of the Week and on-call for catalog entities: versioned rotations of a group, who covers an entity or a team now and next, shifts of a window, overrides, hand-off notes, an iCal feed per rotation and the import of iCal schedules, and the interrupt ledger of a team with its share of planned capacity per iteration.',
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
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$',
        },
      },
      namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        description: 'Namespace of the entity or group, e.g. `default`.',
        schema: {
          type: 'string',
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$',
        },
      },
      name: {
        name: 'name',
        in: 'path',
        required: true,
        description: 'Name of the entity or group.',
        schema: {
          type: 'string',
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$',
        },
      },
      rotationId: {
        name: 'id',
        in: 'path',
        required: true,
        description: 'Id of the rotation.',
        schema: {
          type: 'string',
          maxLength: 36,
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$',
        },
      },
      from: {
        name: 'from',
        in: 'query',
        required: false,
        description:
          'Start of the window (inclusive), ISO 8601 with an offset.',
        schema: {
          type: 'string',
          format: 'date-time',
        },
      },
      to: {
        name: 'to',
        in: 'query',
        required: false,
        description: 'End of the window (exclusive), ISO 8601 with an offset.',
        schema: {
          type: 'string',
          format: 'date-time',
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
      Instant: {
        type: 'string',
        format: 'date-time',
        description: 'An instant, ISO 8601; answers use UTC.',
      },
      NullableInstant: {
        type: ['string', 'null'],
        format: 'date-time',
      },
      EntityRef: {
        type: 'string',
        minLength: 3,
        maxLength: 255,
        description: 'A full entity ref, e.g. `user:default/jane`.',
      },
      NullableEntityRef: {
        type: ['string', 'null'],
        maxLength: 255,
      },
      Role: {
        type: 'string',
        pattern: '^[a-z][a-z0-9-]{0,62}$',
        description:
          '`potw`, `primary`, `secondary` or another kebab-case role.',
      },
      Timezone: {
        type: 'string',
        minLength: 1,
        maxLength: 64,
        description: 'An IANA time zone, e.g. `Europe/Berlin`.',
      },
      Handoff: {
        type: 'object',
        additionalProperties: false,
        required: ['weekday', 'time'],
        properties: {
          weekday: {
            type: 'integer',
            minimum: 1,
            maximum: 7,
            description: 'ISO weekday of the first hand-off, 1 = Monday.',
          },
          time: {
            type: 'string',
            description: 'Local time of every hand-off, `HH:mm`.',
          },
        },
      },
      VersionInput: {
        type: 'object',
        additionalProperties: false,
        required: [
          'timezone',
          'role',
          'participants',
          'handoff',
          'shiftLength',
          'startDate',
        ],
        properties: {
          effectiveFrom: {
            $ref: '#/components/schemas/Instant',
          },
          timezone: {
            $ref: '#/components/schemas/Timezone',
          },
          role: {
            $ref: '#/components/schemas/Role',
          },
          participants: {
            type: 'array',
            minItems: 1,
            maxItems: 100,
            items: {
              $ref: '#/components/schemas/EntityRef',
            },
          },
          handoff: {
            $ref: '#/components/schemas/Handoff',
          },
          shiftLength: {
            type: 'string',
            maxLength: 32,
            description: 'ISO 8601 duration of one shift, at least `PT1H`.',
          },
          startDate: {
            type: 'string',
            description: 'Local date `YYYY-MM-DD` the cycle counts from.',
          },
        },
      },
      Version: {
        type: 'object',
        additionalProperties: false,
        required: [
          'effectiveFrom',
          'timezone',
          'role',
          'participants',
          'handoff',
          'shiftLength',
          'startDate',
        ],
        properties: {
          effectiveFrom: {
            $ref: '#/components/schemas/Instant',
          },
          timezone: {
            type: 'string',
          },
          role: {
            type: 'string',
          },
          participants: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          handoff: {
            $ref: '#/components/schemas/Handoff',
          },
          shiftLength: {
            type: 'string',
          },
          startDate: {
            type: 'string',
          },
        },
      },
      Rotation: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'owner',
          'name',
          'role',
          'timezone',
          'source',
          'versions',
          'createdBy',
          'createdAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          role: {
            type: 'string',
          },
          timezone: {
            type: 'string',
          },
          source: {
            type: 'string',
            enum: ['rules', 'ical'],
          },
          versions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Version',
            },
          },
          imported: {
            type: 'object',
            additionalProperties: false,
            required: ['entries', 'from', 'to'],
            properties: {
              entries: {
                type: 'integer',
              },
              from: {
                type: 'string',
              },
              to: {
                type: 'string',
              },
            },
          },
          createdBy: {
            type: 'string',
          },
          createdAt: {
            $ref: '#/components/schemas/Instant',
          },
        },
      },
      Override: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'rotationId',
          'user',
          'start',
          'end',
          'createdBy',
          'createdAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          rotationId: {
            type: 'string',
          },
          user: {
            type: 'string',
          },
          start: {
            $ref: '#/components/schemas/Instant',
          },
          end: {
            $ref: '#/components/schemas/Instant',
          },
          replaces: {
            type: 'string',
          },
          reason: {
            type: 'string',
          },
          createdBy: {
            type: 'string',
          },
          createdAt: {
            $ref: '#/components/schemas/Instant',
          },
        },
      },
      Shift: {
        type: 'object',
        additionalProperties: false,
        required: ['user', 'start', 'end', 'source'],
        properties: {
          user: {
            type: 'string',
          },
          start: {
            $ref: '#/components/schemas/Instant',
          },
          end: {
            $ref: '#/components/schemas/Instant',
          },
          source: {
            type: 'string',
            enum: ['rotation', 'override'],
          },
          rotationVersion: {
            type: 'string',
          },
          overrideId: {
            type: 'string',
          },
        },
      },
      Gap: {
        type: 'object',
        additionalProperties: false,
        required: ['start', 'end'],
        properties: {
          start: {
            $ref: '#/components/schemas/Instant',
          },
          end: {
            $ref: '#/components/schemas/Instant',
          },
        },
      },
      HandoffNote: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'rotationId', 'at', 'text', 'author', 'createdAt'],
        properties: {
          id: {
            type: 'string',
          },
          rotationId: {
            type: 'string',
          },
          at: {
            $ref: '#/components/schemas/Instant',
          },
          text: {
            type: 'string',
          },
          author: {
            type: 'string',
          },
          createdAt: {
            $ref: '#/components/schemas/Instant',
          },
        },
      },
      RoleCoverage: {
        type: 'object',
        additionalProperties: false,
        required: [
          'role',
          'rotationId',
          'rotationName',
          'user',
          'since',
          'until',
          'next',
          'timezone',
          'override',
        ],
        properties: {
          role: {
            type: 'string',
          },
          rotationId: {
            type: 'string',
          },
          rotationName: {
            type: 'string',
          },
          user: {
            $ref: '#/components/schemas/NullableEntityRef',
          },
          since: {
            $ref: '#/components/schemas/NullableInstant',
          },
          until: {
            $ref: '#/components/schemas/NullableInstant',
          },
          next: {
            type: ['object', 'null'],
            additionalProperties: false,
            required: ['user', 'at'],
            properties: {
              user: {
                $ref: '#/components/schemas/NullableEntityRef',
              },
              at: {
                $ref: '#/components/schemas/Instant',
              },
            },
          },
          timezone: {
            type: 'string',
          },
          override: {
            type: 'boolean',
          },
        },
      },
      Now: {
        type: 'object',
        additionalProperties: false,
        required: ['entityRef', 'team', 'resolvedVia', 'roles', 'escalation'],
        properties: {
          entityRef: {
            type: 'string',
          },
          team: {
            $ref: '#/components/schemas/NullableEntityRef',
          },
          resolvedVia: {
            type: ['string', 'null'],
            enum: ['self', 'owner', 'annotation', null],
          },
          roles: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RoleCoverage',
            },
          },
          escalation: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      Category: {
        type: 'string',
        enum: ['incident', 'request', 'question', 'alert', 'other'],
      },
      InterruptEdit: {
        type: 'object',
        additionalProperties: false,
        required: [
          'interruptId',
          'action',
          'changes',
          'changedBy',
          'changedAt',
        ],
        properties: {
          interruptId: {
            type: 'string',
          },
          action: {
            type: 'string',
            enum: ['update', 'delete'],
          },
          changes: {
            type: 'object',
            description:
              'Each changed field with its value before (`from`) and after (`to`).',
            additionalProperties: {
              type: 'object',
              required: ['from', 'to'],
              properties: {
                from: {},
                to: {},
              },
            },
          },
          changedBy: {
            type: 'string',
          },
          changedAt: {
            $ref: '#/components/schemas/Instant',
          },
        },
      },
      Interrupt: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'team',
          'title',
          'category',
          'receivedAt',
          'source',
          'createdBy',
        ],
        properties: {
          id: {
            type: 'string',
          },
          team: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          category: {
            $ref: '#/components/schemas/Category',
          },
          receivedAt: {
            $ref: '#/components/schemas/Instant',
          },
          triagedBy: {
            type: 'string',
          },
          effortMinutes: {
            type: 'integer',
          },
          resolvedAt: {
            $ref: '#/components/schemas/Instant',
          },
          source: {
            type: 'string',
            enum: ['manual', 'self-service', 'import'],
          },
          createdBy: {
            type: 'string',
          },
        },
      },
      CategoryStats: {
        type: 'object',
        additionalProperties: false,
        required: ['count', 'minutes'],
        properties: {
          count: {
            type: 'integer',
          },
          minutes: {
            type: 'number',
          },
        },
      },
      Capacity: {
        type: 'object',
        additionalProperties: false,
        required: ['hoursPerIteration', 'source'],
        properties: {
          hoursPerIteration: {
            type: ['number', 'null'],
          },
          source: {
            type: ['string', 'null'],
            enum: ['portal', 'annotation', null],
          },
          people: {
            type: 'integer',
          },
          hoursPerPerson: {
            type: 'number',
          },
        },
      },
      RotationsResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['rotations'],
        properties: {
          rotations: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Rotation',
            },
          },
        },
        description: 'The rotations of one team.',
      },
      CreateRotationRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['owner', 'name', 'version'],
        properties: {
          owner: {
            $ref: '#/components/schemas/EntityRef',
          },
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          version: {
            $ref: '#/components/schemas/VersionInput',
          },
        },
      },
      ImportRotationRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['owner', 'name', 'role', 'timezone', 'ics'],
        properties: {
          owner: {
            $ref: '#/components/schemas/EntityRef',
          },
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          role: {
            $ref: '#/components/schemas/Role',
          },
          timezone: {
            $ref: '#/components/schemas/Timezone',
          },
          ics: {
            type: 'string',
            minLength: 1,
            maxLength: 2000000,
          },
          from: {
            $ref: '#/components/schemas/Instant',
          },
          to: {
            $ref: '#/components/schemas/Instant',
          },
        },
      },
      ShiftsResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['rotationId', 'from', 'to', 'shifts', 'gaps'],
        properties: {
          rotationId: {
            type: 'string',
          },
          from: {
            $ref: '#/components/schemas/Instant',
          },
          to: {
            $ref: '#/components/schemas/Instant',
          },
          shifts: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Shift',
            },
          },
          gaps: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Gap',
            },
          },
        },
        description: 'The shifts and gaps of a rotation in a window.',
      },
      FeedTokenResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['feedUrl', 'token'],
        properties: {
          feedUrl: {
            type: 'string',
            description: 'Absolute URL of the feed, holding the token.',
          },
          token: {
            type: 'string',
            description:
              'The secret part of `feedUrl`, 43 base64url characters.',
          },
        },
      },
      OverridesResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['overrides'],
        properties: {
          overrides: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Override',
            },
          },
        },
        description: 'The overrides of a rotation.',
      },
      CreateOverrideRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['user', 'start', 'end'],
        properties: {
          user: {
            $ref: '#/components/schemas/EntityRef',
          },
          start: {
            $ref: '#/components/schemas/Instant',
          },
          end: {
            $ref: '#/components/schemas/Instant',
          },
          replaces: {
            $ref: '#/components/schemas/EntityRef',
          },
          reason: {
            type: 'string',
            maxLength: 500,
          },
        },
      },
      HandoffsResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['handoffs'],
        properties: {
          handoffs: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/HandoffWithNotes',
            },
          },
        },
        description: 'The hand-offs of a window with their notes.',
      },
      HandoffWithNotes: {
        type: 'object',
        additionalProperties: false,
        required: ['at', 'from', 'to', 'notes'],
        properties: {
          at: {
            $ref: '#/components/schemas/Instant',
          },
          from: {
            $ref: '#/components/schemas/NullableEntityRef',
          },
          to: {
            $ref: '#/components/schemas/NullableEntityRef',
          },
          notes: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/HandoffNote',
            },
          },
        },
        description:
          'One hand-off: when, from whom to whom, and the notes left for it.',
      },
      CreateHandoffNoteRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        properties: {
          at: {
            $ref: '#/components/schemas/Instant',
          },
          text: {
            type: 'string',
            minLength: 1,
            maxLength: 4000,
          },
        },
      },
      InterruptsResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['interrupts'],
        properties: {
          interrupts: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Interrupt',
            },
          },
          nextCursor: {
            type: 'string',
          },
        },
        description: 'One page of interrupts, newest first.',
      },
      CreateInterruptRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['team', 'title', 'category'],
        properties: {
          team: {
            $ref: '#/components/schemas/EntityRef',
          },
          entityRef: {
            $ref: '#/components/schemas/EntityRef',
          },
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 300,
          },
          category: {
            $ref: '#/components/schemas/Category',
          },
          receivedAt: {
            $ref: '#/components/schemas/Instant',
          },
          effortMinutes: {
            type: 'integer',
            minimum: 0,
            maximum: 10080,
          },
          resolvedAt: {
            $ref: '#/components/schemas/Instant',
          },
          source: {
            type: 'string',
            description:
              'How it reached the team; `manual` when omitted. `self-service` is set by the scaffolder action; `import` is reserved for imports and refused here.',
            enum: ['manual', 'self-service'],
          },
        },
      },
      UpdateInterruptRequest: {
        type: 'object',
        additionalProperties: false,
        properties: {
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 300,
          },
          category: {
            $ref: '#/components/schemas/Category',
          },
          effortMinutes: {
            type: ['integer', 'null'],
            minimum: 0,
            maximum: 10080,
          },
          resolvedAt: {
            $ref: '#/components/schemas/NullableInstant',
          },
        },
      },
      InterruptEditsResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['edits'],
        properties: {
          edits: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/InterruptEdit',
            },
          },
        },
        description: 'The edits of one interrupt, oldest first.',
      },
      InterruptStatsResponse: {
        type: 'object',
        additionalProperties: false,
        required: [
          'team',
          'iterationLength',
          'capacity',
          'iterations',
          'trend',
        ],
        properties: {
          team: {
            type: 'string',
          },
          iterationLength: {
            type: 'string',
          },
          capacity: {
            $ref: '#/components/schemas/Capacity',
          },
          iterations: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/IterationStats',
            },
          },
          trend: {
            type: ['string', 'null'],
            enum: ['up', 'down', 'flat', null],
          },
        },
        description: 'Interrupt effort against planned capacity per iteration.',
      },
      IterationStats: {
        type: 'object',
        additionalProperties: false,
        required: [
          'start',
          'end',
          'count',
          'interruptMinutes',
          'capacityMinutes',
          'share',
          'byCategory',
        ],
        properties: {
          start: {
            $ref: '#/components/schemas/Instant',
          },
          end: {
            $ref: '#/components/schemas/Instant',
          },
          count: {
            type: 'integer',
          },
          interruptMinutes: {
            type: 'number',
          },
          capacityMinutes: {
            type: 'number',
          },
          share: {
            type: ['number', 'null'],
          },
          byCategory: {
            type: 'object',
            additionalProperties: false,
            required: ['incident', 'request', 'question', 'alert', 'other'],
            properties: {
              incident: {
                $ref: '#/components/schemas/CategoryStats',
              },
              request: {
                $ref: '#/components/schemas/CategoryStats',
              },
              question: {
                $ref: '#/components/schemas/CategoryStats',
              },
              alert: {
                $ref: '#/components/schemas/CategoryStats',
              },
              other: {
                $ref: '#/components/schemas/CategoryStats',
              },
            },
          },
        },
        description: 'The interrupt effort of one iteration.',
      },
      SetCapacityRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['people', 'hoursPerPerson'],
        properties: {
          people: {
            type: 'integer',
            minimum: 1,
            maximum: 1000,
          },
          hoursPerPerson: {
            type: 'number',
            minimum: 0,
            maximum: 1000,
          },
        },
      },
    },
  },
  paths: {
    '/teams/{namespace}/{name}/rotations': {
      get: {
        operationId: 'ListTeamRotations',
        description: 'The rotations of a group, PoTW first.',
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
            description: 'The rotations.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RotationsResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rotations': {
      post: {
        operationId: 'CreateRotation',
        description:
          'Creates a rotation for a group with its first version of rules.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateRotationRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The new rotation.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Rotation',
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
        },
      },
    },
    '/rotations/import': {
      post: {
        operationId: 'ImportRotation',
        description:
          'Creates a rotation from an iCal schedule exported by another on-call tool; recurrences are expanded in the window and every event must name a catalog user.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ImportRotationRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The imported rotation.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Rotation',
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
        },
      },
    },
    '/rotations/{id}': {
      get: {
        operationId: 'GetRotation',
        description: 'One rotation with every version of its rules.',
        parameters: [
          {
            $ref: '#/components/parameters/rotationId',
          },
        ],
        responses: {
          '200': {
            description: 'The rotation.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Rotation',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'DeleteRotation',
        description: 'Deletes a rotation with its overrides and notes.',
        parameters: [
          {
            $ref: '#/components/parameters/rotationId',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rotations/{id}/versions': {
      post: {
        operationId: 'AddRotationVersion',
        description:
          'New rules for a rotation from `effectiveFrom` (default now) on; the past keeps its rules.',
        parameters: [
          {
            $ref: '#/components/parameters/rotationId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/VersionInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The rotation with the new version.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Rotation',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rotations/{id}/shifts': {
      get: {
        operationId: 'GetShifts',
        description:
          'Shifts and gaps of a window (default the next four weeks); together they tile it.',
        parameters: [
          {
            $ref: '#/components/parameters/rotationId',
          },
          {
            $ref: '#/components/parameters/from',
          },
          {
            $ref: '#/components/parameters/to',
          },
        ],
        responses: {
          '200': {
            description: 'Shifts and gaps.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ShiftsResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rotations/{id}/calendar.ics': {
      get: {
        operationId: 'GetCalendar',
        description:
          'The rotation as an RFC 5545 calendar, one event per shift (default four weeks back to 26 weeks ahead), for signed-in callers; calendar apps subscribe to the feed URL of `POST /rotations/{id}/feed-token` instead.',
        parameters: [
          {
            $ref: '#/components/parameters/rotationId',
          },
          {
            $ref: '#/components/parameters/from',
          },
          {
            $ref: '#/components/parameters/to',
          },
        ],
        responses: {
          '200': {
            description: 'The calendar.',
            content: {
              'text/calendar': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rotations/{id}/feed-token': {
      post: {
        operationId: 'CreateFeedToken',
        description:
          "A new secret feed URL for the rotation's calendar, which calendar apps read without signing in. The token is in this answer only (the plugin keeps its hash), and the rotation's previous feed URL stops working. Needs `oncall.rotation.manage` on the owning group.",
        parameters: [
          {
            $ref: '#/components/parameters/rotationId',
          },
        ],
        responses: {
          '201': {
            description: 'The feed URL with its token, shown this once.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FeedTokenResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'RevokeFeedToken',
        description:
          "Revokes the rotation's feed URL, if it has one. Needs `oncall.rotation.manage` on the owning group.",
        parameters: [
          {
            $ref: '#/components/parameters/rotationId',
          },
        ],
        responses: {
          '204': {
            description: 'The rotation has no working feed URL.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/feeds/{token}/calendar.ics': {
      get: {
        operationId: 'GetFeedCalendar',
        description:
          'The calendar of the rotation whose feed token this is, as `GET /rotations/{id}/calendar.ics` gives it; open without a Backstage token, for calendar apps. A wrong or revoked token is a 404.',
        parameters: [
          {
            name: 'token',
            in: 'path',
            required: true,
            description: 'The feed token of `POST /rotations/{id}/feed-token`.',
            schema: {
              type: 'string',
              pattern: '^[A-Za-z0-9_-]{1,128}$',
            },
          },
          {
            $ref: '#/components/parameters/from',
          },
          {
            $ref: '#/components/parameters/to',
          },
        ],
        responses: {
          '200': {
            description: 'The calendar.',
            content: {
              'text/calendar': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rotations/{id}/overrides': {
      get: {
        operationId: 'ListOverrides',
        description:
          'Overrides made by people that overlap a window (default the next four weeks).',
        parameters: [
          {
            $ref: '#/components/parameters/rotationId',
          },
          {
            $ref: '#/components/parameters/from',
          },
          {
            $ref: '#/components/parameters/to',
          },
        ],
        responses: {
          '200': {
            description: 'The overrides.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OverridesResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'CreateOverride',
        description:
          'Puts someone on duty for a stretch of time instead of the rotation.',
        parameters: [
          {
            $ref: '#/components/parameters/rotationId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateOverrideRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The override.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Override',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rotations/{id}/overrides/{overrideId}': {
      delete: {
        operationId: 'DeleteOverride',
        description: 'Removes an override.',
        parameters: [
          {
            $ref: '#/components/parameters/rotationId',
          },
          {
            name: 'overrideId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$',
            },
          },
        ],
        responses: {
          '204': {
            description: 'Removed.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rotations/{id}/handoffs': {
      get: {
        operationId: 'ListHandoffs',
        description:
          'Hand-offs of a window (default the next four weeks) with their notes.',
        parameters: [
          {
            $ref: '#/components/parameters/rotationId',
          },
          {
            $ref: '#/components/parameters/from',
          },
          {
            $ref: '#/components/parameters/to',
          },
        ],
        responses: {
          '200': {
            description: 'The hand-offs.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/HandoffsResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/rotations/{id}/handoffs/notes': {
      post: {
        operationId: 'CreateHandoffNote',
        description: 'Leaves a note for a hand-off (default the next one).',
        parameters: [
          {
            $ref: '#/components/parameters/rotationId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateHandoffNoteRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The note.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/HandoffNote',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/now': {
      get: {
        operationId: 'GetEntityNow',
        description:
          'Who covers an entity now, until when and who is next, per role, through its team (`agile-ops/oncall-team` annotation, else `spec.owner`), with the escalation chain.',
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
            description: 'The coverage.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Now',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/teams/{namespace}/{name}/now': {
      get: {
        operationId: 'GetTeamNow',
        description:
          'Who covers a group now, until when and who is next, per role.',
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
            description: 'The coverage.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Now',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/interrupts': {
      get: {
        operationId: 'ListInterrupts',
        description: 'A page of the interrupt ledger, newest first.',
        parameters: [
          {
            name: 'team',
            in: 'query',
            required: false,
            description: 'Group entity ref of the team.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'entityRef',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            $ref: '#/components/parameters/from',
          },
          {
            $ref: '#/components/parameters/to',
          },
          {
            name: 'open',
            in: 'query',
            required: false,
            description: 'Only interrupts not resolved yet.',
            schema: {
              type: 'boolean',
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 200,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 500,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The interrupts.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/InterruptsResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'CreateInterrupt',
        description:
          'Records an interrupt; the PoTW at `receivedAt` becomes its `triagedBy`.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateInterruptRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The recorded interrupt.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Interrupt',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/interrupts/{id}': {
      patch: {
        operationId: 'UpdateInterrupt',
        description:
          'Changes an interrupt; `null` clears effort or resolution.',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/UpdateInterruptRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The interrupt after the change.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Interrupt',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'DeleteInterrupt',
        description:
          'Removes an interrupt from the ledger; its last state stays in its edits.',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$',
            },
          },
        ],
        responses: {
          '204': {
            description: 'Removed.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/interrupts/{id}/edits': {
      get: {
        operationId: 'ListInterruptEdits',
        description:
          'Who changed the interrupt, what and when, oldest first: each update with the changed fields before and after, and a deletion with the last state.',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The edits.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/InterruptEditsResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/teams/{namespace}/{name}/interrupt-stats': {
      get: {
        operationId: 'GetInterruptStats',
        description:
          "Interrupt effort against the team's planned capacity per iteration (default the last six), by category, with the trend of the share.",
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            $ref: '#/components/parameters/from',
          },
          {
            $ref: '#/components/parameters/to',
          },
        ],
        responses: {
          '200': {
            description: 'The statistics.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/InterruptStatsResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/teams/{namespace}/{name}/capacity': {
      get: {
        operationId: 'GetCapacity',
        description:
          "The team's planned capacity per iteration and where it comes from.",
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
            description: 'The capacity.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Capacity',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      put: {
        operationId: 'SetCapacity',
        description:
          "Sets the team's planned capacity as people × hours per person per iteration.",
        parameters: [
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
                $ref: '#/components/schemas/SetCapacityRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The capacity now in force.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Capacity',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
  },
} as const;

export interface paths {
  '/teams/{namespace}/{name}/rotations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The rotations of a group, PoTW first. */
    get: operations['ListTeamRotations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rotations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Creates a rotation for a group with its first version of rules. */
    post: operations['CreateRotation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rotations/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Creates a rotation from an iCal schedule exported by another on-call tool; recurrences are expanded in the window and every event must name a catalog user. */
    post: operations['ImportRotation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rotations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One rotation with every version of its rules. */
    get: operations['GetRotation'];
    put?: never;
    post?: never;
    /** @description Deletes a rotation with its overrides and notes. */
    delete: operations['DeleteRotation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rotations/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description New rules for a rotation from `effectiveFrom` (default now) on; the past keeps its rules. */
    post: operations['AddRotationVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rotations/{id}/shifts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Shifts and gaps of a window (default the next four weeks); together they tile it. */
    get: operations['GetShifts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rotations/{id}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The rotation as an RFC 5545 calendar, one event per shift (default four weeks back to 26 weeks ahead), for signed-in callers; calendar apps subscribe to the feed URL of `POST /rotations/{id}/feed-token` instead. */
    get: operations['GetCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rotations/{id}/feed-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description A new secret feed URL for the rotation's calendar, which calendar apps read without signing in. The token is in this answer only (the plugin keeps its hash), and the rotation's previous feed URL stops working. Needs `oncall.rotation.manage` on the owning group. */
    post: operations['CreateFeedToken'];
    /** @description Revokes the rotation's feed URL, if it has one. Needs `oncall.rotation.manage` on the owning group. */
    delete: operations['RevokeFeedToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feeds/{token}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The calendar of the rotation whose feed token this is, as `GET /rotations/{id}/calendar.ics` gives it; open without a Backstage token, for calendar apps. A wrong or revoked token is a 404. */
    get: operations['GetFeedCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rotations/{id}/overrides': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Overrides made by people that overlap a window (default the next four weeks). */
    get: operations['ListOverrides'];
    put?: never;
    /** @description Puts someone on duty for a stretch of time instead of the rotation. */
    post: operations['CreateOverride'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rotations/{id}/overrides/{overrideId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** @description Removes an override. */
    delete: operations['DeleteOverride'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rotations/{id}/handoffs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Hand-offs of a window (default the next four weeks) with their notes. */
    get: operations['ListHandoffs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rotations/{id}/handoffs/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Leaves a note for a hand-off (default the next one). */
    post: operations['CreateHandoffNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/now': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Who covers an entity now, until when and who is next, per role, through its team (`agile-ops/oncall-team` annotation, else `spec.owner`), with the escalation chain. */
    get: operations['GetEntityNow'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/teams/{namespace}/{name}/now': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Who covers a group now, until when and who is next, per role. */
    get: operations['GetTeamNow'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interrupts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description A page of the interrupt ledger, newest first. */
    get: operations['ListInterrupts'];
    put?: never;
    /** @description Records an interrupt; the PoTW at `receivedAt` becomes its `triagedBy`. */
    post: operations['CreateInterrupt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interrupts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** @description Removes an interrupt from the ledger; its last state stays in its edits. */
    delete: operations['DeleteInterrupt'];
    options?: never;
    head?: never;
    /** @description Changes an interrupt; `null` clears effort or resolution. */
    patch: operations['UpdateInterrupt'];
    trace?: never;
  };
  '/interrupts/{id}/edits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Who changed the interrupt, what and when, oldest first: each update with the changed fields before and after, and a deletion with the last state. */
    get: operations['ListInterruptEdits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/teams/{namespace}/{name}/interrupt-stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Interrupt effort against the team's planned capacity per iteration (default the last six), by category, with the trend of the share. */
    get: operations['GetInterruptStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/teams/{namespace}/{name}/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The team's planned capacity per iteration and where it comes from. */
    get: operations['GetCapacity'];
    /** @description Sets the team's planned capacity as people × hours per person per iteration. */
    put: operations['SetCapacity'];
    post?: never;
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
     * Format: date-time
     * @description An instant, ISO 8601; answers use UTC.
     */
    Instant: string;
    /** Format: date-time */
    NullableInstant: string | null;
    /** @description A full entity ref, e.g. `user:default/jane`. */
    EntityRef: string;
    NullableEntityRef: string | null;
    /** @description `potw`, `primary`, `secondary` or another kebab-case role. */
    Role: string;
    /** @description An IANA time zone, e.g. `Europe/Berlin`. */
    Timezone: string;
    Handoff: {
      /** @description ISO weekday of the first hand-off, 1 = Monday. */
      weekday: number;
      /** @description Local time of every hand-off, `HH:mm`. */
      time: string;
    };
    VersionInput: {
      effectiveFrom?: components['schemas']['Instant'];
      timezone: components['schemas']['Timezone'];
      role: components['schemas']['Role'];
      participants: components['schemas']['EntityRef'][];
      handoff: components['schemas']['Handoff'];
      /** @description ISO 8601 duration of one shift, at least `PT1H`. */
      shiftLength: string;
      /** @description Local date `YYYY-MM-DD` the cycle counts from. */
      startDate: string;
    };
    Version: {
      effectiveFrom: components['schemas']['Instant'];
      timezone: string;
      role: string;
      participants: string[];
      handoff: components['schemas']['Handoff'];
      shiftLength: string;
      startDate: string;
    };
    Rotation: {
      id: string;
      owner: string;
      name: string;
      role: string;
      timezone: string;
      /** @enum {string} */
      source: 'rules' | 'ical';
      versions: components['schemas']['Version'][];
      imported?: {
        entries: number;
        from: string;
        to: string;
      };
      createdBy: string;
      createdAt: components['schemas']['Instant'];
    };
    Override: {
      id: string;
      rotationId: string;
      user: string;
      start: components['schemas']['Instant'];
      end: components['schemas']['Instant'];
      replaces?: string;
      reason?: string;
      createdBy: string;
      createdAt: components['schemas']['Instant'];
    };
    Shift: {
      user: string;
      start: components['schemas']['Instant'];
      end: components['schemas']['Instant'];
      /** @enum {string} */
      source: 'rotation' | 'override';
      rotationVersion?: string;
      overrideId?: string;
    };
    Gap: {
      start: components['schemas']['Instant'];
      end: components['schemas']['Instant'];
    };
    HandoffNote: {
      id: string;
      rotationId: string;
      at: components['schemas']['Instant'];
      text: string;
      author: string;
      createdAt: components['schemas']['Instant'];
    };
    RoleCoverage: {
      role: string;
      rotationId: string;
      rotationName: string;
      user: components['schemas']['NullableEntityRef'];
      since: components['schemas']['NullableInstant'];
      until: components['schemas']['NullableInstant'];
      next: {
        user: components['schemas']['NullableEntityRef'];
        at: components['schemas']['Instant'];
      } | null;
      timezone: string;
      override: boolean;
    };
    Now: {
      entityRef: string;
      team: components['schemas']['NullableEntityRef'];
      /** @enum {string|null} */
      resolvedVia: 'self' | 'owner' | 'annotation' | null;
      roles: components['schemas']['RoleCoverage'][];
      escalation: string[];
    };
    /** @enum {string} */
    Category: 'incident' | 'request' | 'question' | 'alert' | 'other';
    InterruptEdit: {
      interruptId: string;
      /** @enum {string} */
      action: 'update' | 'delete';
      /** @description Each changed field with its value before (`from`) and after (`to`). */
      changes: {
        [key: string]: {
          from: unknown;
          to: unknown;
        };
      };
      changedBy: string;
      changedAt: components['schemas']['Instant'];
    };
    Interrupt: {
      id: string;
      team: string;
      entityRef?: string;
      title: string;
      category: components['schemas']['Category'];
      receivedAt: components['schemas']['Instant'];
      triagedBy?: string;
      effortMinutes?: number;
      resolvedAt?: components['schemas']['Instant'];
      /** @enum {string} */
      source: 'manual' | 'self-service' | 'import';
      createdBy: string;
    };
    CategoryStats: {
      count: number;
      minutes: number;
    };
    Capacity: {
      hoursPerIteration: number | null;
      /** @enum {string|null} */
      source: 'portal' | 'annotation' | null;
      people?: number;
      hoursPerPerson?: number;
    };
    /** @description The rotations of one team. */
    RotationsResponse: {
      rotations: components['schemas']['Rotation'][];
    };
    CreateRotationRequest: {
      owner: components['schemas']['EntityRef'];
      name: string;
      version: components['schemas']['VersionInput'];
    };
    ImportRotationRequest: {
      owner: components['schemas']['EntityRef'];
      name: string;
      role: components['schemas']['Role'];
      timezone: components['schemas']['Timezone'];
      ics: string;
      from?: components['schemas']['Instant'];
      to?: components['schemas']['Instant'];
    };
    /** @description The shifts and gaps of a rotation in a window. */
    ShiftsResponse: {
      rotationId: string;
      from: components['schemas']['Instant'];
      to: components['schemas']['Instant'];
      shifts: components['schemas']['Shift'][];
      gaps: components['schemas']['Gap'][];
    };
    FeedTokenResponse: {
      /** @description Absolute URL of the feed, holding the token. */
      feedUrl: string;
      /** @description The secret part of `feedUrl`, 43 base64url characters. */
      token: string;
    };
    /** @description The overrides of a rotation. */
    OverridesResponse: {
      overrides: components['schemas']['Override'][];
    };
    CreateOverrideRequest: {
      user: components['schemas']['EntityRef'];
      start: components['schemas']['Instant'];
      end: components['schemas']['Instant'];
      replaces?: components['schemas']['EntityRef'];
      reason?: string;
    };
    /** @description The hand-offs of a window with their notes. */
    HandoffsResponse: {
      handoffs: components['schemas']['HandoffWithNotes'][];
    };
    /** @description One hand-off: when, from whom to whom, and the notes left for it. */
    HandoffWithNotes: {
      at: components['schemas']['Instant'];
      from: components['schemas']['NullableEntityRef'];
      to: components['schemas']['NullableEntityRef'];
      notes: components['schemas']['HandoffNote'][];
    };
    CreateHandoffNoteRequest: {
      at?: components['schemas']['Instant'];
      text: string;
    };
    /** @description One page of interrupts, newest first. */
    InterruptsResponse: {
      interrupts: components['schemas']['Interrupt'][];
      nextCursor?: string;
    };
    CreateInterruptRequest: {
      team: components['schemas']['EntityRef'];
      entityRef?: components['schemas']['EntityRef'];
      title: string;
      category: components['schemas']['Category'];
      receivedAt?: components['schemas']['Instant'];
      effortMinutes?: number;
      resolvedAt?: components['schemas']['Instant'];
      /**
       * @description How it reached the team; `manual` when omitted. `self-service` is set by the scaffolder action; `import` is reserved for imports and refused here.
       * @enum {string}
       */
      source?: 'manual' | 'self-service';
    };
    UpdateInterruptRequest: {
      title?: string;
      category?: components['schemas']['Category'];
      effortMinutes?: number | null;
      resolvedAt?: components['schemas']['NullableInstant'];
    };
    /** @description The edits of one interrupt, oldest first. */
    InterruptEditsResponse: {
      edits: components['schemas']['InterruptEdit'][];
    };
    /** @description Interrupt effort against planned capacity per iteration. */
    InterruptStatsResponse: {
      team: string;
      iterationLength: string;
      capacity: components['schemas']['Capacity'];
      iterations: components['schemas']['IterationStats'][];
      /** @enum {string|null} */
      trend: 'up' | 'down' | 'flat' | null;
    };
    /** @description The interrupt effort of one iteration. */
    IterationStats: {
      start: components['schemas']['Instant'];
      end: components['schemas']['Instant'];
      count: number;
      interruptMinutes: number;
      capacityMinutes: number;
      share: number | null;
      byCategory: {
        incident: components['schemas']['CategoryStats'];
        request: components['schemas']['CategoryStats'];
        question: components['schemas']['CategoryStats'];
        alert: components['schemas']['CategoryStats'];
        other: components['schemas']['CategoryStats'];
      };
    };
    SetCapacityRequest: {
      people: number;
      hoursPerPerson: number;
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
    /** @description Namespace of the entity or group, e.g. `default`. */
    namespace: string;
    /** @description Name of the entity or group. */
    name: string;
    /** @description Id of the rotation. */
    rotationId: string;
    /** @description Start of the window (inclusive), ISO 8601 with an offset. */
    from: string;
    /** @description End of the window (exclusive), ISO 8601 with an offset. */
    to: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ListTeamRotations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Namespace of the entity or group, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity or group. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rotations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RotationsResponse'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CreateRotation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRotationRequest'];
      };
    };
    responses: {
      /** @description The new rotation. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Rotation'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  ImportRotation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportRotationRequest'];
      };
    };
    responses: {
      /** @description The imported rotation. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Rotation'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
    };
  };
  GetRotation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the rotation. */
        id: components['parameters']['rotationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rotation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Rotation'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DeleteRotation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the rotation. */
        id: components['parameters']['rotationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  AddRotationVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the rotation. */
        id: components['parameters']['rotationId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VersionInput'];
      };
    };
    responses: {
      /** @description The rotation with the new version. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Rotation'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetShifts: {
    parameters: {
      query?: {
        /** @description Start of the window (inclusive), ISO 8601 with an offset. */
        from?: components['parameters']['from'];
        /** @description End of the window (exclusive), ISO 8601 with an offset. */
        to?: components['parameters']['to'];
      };
      header?: never;
      path: {
        /** @description Id of the rotation. */
        id: components['parameters']['rotationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Shifts and gaps. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShiftsResponse'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetCalendar: {
    parameters: {
      query?: {
        /** @description Start of the window (inclusive), ISO 8601 with an offset. */
        from?: components['parameters']['from'];
        /** @description End of the window (exclusive), ISO 8601 with an offset. */
        to?: components['parameters']['to'];
      };
      header?: never;
      path: {
        /** @description Id of the rotation. */
        id: components['parameters']['rotationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The calendar. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CreateFeedToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the rotation. */
        id: components['parameters']['rotationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The feed URL with its token, shown this once. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedTokenResponse'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  RevokeFeedToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the rotation. */
        id: components['parameters']['rotationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rotation has no working feed URL. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetFeedCalendar: {
    parameters: {
      query?: {
        /** @description Start of the window (inclusive), ISO 8601 with an offset. */
        from?: components['parameters']['from'];
        /** @description End of the window (exclusive), ISO 8601 with an offset. */
        to?: components['parameters']['to'];
      };
      header?: never;
      path: {
        /** @description The feed token of `POST /rotations/{id}/feed-token`. */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The calendar. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListOverrides: {
    parameters: {
      query?: {
        /** @description Start of the window (inclusive), ISO 8601 with an offset. */
        from?: components['parameters']['from'];
        /** @description End of the window (exclusive), ISO 8601 with an offset. */
        to?: components['parameters']['to'];
      };
      header?: never;
      path: {
        /** @description Id of the rotation. */
        id: components['parameters']['rotationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The overrides. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverridesResponse'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CreateOverride: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the rotation. */
        id: components['parameters']['rotationId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOverrideRequest'];
      };
    };
    responses: {
      /** @description The override. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Override'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DeleteOverride: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the rotation. */
        id: components['parameters']['rotationId'];
        overrideId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListHandoffs: {
    parameters: {
      query?: {
        /** @description Start of the window (inclusive), ISO 8601 with an offset. */
        from?: components['parameters']['from'];
        /** @description End of the window (exclusive), ISO 8601 with an offset. */
        to?: components['parameters']['to'];
      };
      header?: never;
      path: {
        /** @description Id of the rotation. */
        id: components['parameters']['rotationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The hand-offs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HandoffsResponse'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CreateHandoffNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the rotation. */
        id: components['parameters']['rotationId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateHandoffNoteRequest'];
      };
    };
    responses: {
      /** @description The note. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HandoffNote'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetEntityNow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Kind of the entity, e.g. `component`. */
        kind: components['parameters']['kind'];
        /** @description Namespace of the entity or group, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity or group. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The coverage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Now'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetTeamNow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Namespace of the entity or group, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity or group. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The coverage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Now'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListInterrupts: {
    parameters: {
      query?: {
        /** @description Group entity ref of the team. */
        team?: string;
        entityRef?: string;
        /** @description Start of the window (inclusive), ISO 8601 with an offset. */
        from?: components['parameters']['from'];
        /** @description End of the window (exclusive), ISO 8601 with an offset. */
        to?: components['parameters']['to'];
        /** @description Only interrupts not resolved yet. */
        open?: boolean;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The interrupts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InterruptsResponse'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CreateInterrupt: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInterruptRequest'];
      };
    };
    responses: {
      /** @description The recorded interrupt. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interrupt'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DeleteInterrupt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  UpdateInterrupt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateInterruptRequest'];
      };
    };
    responses: {
      /** @description The interrupt after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interrupt'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListInterruptEdits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The edits. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InterruptEditsResponse'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetInterruptStats: {
    parameters: {
      query?: {
        /** @description Start of the window (inclusive), ISO 8601 with an offset. */
        from?: components['parameters']['from'];
        /** @description End of the window (exclusive), ISO 8601 with an offset. */
        to?: components['parameters']['to'];
      };
      header?: never;
      path: {
        /** @description Namespace of the entity or group, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity or group. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The statistics. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InterruptStatsResponse'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetCapacity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Namespace of the entity or group, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity or group. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The capacity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Capacity'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  SetCapacity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Namespace of the entity or group, e.g. `default`. */
        namespace: components['parameters']['namespace'];
        /** @description Name of the entity or group. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetCapacityRequest'];
      };
    };
    responses: {
      /** @description The capacity now in force. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Capacity'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
}

/**
 * An instant, ISO 8601; answers use UTC.
 *
 * @public
 */
export type Instant = components['schemas']['Instant'];

/**
 * The `NullableInstant` shape of the API.
 *
 * @public
 */
export type NullableInstant = components['schemas']['NullableInstant'];

/**
 * A full entity ref, e.g. `user:default/jane`.
 *
 * @public
 */
export type EntityRef = components['schemas']['EntityRef'];

/**
 * The `NullableEntityRef` shape of the API.
 *
 * @public
 */
export type NullableEntityRef = components['schemas']['NullableEntityRef'];

/**
 * `potw`, `primary`, `secondary` or another kebab-case role.
 *
 * @public
 */
export type Role = components['schemas']['Role'];

/**
 * An IANA time zone, e.g. `Europe/Berlin`.
 *
 * @public
 */
export type Timezone = components['schemas']['Timezone'];

/**
 * The `Handoff` shape of the API.
 *
 * @public
 */
export type Handoff = components['schemas']['Handoff'];

/**
 * The `VersionInput` shape of the API.
 *
 * @public
 */
export type VersionInput = components['schemas']['VersionInput'];

/**
 * The `Version` shape of the API.
 *
 * @public
 */
export type Version = components['schemas']['Version'];

/**
 * The `Rotation` shape of the API.
 *
 * @public
 */
export type Rotation = components['schemas']['Rotation'];

/**
 * The `Override` shape of the API.
 *
 * @public
 */
export type Override = components['schemas']['Override'];

/**
 * The `Shift` shape of the API.
 *
 * @public
 */
export type Shift = components['schemas']['Shift'];

/**
 * The `Gap` shape of the API.
 *
 * @public
 */
export type Gap = components['schemas']['Gap'];

/**
 * The `HandoffNote` shape of the API.
 *
 * @public
 */
export type HandoffNote = components['schemas']['HandoffNote'];

/**
 * The `RoleCoverage` shape of the API.
 *
 * @public
 */
export type RoleCoverage = components['schemas']['RoleCoverage'];

/**
 * The `Now` shape of the API.
 *
 * @public
 */
export type Now = components['schemas']['Now'];

/**
 * The `Category` shape of the API.
 *
 * @public
 */
export type Category = components['schemas']['Category'];

/**
 * The `InterruptEdit` shape of the API.
 *
 * @public
 */
export type InterruptEdit = components['schemas']['InterruptEdit'];

/**
 * The `Interrupt` shape of the API.
 *
 * @public
 */
export type Interrupt = components['schemas']['Interrupt'];

/**
 * The `CategoryStats` shape of the API.
 *
 * @public
 */
export type CategoryStats = components['schemas']['CategoryStats'];

/**
 * The `Capacity` shape of the API.
 *
 * @public
 */
export type Capacity = components['schemas']['Capacity'];

/**
 * The rotations of one team.
 *
 * @public
 */
export type RotationsResponse = components['schemas']['RotationsResponse'];

/**
 * The `CreateRotationRequest` shape of the API.
 *
 * @public
 */
export type CreateRotationRequest =
  components['schemas']['CreateRotationRequest'];

/**
 * The `ImportRotationRequest` shape of the API.
 *
 * @public
 */
export type ImportRotationRequest =
  components['schemas']['ImportRotationRequest'];

/**
 * The shifts and gaps of a rotation in a window.
 *
 * @public
 */
export type ShiftsResponse = components['schemas']['ShiftsResponse'];

/**
 * The `FeedTokenResponse` shape of the API.
 *
 * @public
 */
export type FeedTokenResponse = components['schemas']['FeedTokenResponse'];

/**
 * The overrides of a rotation.
 *
 * @public
 */
export type OverridesResponse = components['schemas']['OverridesResponse'];

/**
 * The `CreateOverrideRequest` shape of the API.
 *
 * @public
 */
export type CreateOverrideRequest =
  components['schemas']['CreateOverrideRequest'];

/**
 * The hand-offs of a window with their notes.
 *
 * @public
 */
export type HandoffsResponse = components['schemas']['HandoffsResponse'];

/**
 * One hand-off: when, from whom to whom, and the notes left for it.
 *
 * @public
 */
export type HandoffWithNotes = components['schemas']['HandoffWithNotes'];

/**
 * The `CreateHandoffNoteRequest` shape of the API.
 *
 * @public
 */
export type CreateHandoffNoteRequest =
  components['schemas']['CreateHandoffNoteRequest'];

/**
 * One page of interrupts, newest first.
 *
 * @public
 */
export type InterruptsResponse = components['schemas']['InterruptsResponse'];

/**
 * The `CreateInterruptRequest` shape of the API.
 *
 * @public
 */
export type CreateInterruptRequest =
  components['schemas']['CreateInterruptRequest'];

/**
 * The `UpdateInterruptRequest` shape of the API.
 *
 * @public
 */
export type UpdateInterruptRequest =
  components['schemas']['UpdateInterruptRequest'];

/**
 * The edits of one interrupt, oldest first.
 *
 * @public
 */
export type InterruptEditsResponse =
  components['schemas']['InterruptEditsResponse'];

/**
 * Interrupt effort against planned capacity per iteration.
 *
 * @public
 */
export type InterruptStatsResponse =
  components['schemas']['InterruptStatsResponse'];

/**
 * The interrupt effort of one iteration.
 *
 * @public
 */
export type IterationStats = components['schemas']['IterationStats'];

/**
 * The `SetCapacityRequest` shape of the API.
 *
 * @public
 */
export type SetCapacityRequest = components['schemas']['SetCapacityRequest'];
