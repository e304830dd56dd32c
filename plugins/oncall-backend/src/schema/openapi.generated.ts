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
                  type: 'object',
                  additionalProperties: false,
                  required: ['feedUrl', 'token'],
                  properties: {
                    feedUrl: {
                      type: 'string',
                      description:
                        'Absolute URL of the feed, holding the token.',
                    },
                    token: {
                      type: 'string',
                      description:
                        'The secret part of `feedUrl`, 43 base64url characters.',
                    },
                  },
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
                  type: 'object',
                  additionalProperties: false,
                  required: ['handoffs'],
                  properties: {
                    handoffs: {
                      type: 'array',
                      items: {
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
                      },
                    },
                  },
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
                            required: [
                              'incident',
                              'request',
                              'question',
                              'alert',
                              'other',
                            ],
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
                      },
                    },
                    trend: {
                      type: ['string', 'null'],
                      enum: ['up', 'down', 'flat', null],
                    },
                  },
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

/**
 * Creates an express router that validates requests against {@link spec} and whose route
 * handlers get their parameter, body and response types from it.
 *
 * @public
 */
export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
