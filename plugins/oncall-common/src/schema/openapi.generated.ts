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
        allowReserved: true,
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
        allowReserved: true,
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
      HandoffAnchor: {
        type: 'object',
        description:
          "When one shift hands over to the next, on the rotation's local wall clock.",
        additionalProperties: false,
        required: ['weekday', 'time'],
        properties: {
          weekday: {
            type: 'integer',
            minimum: 1,
            maximum: 7,
            description:
              'ISO weekday of the first hand-off: 1 is Monday, 7 is Sunday.',
          },
          time: {
            type: 'string',
            description:
              'Local time of every hand-off, `HH:mm` on a 24-hour clock.',
          },
        },
      },
      AddRotationVersionRequest: {
        type: 'object',
        description:
          'New rules of a rotation (the body of `POST /rotations/{id}/versions`, and the first version of `POST /rotations`), in force from `effectiveFrom` (default now) on.',
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
            $ref: '#/components/schemas/HandoffAnchor',
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
      RotationVersion: {
        type: 'object',
        description:
          "One version of a rotation's rules, in force from `effectiveFrom` until the next version.",
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
            description: 'The instant this version takes over.',
          },
          timezone: {
            type: 'string',
            description:
              'IANA time zone whose wall clock the hand-offs follow, such as `Europe/Berlin`.',
          },
          role: {
            type: 'string',
            description: 'The role the rotation fills.',
          },
          participants: {
            type: 'array',
            description:
              'User entity refs in the order they take turns; the first covers the first shift.',
            items: {
              type: 'string',
            },
          },
          handoff: {
            $ref: '#/components/schemas/HandoffAnchor',
            description:
              'Weekday of the first hand-off and local time of every hand-off.',
          },
          shiftLength: {
            type: 'string',
            description:
              'Length of one shift as an ISO 8601 duration (`P1W`, `P1D`, `PT12H`), at least one hour.',
          },
          startDate: {
            type: 'string',
            description:
              'Local date (`YYYY-MM-DD`) the cycle starts from: the first shift begins at `handoff.time` on the first day on or after it that falls on `handoff.weekday`.',
          },
        },
      },
      RotationResponse: {
        type: 'object',
        description:
          'A rotation as the API returns it. `role` and `timezone` are those of the version in force now (for an imported schedule, the ones given at import), so lists need not look into `versions`.',
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
            description: 'Entity ref of the owning group.',
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
            description:
              "Where the rotation's shifts come from: its own rules, or a schedule imported from iCal.",
            enum: ['rules', 'ical'],
          },
          versions: {
            type: 'array',
            description:
              'Every version of the rules, oldest first; empty for an imported schedule.',
            items: {
              $ref: '#/components/schemas/RotationVersion',
            },
          },
          imported: {
            type: 'object',
            description:
              'For an imported schedule: how many entries were imported and for which window.',
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
        description:
          "Someone covering a rotation for a stretch of time instead of whoever the rotation names. An override wins over the rotation for all of `[start, end)`, including stretches where the rotation has nobody; where overrides overlap, the one created last wins. `replaces` records whom the override relieves, for display and notifications; it does not narrow the override to that person's shifts.",
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
            description: 'Stable id of the override.',
          },
          rotationId: {
            type: 'string',
            description: 'Id of the rotation it applies to.',
          },
          user: {
            type: 'string',
            description: 'User entity ref of the person covering.',
          },
          start: {
            $ref: '#/components/schemas/Instant',
            description: 'First instant covered.',
          },
          end: {
            $ref: '#/components/schemas/Instant',
            description: 'First instant no longer covered; after `start`.',
          },
          replaces: {
            type: 'string',
            description:
              'User entity ref of the person relieved, if the override was made for someone.',
          },
          reason: {
            type: 'string',
            description: 'Why the override exists.',
          },
          createdBy: {
            type: 'string',
            description: 'Entity ref of whoever created it.',
          },
          createdAt: {
            $ref: '#/components/schemas/Instant',
            description:
              'When it was created; decides which of two overlapping overrides wins.',
          },
        },
      },
      Shift: {
        type: 'object',
        description: 'A stretch of time `[start, end)` one person covers.',
        additionalProperties: false,
        required: ['user', 'start', 'end', 'source'],
        properties: {
          user: {
            type: 'string',
            description: 'User entity ref of the person covering.',
          },
          start: {
            $ref: '#/components/schemas/Instant',
            description: 'First instant covered.',
          },
          end: {
            $ref: '#/components/schemas/Instant',
            description: 'First instant no longer covered.',
          },
          source: {
            type: 'string',
            description:
              'Whether the rotation or an override put the person here.',
            enum: ['rotation', 'override'],
          },
          rotationVersion: {
            type: 'string',
            description:
              'For rotation shifts: `effectiveFrom` of the version in force, as a UTC string.',
          },
          overrideId: {
            type: 'string',
            description: "For override shifts: the override's id.",
          },
        },
      },
      Gap: {
        type: 'object',
        description: 'A stretch of time `[start, end)` nobody covers.',
        additionalProperties: false,
        required: ['start', 'end'],
        properties: {
          start: {
            $ref: '#/components/schemas/Instant',
            description: 'First instant uncovered.',
          },
          end: {
            $ref: '#/components/schemas/Instant',
            description:
              'First instant covered again, or the end of the window asked for.',
          },
        },
      },
      HandoffNote: {
        type: 'object',
        description:
          'A note left for a hand-off, by the person handing over or anyone in the team.',
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
            description: 'The hand-off instant the note belongs to.',
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
        description: 'Who fills one role of a team right now.',
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
            description:
              'User entity ref, or `null` while nobody covers (a gap).',
          },
          since: {
            $ref: '#/components/schemas/NullableInstant',
            description: 'Start of the current shift (or gap).',
          },
          until: {
            $ref: '#/components/schemas/NullableInstant',
            description:
              'End of the current shift (or gap); `null` when nothing is scheduled after it.',
          },
          next: {
            type: ['object', 'null'],
            description:
              'The next person and when they take over; `null` when nothing is scheduled.',
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
            description:
              'IANA zone of the rotation, for showing times on its wall clock.',
          },
          override: {
            type: 'boolean',
            description: 'True when an override put the current person there.',
          },
        },
      },
      NowResponse: {
        type: 'object',
        description:
          'Who covers an entity or a team now, per role, with the escalation chain.',
        additionalProperties: false,
        required: ['entityRef', 'team', 'resolvedVia', 'roles', 'escalation'],
        properties: {
          entityRef: {
            type: 'string',
          },
          team: {
            $ref: '#/components/schemas/NullableEntityRef',
            description:
              'The group whose rotations cover the entity; `null` when none could be found.',
          },
          resolvedVia: {
            type: ['string', 'null'],
            description:
              'How the team was found: the entity itself, its owner, or the `agile-ops/oncall-team` annotation.',
            enum: ['self', 'owner', 'annotation', null],
          },
          roles: {
            type: 'array',
            description:
              'PoTW first, then primary, secondary and custom roles.',
            items: {
              $ref: '#/components/schemas/RoleCoverage',
            },
          },
          escalation: {
            type: 'array',
            description:
              'Whom to call, in order: PoTW, primary on-call, secondary on-call, group lead; no repeats.',
            items: {
              type: 'string',
            },
          },
        },
      },
      Category: {
        type: 'string',
        description:
          'Kinds of unplanned work a team records in its interrupt ledger.',
        enum: ['incident', 'request', 'question', 'alert', 'other'],
      },
      InterruptEdit: {
        type: 'object',
        description:
          'One change of an interrupt: who made it and when, and for an update each changed field with its value before and after; a deletion keeps the interrupt as it was.',
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
        description: "An entry of a team's interrupt ledger.",
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
            description: 'Stable id of the entry.',
          },
          team: {
            type: 'string',
            description: "Entity ref of the team's group.",
          },
          entityRef: {
            type: 'string',
            description:
              'Entity ref of the catalog entity it concerns, if any.',
          },
          title: {
            type: 'string',
            description: 'Short summary.',
          },
          category: {
            $ref: '#/components/schemas/Category',
            description: 'What kind of work it is.',
          },
          receivedAt: {
            $ref: '#/components/schemas/Instant',
            description: 'When it arrived.',
          },
          triagedBy: {
            type: 'string',
            description:
              'User entity ref of the PoTW at `receivedAt`, filled in by the backend.',
          },
          effortMinutes: {
            type: 'integer',
            description: 'Minutes of work it took, once known.',
          },
          resolvedAt: {
            $ref: '#/components/schemas/Instant',
            description: 'When it was resolved, if it is.',
          },
          source: {
            type: 'string',
            description:
              'How it reached the ledger: typed in by a person, recorded by a self-service action, or imported from another tool.',
            enum: ['manual', 'self-service', 'import'],
          },
          createdBy: {
            type: 'string',
            description: 'Entity ref of whoever recorded it.',
          },
        },
      },
      CategoryStats: {
        type: 'object',
        description: 'Number and minutes of the interrupts of one category.',
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
      TeamCapacity: {
        type: 'object',
        description:
          "A team's planned capacity per iteration and where it comes from.",
        additionalProperties: false,
        required: ['hoursPerIteration', 'source'],
        properties: {
          hoursPerIteration: {
            type: ['number', 'null'],
            description:
              'Planned hours of the whole team per iteration; `null` when nobody has set it.',
          },
          source: {
            type: ['string', 'null'],
            description:
              '`portal` when set in the portal (people × hours), `annotation` when read from the group.',
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
              $ref: '#/components/schemas/RotationResponse',
            },
          },
        },
        description: 'The rotations of one team.',
      },
      CreateRotationRequest: {
        type: 'object',
        description:
          'A new rotation of a group with its first version of rules.',
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
            $ref: '#/components/schemas/AddRotationVersionRequest',
            description: 'The first version; `effectiveFrom` defaults to now.',
          },
        },
      },
      ImportRotationRequest: {
        type: 'object',
        description:
          "A schedule exported as iCal by another on-call tool. Each event (recurrences expanded, `EXDATE`s removed, `RECURRENCE-ID` instances replacing the occurrence they name) becomes one stretch of duty in `[from, to)`. The person is read from the `X-AGILE-OPS-USER` property, else from an attendee or organizer e-mail matched to a catalog user, else from the summary matched to a user's name.",
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
            description: 'The calendar, RFC 5545 text.',
            minLength: 1,
            maxLength: 2000000,
          },
          from: {
            $ref: '#/components/schemas/Instant',
            description:
              'Start of the window to expand recurrences in; defaults to 4 weeks ago.',
          },
          to: {
            $ref: '#/components/schemas/Instant',
            description:
              'End of the window to expand recurrences in; defaults to 52 weeks ahead.',
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
        description:
          'Someone to put on duty instead of the rotation, from now on at the earliest.',
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
        description: 'A note for the person taking over at a hand-off.',
        additionalProperties: false,
        required: ['text'],
        properties: {
          at: {
            $ref: '#/components/schemas/Instant',
            description:
              'The hand-off the note is for; defaults to the next one.',
          },
          text: {
            type: 'string',
            description: 'The note; it needs a character other than a blank.',
            minLength: 1,
            maxLength: 4000,
            pattern: '\\S',
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
        description: "An interrupt to record in a team's ledger.",
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
            description:
              'Short summary; one of blanks only says nothing, so a title needs another character.',
            minLength: 1,
            maxLength: 300,
            pattern: '\\S',
          },
          category: {
            $ref: '#/components/schemas/Category',
          },
          receivedAt: {
            $ref: '#/components/schemas/Instant',
            description: 'Defaults to now.',
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
        description:
          'The fields of an interrupt to change; `null` clears an optional one.',
        additionalProperties: false,
        properties: {
          title: {
            type: 'string',
            description:
              'Short summary; one of blanks only says nothing, so a title needs another character.',
            minLength: 1,
            maxLength: 300,
            pattern: '\\S',
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
            $ref: '#/components/schemas/TeamCapacity',
          },
          iterations: {
            type: 'array',
            description: 'Iterations overlapping the window, oldest first.',
            items: {
              $ref: '#/components/schemas/IterationStats',
            },
          },
          trend: {
            type: ['string', 'null'],
            description:
              'Direction of the share over the reported iterations (least-squares slope of the shares with a capacity): `up`, `down`, `flat`, or `null` with fewer than two such iterations.',
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
            description:
              'Interrupts received in the iteration, with or without a recorded effort.',
          },
          interruptMinutes: {
            type: 'number',
            description:
              'Sum of their `effortMinutes`; a missing effort counts as 0.',
          },
          capacityMinutes: {
            type: 'number',
          },
          share: {
            type: ['number', 'null'],
            description:
              '`interruptMinutes / capacityMinutes`, or `null` when the capacity is 0.',
          },
          byCategory: {
            type: 'object',
            description:
              'Count and minutes per category, every category present.',
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
        description:
          'Interrupt effort against planned capacity in one iteration `[start, end)`.',
      },
      ImportedRotation: {
        type: 'object',
        description:
          'A rotation brought in from another on-call tool, with its first version of rules. Its participants must be members of the owning group or of its sub-groups, as for any rotation.',
        additionalProperties: false,
        required: ['id', 'owner', 'name', 'version'],
        properties: {
          id: {
            type: 'string',
            description:
              "The rotation's id here, chosen by the caller (the other tool's, say), so that a second import of it is skipped; a rotation with this id already stored is skipped.",
            maxLength: 36,
            pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,35}$',
          },
          owner: {
            $ref: '#/components/schemas/EntityRef',
            description: 'The owning group, a group in the catalog.',
          },
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            pattern: '\\S',
          },
          version: {
            $ref: '#/components/schemas/AddRotationVersionRequest',
            description:
              'The first version. `effectiveFrom` may lie in the past (these are records of what was in force) and defaults to the start of `startDate` in `timezone`.',
          },
          createdBy: {
            $ref: '#/components/schemas/EntityRef',
            description:
              'User entity ref of whoever made the rotation in the other tool; defaults to the calling user, so a service must give it.',
          },
        },
      },
      ImportedInterrupt: {
        type: 'object',
        description:
          "An entry of a team's interrupt ledger kept in another tool.",
        additionalProperties: false,
        required: ['id', 'team', 'title', 'category', 'receivedAt'],
        properties: {
          id: {
            type: 'string',
            description:
              "A UUID the caller chooses for the entry (derived from the other tool's id, say), so that a second import of it is skipped; an id the ledger has, or had and deleted, is skipped.",
            pattern:
              '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
          },
          team: {
            $ref: '#/components/schemas/EntityRef',
            description: "The team's group, a group in the catalog.",
          },
          entityRef: {
            $ref: '#/components/schemas/EntityRef',
            description: 'The catalog entity it concerns, if any.',
          },
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 300,
            pattern: '\\S',
          },
          category: {
            $ref: '#/components/schemas/Category',
          },
          receivedAt: {
            $ref: '#/components/schemas/Instant',
            description:
              'When it arrived; not in the future. The PoTW of this instant becomes `triagedBy`.',
          },
          effortMinutes: {
            type: 'integer',
            minimum: 0,
            maximum: 10080,
          },
          resolvedAt: {
            $ref: '#/components/schemas/Instant',
            description:
              'When it was resolved, if it is; not before `receivedAt` and not in the future.',
          },
          createdBy: {
            $ref: '#/components/schemas/EntityRef',
            description:
              'User entity ref of whoever recorded it in the other tool; defaults to the calling user, so a service must give it.',
          },
        },
      },
      OncallImportRequest: {
        type: 'object',
        description:
          'Rotations and past interrupts from another on-call tool: at least one and at most 500 items in all. Rotations are stored before interrupts, so an interrupt is triaged by the PoTW of a rotation of the same request.',
        additionalProperties: false,
        properties: {
          rotations: {
            type: 'array',
            maxItems: 500,
            items: {
              $ref: '#/components/schemas/ImportedRotation',
            },
          },
          interrupts: {
            type: 'array',
            maxItems: 500,
            items: {
              $ref: '#/components/schemas/ImportedInterrupt',
            },
          },
        },
      },
      ImportCounts: {
        type: 'object',
        description:
          'How many items of one kind a request stored, and how many it skipped.',
        additionalProperties: false,
        required: ['imported', 'skipped'],
        properties: {
          imported: {
            type: 'integer',
            description: 'Items stored by this request.',
          },
          skipped: {
            type: 'integer',
            description: 'Items whose id was there already.',
          },
        },
      },
      OncallImportResult: {
        type: 'object',
        additionalProperties: false,
        required: ['rotations', 'interrupts'],
        properties: {
          rotations: {
            $ref: '#/components/schemas/ImportCounts',
          },
          interrupts: {
            $ref: '#/components/schemas/ImportCounts',
          },
        },
      },
      SetCapacityRequest: {
        type: 'object',
        description:
          "A team's planned capacity as people × hours per person per iteration.",
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
                  $ref: '#/components/schemas/RotationResponse',
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
                  $ref: '#/components/schemas/RotationResponse',
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
    '/import': {
      post: {
        operationId: 'ImportOncall',
        description:
          "Stores rotations and past interrupts brought in from another on-call tool (or a demo's data) as given, interrupts with source `import`; needs the oncall.import permission. Every item is checked before any is stored, and all are stored in one transaction. Items whose id is there already are skipped, so an import can be sent again.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/OncallImportRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'How many items were stored and how many were there already.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OncallImportResult',
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
            description: 'The body is larger than 2 MB.',
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
                  $ref: '#/components/schemas/RotationResponse',
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
                $ref: '#/components/schemas/AddRotationVersionRequest',
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
                  $ref: '#/components/schemas/RotationResponse',
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
                  $ref: '#/components/schemas/NowResponse',
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
                  $ref: '#/components/schemas/NowResponse',
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
            allowReserved: true,
            required: false,
            description: 'Group entity ref of the team.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'entityRef',
            in: 'query',
            allowReserved: true,
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
                  $ref: '#/components/schemas/TeamCapacity',
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
                  $ref: '#/components/schemas/TeamCapacity',
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
  '/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Stores rotations and past interrupts brought in from another on-call tool (or a demo's data) as given, interrupts with source `import`; needs the oncall.import permission. Every item is checked before any is stored, and all are stored in one transaction. Items whose id is there already are skipped, so an import can be sent again. */
    post: operations['ImportOncall'];
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
    /** @description When one shift hands over to the next, on the rotation's local wall clock. */
    HandoffAnchor: {
      /** @description ISO weekday of the first hand-off: 1 is Monday, 7 is Sunday. */
      weekday: number;
      /** @description Local time of every hand-off, `HH:mm` on a 24-hour clock. */
      time: string;
    };
    /** @description New rules of a rotation (the body of `POST /rotations/{id}/versions`, and the first version of `POST /rotations`), in force from `effectiveFrom` (default now) on. */
    AddRotationVersionRequest: {
      effectiveFrom?: components['schemas']['Instant'];
      timezone: components['schemas']['Timezone'];
      role: components['schemas']['Role'];
      participants: components['schemas']['EntityRef'][];
      handoff: components['schemas']['HandoffAnchor'];
      /** @description ISO 8601 duration of one shift, at least `PT1H`. */
      shiftLength: string;
      /** @description Local date `YYYY-MM-DD` the cycle counts from. */
      startDate: string;
    };
    /** @description One version of a rotation's rules, in force from `effectiveFrom` until the next version. */
    RotationVersion: {
      /** @description The instant this version takes over. */
      effectiveFrom: components['schemas']['Instant'];
      /** @description IANA time zone whose wall clock the hand-offs follow, such as `Europe/Berlin`. */
      timezone: string;
      /** @description The role the rotation fills. */
      role: string;
      /** @description User entity refs in the order they take turns; the first covers the first shift. */
      participants: string[];
      /** @description Weekday of the first hand-off and local time of every hand-off. */
      handoff: components['schemas']['HandoffAnchor'];
      /** @description Length of one shift as an ISO 8601 duration (`P1W`, `P1D`, `PT12H`), at least one hour. */
      shiftLength: string;
      /** @description Local date (`YYYY-MM-DD`) the cycle starts from: the first shift begins at `handoff.time` on the first day on or after it that falls on `handoff.weekday`. */
      startDate: string;
    };
    /** @description A rotation as the API returns it. `role` and `timezone` are those of the version in force now (for an imported schedule, the ones given at import), so lists need not look into `versions`. */
    RotationResponse: {
      id: string;
      /** @description Entity ref of the owning group. */
      owner: string;
      name: string;
      role: string;
      timezone: string;
      /**
       * @description Where the rotation's shifts come from: its own rules, or a schedule imported from iCal.
       * @enum {string}
       */
      source: 'rules' | 'ical';
      /** @description Every version of the rules, oldest first; empty for an imported schedule. */
      versions: components['schemas']['RotationVersion'][];
      /** @description For an imported schedule: how many entries were imported and for which window. */
      imported?: {
        entries: number;
        from: string;
        to: string;
      };
      createdBy: string;
      createdAt: components['schemas']['Instant'];
    };
    /** @description Someone covering a rotation for a stretch of time instead of whoever the rotation names. An override wins over the rotation for all of `[start, end)`, including stretches where the rotation has nobody; where overrides overlap, the one created last wins. `replaces` records whom the override relieves, for display and notifications; it does not narrow the override to that person's shifts. */
    Override: {
      /** @description Stable id of the override. */
      id: string;
      /** @description Id of the rotation it applies to. */
      rotationId: string;
      /** @description User entity ref of the person covering. */
      user: string;
      /** @description First instant covered. */
      start: components['schemas']['Instant'];
      /** @description First instant no longer covered; after `start`. */
      end: components['schemas']['Instant'];
      /** @description User entity ref of the person relieved, if the override was made for someone. */
      replaces?: string;
      /** @description Why the override exists. */
      reason?: string;
      /** @description Entity ref of whoever created it. */
      createdBy: string;
      /** @description When it was created; decides which of two overlapping overrides wins. */
      createdAt: components['schemas']['Instant'];
    };
    /** @description A stretch of time `[start, end)` one person covers. */
    Shift: {
      /** @description User entity ref of the person covering. */
      user: string;
      /** @description First instant covered. */
      start: components['schemas']['Instant'];
      /** @description First instant no longer covered. */
      end: components['schemas']['Instant'];
      /**
       * @description Whether the rotation or an override put the person here.
       * @enum {string}
       */
      source: 'rotation' | 'override';
      /** @description For rotation shifts: `effectiveFrom` of the version in force, as a UTC string. */
      rotationVersion?: string;
      /** @description For override shifts: the override's id. */
      overrideId?: string;
    };
    /** @description A stretch of time `[start, end)` nobody covers. */
    Gap: {
      /** @description First instant uncovered. */
      start: components['schemas']['Instant'];
      /** @description First instant covered again, or the end of the window asked for. */
      end: components['schemas']['Instant'];
    };
    /** @description A note left for a hand-off, by the person handing over or anyone in the team. */
    HandoffNote: {
      id: string;
      rotationId: string;
      /** @description The hand-off instant the note belongs to. */
      at: components['schemas']['Instant'];
      text: string;
      author: string;
      createdAt: components['schemas']['Instant'];
    };
    /** @description Who fills one role of a team right now. */
    RoleCoverage: {
      role: string;
      rotationId: string;
      rotationName: string;
      /** @description User entity ref, or `null` while nobody covers (a gap). */
      user: components['schemas']['NullableEntityRef'];
      /** @description Start of the current shift (or gap). */
      since: components['schemas']['NullableInstant'];
      /** @description End of the current shift (or gap); `null` when nothing is scheduled after it. */
      until: components['schemas']['NullableInstant'];
      /** @description The next person and when they take over; `null` when nothing is scheduled. */
      next: {
        user: components['schemas']['NullableEntityRef'];
        at: components['schemas']['Instant'];
      } | null;
      /** @description IANA zone of the rotation, for showing times on its wall clock. */
      timezone: string;
      /** @description True when an override put the current person there. */
      override: boolean;
    };
    /** @description Who covers an entity or a team now, per role, with the escalation chain. */
    NowResponse: {
      entityRef: string;
      /** @description The group whose rotations cover the entity; `null` when none could be found. */
      team: components['schemas']['NullableEntityRef'];
      /**
       * @description How the team was found: the entity itself, its owner, or the `agile-ops/oncall-team` annotation.
       * @enum {string|null}
       */
      resolvedVia: 'self' | 'owner' | 'annotation' | null;
      /** @description PoTW first, then primary, secondary and custom roles. */
      roles: components['schemas']['RoleCoverage'][];
      /** @description Whom to call, in order: PoTW, primary on-call, secondary on-call, group lead; no repeats. */
      escalation: string[];
    };
    /**
     * @description Kinds of unplanned work a team records in its interrupt ledger.
     * @enum {string}
     */
    Category: 'incident' | 'request' | 'question' | 'alert' | 'other';
    /** @description One change of an interrupt: who made it and when, and for an update each changed field with its value before and after; a deletion keeps the interrupt as it was. */
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
    /** @description An entry of a team's interrupt ledger. */
    Interrupt: {
      /** @description Stable id of the entry. */
      id: string;
      /** @description Entity ref of the team's group. */
      team: string;
      /** @description Entity ref of the catalog entity it concerns, if any. */
      entityRef?: string;
      /** @description Short summary. */
      title: string;
      /** @description What kind of work it is. */
      category: components['schemas']['Category'];
      /** @description When it arrived. */
      receivedAt: components['schemas']['Instant'];
      /** @description User entity ref of the PoTW at `receivedAt`, filled in by the backend. */
      triagedBy?: string;
      /** @description Minutes of work it took, once known. */
      effortMinutes?: number;
      /** @description When it was resolved, if it is. */
      resolvedAt?: components['schemas']['Instant'];
      /**
       * @description How it reached the ledger: typed in by a person, recorded by a self-service action, or imported from another tool.
       * @enum {string}
       */
      source: 'manual' | 'self-service' | 'import';
      /** @description Entity ref of whoever recorded it. */
      createdBy: string;
    };
    /** @description Number and minutes of the interrupts of one category. */
    CategoryStats: {
      count: number;
      minutes: number;
    };
    /** @description A team's planned capacity per iteration and where it comes from. */
    TeamCapacity: {
      /** @description Planned hours of the whole team per iteration; `null` when nobody has set it. */
      hoursPerIteration: number | null;
      /**
       * @description `portal` when set in the portal (people × hours), `annotation` when read from the group.
       * @enum {string|null}
       */
      source: 'portal' | 'annotation' | null;
      people?: number;
      hoursPerPerson?: number;
    };
    /** @description The rotations of one team. */
    RotationsResponse: {
      rotations: components['schemas']['RotationResponse'][];
    };
    /** @description A new rotation of a group with its first version of rules. */
    CreateRotationRequest: {
      owner: components['schemas']['EntityRef'];
      name: string;
      /** @description The first version; `effectiveFrom` defaults to now. */
      version: components['schemas']['AddRotationVersionRequest'];
    };
    /** @description A schedule exported as iCal by another on-call tool. Each event (recurrences expanded, `EXDATE`s removed, `RECURRENCE-ID` instances replacing the occurrence they name) becomes one stretch of duty in `[from, to)`. The person is read from the `X-AGILE-OPS-USER` property, else from an attendee or organizer e-mail matched to a catalog user, else from the summary matched to a user's name. */
    ImportRotationRequest: {
      owner: components['schemas']['EntityRef'];
      name: string;
      role: components['schemas']['Role'];
      timezone: components['schemas']['Timezone'];
      /** @description The calendar, RFC 5545 text. */
      ics: string;
      /** @description Start of the window to expand recurrences in; defaults to 4 weeks ago. */
      from?: components['schemas']['Instant'];
      /** @description End of the window to expand recurrences in; defaults to 52 weeks ahead. */
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
    /** @description Someone to put on duty instead of the rotation, from now on at the earliest. */
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
    /** @description A note for the person taking over at a hand-off. */
    CreateHandoffNoteRequest: {
      /** @description The hand-off the note is for; defaults to the next one. */
      at?: components['schemas']['Instant'];
      /** @description The note; it needs a character other than a blank. */
      text: string;
    };
    /** @description One page of interrupts, newest first. */
    InterruptsResponse: {
      interrupts: components['schemas']['Interrupt'][];
      nextCursor?: string;
    };
    /** @description An interrupt to record in a team's ledger. */
    CreateInterruptRequest: {
      team: components['schemas']['EntityRef'];
      entityRef?: components['schemas']['EntityRef'];
      /** @description Short summary; one of blanks only says nothing, so a title needs another character. */
      title: string;
      category: components['schemas']['Category'];
      /** @description Defaults to now. */
      receivedAt?: components['schemas']['Instant'];
      effortMinutes?: number;
      resolvedAt?: components['schemas']['Instant'];
      /**
       * @description How it reached the team; `manual` when omitted. `self-service` is set by the scaffolder action; `import` is reserved for imports and refused here.
       * @enum {string}
       */
      source?: 'manual' | 'self-service';
    };
    /** @description The fields of an interrupt to change; `null` clears an optional one. */
    UpdateInterruptRequest: {
      /** @description Short summary; one of blanks only says nothing, so a title needs another character. */
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
      capacity: components['schemas']['TeamCapacity'];
      /** @description Iterations overlapping the window, oldest first. */
      iterations: components['schemas']['IterationStats'][];
      /**
       * @description Direction of the share over the reported iterations (least-squares slope of the shares with a capacity): `up`, `down`, `flat`, or `null` with fewer than two such iterations.
       * @enum {string|null}
       */
      trend: 'up' | 'down' | 'flat' | null;
    };
    /** @description Interrupt effort against planned capacity in one iteration `[start, end)`. */
    IterationStats: {
      start: components['schemas']['Instant'];
      end: components['schemas']['Instant'];
      /** @description Interrupts received in the iteration, with or without a recorded effort. */
      count: number;
      /** @description Sum of their `effortMinutes`; a missing effort counts as 0. */
      interruptMinutes: number;
      capacityMinutes: number;
      /** @description `interruptMinutes / capacityMinutes`, or `null` when the capacity is 0. */
      share: number | null;
      /** @description Count and minutes per category, every category present. */
      byCategory: {
        incident: components['schemas']['CategoryStats'];
        request: components['schemas']['CategoryStats'];
        question: components['schemas']['CategoryStats'];
        alert: components['schemas']['CategoryStats'];
        other: components['schemas']['CategoryStats'];
      };
    };
    /** @description A rotation brought in from another on-call tool, with its first version of rules. Its participants must be members of the owning group or of its sub-groups, as for any rotation. */
    ImportedRotation: {
      /** @description The rotation's id here, chosen by the caller (the other tool's, say), so that a second import of it is skipped; a rotation with this id already stored is skipped. */
      id: string;
      /** @description The owning group, a group in the catalog. */
      owner: components['schemas']['EntityRef'];
      name: string;
      /** @description The first version. `effectiveFrom` may lie in the past (these are records of what was in force) and defaults to the start of `startDate` in `timezone`. */
      version: components['schemas']['AddRotationVersionRequest'];
      /** @description User entity ref of whoever made the rotation in the other tool; defaults to the calling user, so a service must give it. */
      createdBy?: components['schemas']['EntityRef'];
    };
    /** @description An entry of a team's interrupt ledger kept in another tool. */
    ImportedInterrupt: {
      /** @description A UUID the caller chooses for the entry (derived from the other tool's id, say), so that a second import of it is skipped; an id the ledger has, or had and deleted, is skipped. */
      id: string;
      /** @description The team's group, a group in the catalog. */
      team: components['schemas']['EntityRef'];
      /** @description The catalog entity it concerns, if any. */
      entityRef?: components['schemas']['EntityRef'];
      title: string;
      category: components['schemas']['Category'];
      /** @description When it arrived; not in the future. The PoTW of this instant becomes `triagedBy`. */
      receivedAt: components['schemas']['Instant'];
      effortMinutes?: number;
      /** @description When it was resolved, if it is; not before `receivedAt` and not in the future. */
      resolvedAt?: components['schemas']['Instant'];
      /** @description User entity ref of whoever recorded it in the other tool; defaults to the calling user, so a service must give it. */
      createdBy?: components['schemas']['EntityRef'];
    };
    /** @description Rotations and past interrupts from another on-call tool: at least one and at most 500 items in all. Rotations are stored before interrupts, so an interrupt is triaged by the PoTW of a rotation of the same request. */
    OncallImportRequest: {
      rotations?: components['schemas']['ImportedRotation'][];
      interrupts?: components['schemas']['ImportedInterrupt'][];
    };
    /** @description How many items of one kind a request stored, and how many it skipped. */
    ImportCounts: {
      /** @description Items stored by this request. */
      imported: number;
      /** @description Items whose id was there already. */
      skipped: number;
    };
    OncallImportResult: {
      rotations: components['schemas']['ImportCounts'];
      interrupts: components['schemas']['ImportCounts'];
    };
    /** @description A team's planned capacity as people × hours per person per iteration. */
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
          'application/json': components['schemas']['RotationResponse'];
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
          'application/json': components['schemas']['RotationResponse'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
    };
  };
  ImportOncall: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OncallImportRequest'];
      };
    };
    responses: {
      /** @description How many items were stored and how many were there already. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OncallImportResult'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      /** @description The body is larger than 2 MB. */
      413: components['responses']['ErrorResponse'];
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
          'application/json': components['schemas']['RotationResponse'];
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
        'application/json': components['schemas']['AddRotationVersionRequest'];
      };
    };
    responses: {
      /** @description The rotation with the new version. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RotationResponse'];
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
          'application/json': components['schemas']['NowResponse'];
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
          'application/json': components['schemas']['NowResponse'];
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
          'application/json': components['schemas']['TeamCapacity'];
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
          'application/json': components['schemas']['TeamCapacity'];
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
 * When one shift hands over to the next, on the rotation's local wall clock.
 *
 * @public
 */
export type HandoffAnchor = components['schemas']['HandoffAnchor'];

/**
 * New rules of a rotation (the body of `POST /rotations/{id}/versions`, and the first version of `POST /rotations`), in force from `effectiveFrom` (default now) on.
 *
 * @public
 */
export type AddRotationVersionRequest =
  components['schemas']['AddRotationVersionRequest'];

/**
 * One version of a rotation's rules, in force from `effectiveFrom` until the next version.
 *
 * @public
 */
export type RotationVersion = components['schemas']['RotationVersion'];

/**
 * A rotation as the API returns it. `role` and `timezone` are those of the version in force now (for an imported schedule, the ones given at import), so lists need not look into `versions`.
 *
 * @public
 */
export type RotationResponse = components['schemas']['RotationResponse'];

/**
 * Someone covering a rotation for a stretch of time instead of whoever the rotation names. An override wins over the rotation for all of `[start, end)`, including stretches where the rotation has nobody; where overrides overlap, the one created last wins. `replaces` records whom the override relieves, for display and notifications; it does not narrow the override to that person's shifts.
 *
 * @public
 */
export type Override = components['schemas']['Override'];

/**
 * A stretch of time `[start, end)` one person covers.
 *
 * @public
 */
export type Shift = components['schemas']['Shift'];

/**
 * A stretch of time `[start, end)` nobody covers.
 *
 * @public
 */
export type Gap = components['schemas']['Gap'];

/**
 * A note left for a hand-off, by the person handing over or anyone in the team.
 *
 * @public
 */
export type HandoffNote = components['schemas']['HandoffNote'];

/**
 * Who fills one role of a team right now.
 *
 * @public
 */
export type RoleCoverage = components['schemas']['RoleCoverage'];

/**
 * Who covers an entity or a team now, per role, with the escalation chain.
 *
 * @public
 */
export type NowResponse = components['schemas']['NowResponse'];

/**
 * Kinds of unplanned work a team records in its interrupt ledger.
 *
 * @public
 */
export type Category = components['schemas']['Category'];

/**
 * One change of an interrupt: who made it and when, and for an update each changed field with its value before and after; a deletion keeps the interrupt as it was.
 *
 * @public
 */
export type InterruptEdit = components['schemas']['InterruptEdit'];

/**
 * An entry of a team's interrupt ledger.
 *
 * @public
 */
export type Interrupt = components['schemas']['Interrupt'];

/**
 * Number and minutes of the interrupts of one category.
 *
 * @public
 */
export type CategoryStats = components['schemas']['CategoryStats'];

/**
 * A team's planned capacity per iteration and where it comes from.
 *
 * @public
 */
export type TeamCapacity = components['schemas']['TeamCapacity'];

/**
 * The rotations of one team.
 *
 * @public
 */
export type RotationsResponse = components['schemas']['RotationsResponse'];

/**
 * A new rotation of a group with its first version of rules.
 *
 * @public
 */
export type CreateRotationRequest =
  components['schemas']['CreateRotationRequest'];

/**
 * A schedule exported as iCal by another on-call tool. Each event (recurrences expanded, `EXDATE`s removed, `RECURRENCE-ID` instances replacing the occurrence they name) becomes one stretch of duty in `[from, to)`. The person is read from the `X-AGILE-OPS-USER` property, else from an attendee or organizer e-mail matched to a catalog user, else from the summary matched to a user's name.
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
 * Someone to put on duty instead of the rotation, from now on at the earliest.
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
 * A note for the person taking over at a hand-off.
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
 * An interrupt to record in a team's ledger.
 *
 * @public
 */
export type CreateInterruptRequest =
  components['schemas']['CreateInterruptRequest'];

/**
 * The fields of an interrupt to change; `null` clears an optional one.
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
 * Interrupt effort against planned capacity in one iteration `[start, end)`.
 *
 * @public
 */
export type IterationStats = components['schemas']['IterationStats'];

/**
 * A rotation brought in from another on-call tool, with its first version of rules. Its participants must be members of the owning group or of its sub-groups, as for any rotation.
 *
 * @public
 */
export type ImportedRotation = components['schemas']['ImportedRotation'];

/**
 * An entry of a team's interrupt ledger kept in another tool.
 *
 * @public
 */
export type ImportedInterrupt = components['schemas']['ImportedInterrupt'];

/**
 * Rotations and past interrupts from another on-call tool: at least one and at most 500 items in all. Rotations are stored before interrupts, so an interrupt is triaged by the PoTW of a rotation of the same request.
 *
 * @public
 */
export type OncallImportRequest = components['schemas']['OncallImportRequest'];

/**
 * How many items of one kind a request stored, and how many it skipped.
 *
 * @public
 */
export type ImportCounts = components['schemas']['ImportCounts'];

/**
 * The `OncallImportResult` shape of the API.
 *
 * @public
 */
export type OncallImportResult = components['schemas']['OncallImportResult'];

/**
 * A team's planned capacity as people × hours per person per iteration.
 *
 * @public
 */
export type SetCapacityRequest = components['schemas']['SetCapacityRequest'];
