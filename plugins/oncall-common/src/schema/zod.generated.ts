// This file is generated from the backend's openapi.yaml by scripts/openapi-to-ts.mjs — do not edit.
// After changing openapi.yaml, run `yarn generate:openapi` in the backend package.
/* eslint-disable */
import { z } from 'zod/v3';

/** Checks a value against the `Instant` model. @public */
export const InstantSchema = z
  .string()
  .datetime({ offset: true })
  .describe('An instant, ISO 8601; answers use UTC.');

/** Checks a value against the `NullableInstant` model. @public */
export const NullableInstantSchema = z.union([
  z.string().datetime({ offset: true }),
  z.null(),
]);

/** Checks a value against the `EntityRef` model. @public */
export const EntityRefSchema = z
  .string()
  .min(3)
  .max(255)
  .describe('A full entity ref, e.g. `user:default/jane`.');

/** Checks a value against the `NullableEntityRef` model. @public */
export const NullableEntityRefSchema = z.union([z.string().max(255), z.null()]);

/** Checks a value against the `Role` model. @public */
export const RoleSchema = z
  .string()
  .regex(new RegExp('^[a-z][a-z0-9-]{0,62}$'))
  .describe('`potw`, `primary`, `secondary` or another kebab-case role.');

/** Checks a value against the `Timezone` model. @public */
export const TimezoneSchema = z
  .string()
  .min(1)
  .max(64)
  .describe('An IANA time zone, e.g. `Europe/Berlin`.');

/** Checks a value against the `HandoffAnchor` model. @public */
export const HandoffAnchorSchema = z
  .object({
    weekday: z
      .number()
      .int()
      .gte(1)
      .lte(7)
      .describe('ISO weekday of the first hand-off: 1 is Monday, 7 is Sunday.'),
    time: z
      .string()
      .describe('Local time of every hand-off, `HH:mm` on a 24-hour clock.'),
  })
  .strict()
  .describe(
    "When one shift hands over to the next, on the rotation's local wall clock.",
  );

/** Checks a value against the `AddRotationVersionRequest` model. @public */
export const AddRotationVersionRequestSchema = z
  .object({
    effectiveFrom: InstantSchema.optional(),
    timezone: TimezoneSchema,
    role: RoleSchema,
    participants: z.array(EntityRefSchema).min(1).max(100),
    handoff: HandoffAnchorSchema,
    shiftLength: z
      .string()
      .max(32)
      .describe('ISO 8601 duration of one shift, at least `PT1H`.'),
    startDate: z
      .string()
      .describe('Local date `YYYY-MM-DD` the cycle counts from.'),
  })
  .strict()
  .describe(
    'New rules of a rotation (the body of `POST /rotations/{id}/versions`, and the first version of `POST /rotations`), in force from `effectiveFrom` (default now) on.',
  );

/** Checks a value against the `RotationVersion` model. @public */
export const RotationVersionSchema = z
  .object({
    effectiveFrom: InstantSchema,
    timezone: z
      .string()
      .describe(
        'IANA time zone whose wall clock the hand-offs follow, such as `Europe/Berlin`.',
      ),
    role: z.string().describe('The role the rotation fills.'),
    participants: z
      .array(z.string())
      .describe(
        'User entity refs in the order they take turns; the first covers the first shift.',
      ),
    handoff: HandoffAnchorSchema,
    shiftLength: z
      .string()
      .describe(
        'Length of one shift as an ISO 8601 duration (`P1W`, `P1D`, `PT12H`), at least one hour.',
      ),
    startDate: z
      .string()
      .describe(
        'Local date (`YYYY-MM-DD`) the cycle starts from: the first shift begins at `handoff.time` on the first day on or after it that falls on `handoff.weekday`.',
      ),
  })
  .strict()
  .describe(
    "One version of a rotation's rules, in force from `effectiveFrom` until the next version.",
  );

/** Checks a value against the `RotationResponse` model. @public */
export const RotationResponseSchema = z
  .object({
    id: z.string(),
    owner: z.string().describe('Entity ref of the owning group.'),
    name: z.string(),
    role: z.string(),
    timezone: z.string(),
    source: z
      .enum(['rules', 'ical'])
      .describe(
        "Where the rotation's shifts come from: its own rules, or a schedule imported from iCal.",
      ),
    versions: z
      .array(RotationVersionSchema)
      .describe(
        'Every version of the rules, oldest first; empty for an imported schedule.',
      ),
    imported: z
      .object({ entries: z.number().int(), from: z.string(), to: z.string() })
      .strict()
      .describe(
        'For an imported schedule: how many entries were imported and for which window.',
      )
      .optional(),
    createdBy: z.string(),
    createdAt: InstantSchema,
  })
  .strict()
  .describe(
    'A rotation as the API returns it. `role` and `timezone` are those of the version in force now (for an imported schedule, the ones given at import), so lists need not look into `versions`.',
  );

/** Checks a value against the `Override` model. @public */
export const OverrideSchema = z
  .object({
    id: z.string().describe('Stable id of the override.'),
    rotationId: z.string().describe('Id of the rotation it applies to.'),
    user: z.string().describe('User entity ref of the person covering.'),
    start: InstantSchema,
    end: InstantSchema,
    replaces: z
      .string()
      .describe(
        'User entity ref of the person relieved, if the override was made for someone.',
      )
      .optional(),
    reason: z.string().describe('Why the override exists.').optional(),
    createdBy: z.string().describe('Entity ref of whoever created it.'),
    createdAt: InstantSchema,
  })
  .strict()
  .describe(
    "Someone covering a rotation for a stretch of time instead of whoever the rotation names. An override wins over the rotation for all of `[start, end)`, including stretches where the rotation has nobody; where overrides overlap, the one created last wins. `replaces` records whom the override relieves, for display and notifications; it does not narrow the override to that person's shifts.",
  );

/** Checks a value against the `Shift` model. @public */
export const ShiftSchema = z
  .object({
    user: z.string().describe('User entity ref of the person covering.'),
    start: InstantSchema,
    end: InstantSchema,
    source: z
      .enum(['rotation', 'override'])
      .describe('Whether the rotation or an override put the person here.'),
    rotationVersion: z
      .string()
      .describe(
        'For rotation shifts: `effectiveFrom` of the version in force, as a UTC string.',
      )
      .optional(),
    overrideId: z
      .string()
      .describe("For override shifts: the override's id.")
      .optional(),
  })
  .strict()
  .describe('A stretch of time `[start, end)` one person covers.');

/** Checks a value against the `Gap` model. @public */
export const GapSchema = z
  .object({ start: InstantSchema, end: InstantSchema })
  .strict()
  .describe('A stretch of time `[start, end)` nobody covers.');

/** Checks a value against the `HandoffNote` model. @public */
export const HandoffNoteSchema = z
  .object({
    id: z.string(),
    rotationId: z.string(),
    at: InstantSchema,
    text: z.string(),
    author: z.string(),
    createdAt: InstantSchema,
  })
  .strict()
  .describe(
    'A note left for a hand-off, by the person handing over or anyone in the team.',
  );

/** Checks a value against the `RoleCoverage` model. @public */
export const RoleCoverageSchema = z
  .object({
    role: z.string(),
    rotationId: z.string(),
    rotationName: z.string(),
    user: NullableEntityRefSchema,
    since: NullableInstantSchema,
    until: NullableInstantSchema,
    next: z
      .union([
        z
          .object({ user: NullableEntityRefSchema, at: InstantSchema })
          .strict()
          .describe(
            'The next person and when they take over; `null` when nothing is scheduled.',
          ),
        z
          .null()
          .describe(
            'The next person and when they take over; `null` when nothing is scheduled.',
          ),
      ])
      .describe(
        'The next person and when they take over; `null` when nothing is scheduled.',
      ),
    timezone: z
      .string()
      .describe(
        'IANA zone of the rotation, for showing times on its wall clock.',
      ),
    override: z
      .boolean()
      .describe('True when an override put the current person there.'),
  })
  .strict()
  .describe('Who fills one role of a team right now.');

/** Checks a value against the `NowResponse` model. @public */
export const NowResponseSchema = z
  .object({
    entityRef: z.string(),
    team: NullableEntityRefSchema,
    resolvedVia: z
      .union([
        z.literal('self'),
        z.literal('owner'),
        z.literal('annotation'),
        z.literal(null),
      ])
      .describe(
        'How the team was found: the entity itself, its owner, or the `agile-ops/oncall-team` annotation.',
      ),
    roles: z
      .array(RoleCoverageSchema)
      .describe('PoTW first, then primary, secondary and custom roles.'),
    escalation: z
      .array(z.string())
      .describe(
        'Whom to call, in order: PoTW, primary on-call, secondary on-call, group lead; no repeats.',
      ),
  })
  .strict()
  .describe(
    'Who covers an entity or a team now, per role, with the escalation chain.',
  );

/** Checks a value against the `Category` model. @public */
export const CategorySchema = z
  .enum(['incident', 'request', 'question', 'alert', 'other'])
  .describe('Kinds of unplanned work a team records in its interrupt ledger.');

/** Checks a value against the `InterruptEdit` model. @public */
export const InterruptEditSchema = z
  .object({
    interruptId: z.string(),
    action: z.enum(['update', 'delete']),
    changes: z
      .record(z.object({ from: z.any(), to: z.any() }))
      .describe(
        'Each changed field with its value before (`from`) and after (`to`).',
      ),
    changedBy: z.string(),
    changedAt: InstantSchema,
  })
  .strict()
  .describe(
    'One change of an interrupt: who made it and when, and for an update each changed field with its value before and after; a deletion keeps the interrupt as it was.',
  );

/** Checks a value against the `Interrupt` model. @public */
export const InterruptSchema = z
  .object({
    id: z.string().describe('Stable id of the entry.'),
    team: z.string().describe("Entity ref of the team's group."),
    entityRef: z
      .string()
      .describe('Entity ref of the catalog entity it concerns, if any.')
      .optional(),
    title: z.string().describe('Short summary.'),
    category: CategorySchema,
    receivedAt: InstantSchema,
    triagedBy: z
      .string()
      .describe(
        'User entity ref of the PoTW at `receivedAt`, filled in by the backend.',
      )
      .optional(),
    effortMinutes: z
      .number()
      .int()
      .describe('Minutes of work it took, once known.')
      .optional(),
    resolvedAt: InstantSchema.optional(),
    source: z
      .enum(['manual', 'self-service', 'import'])
      .describe(
        'How it reached the ledger: typed in by a person, recorded by a self-service action, or imported from another tool.',
      ),
    createdBy: z.string().describe('Entity ref of whoever recorded it.'),
  })
  .strict()
  .describe("An entry of a team's interrupt ledger.");

/** Checks a value against the `CategoryStats` model. @public */
export const CategoryStatsSchema = z
  .object({ count: z.number().int(), minutes: z.number() })
  .strict()
  .describe('Number and minutes of the interrupts of one category.');

/** Checks a value against the `TeamCapacity` model. @public */
export const TeamCapacitySchema = z
  .object({
    hoursPerIteration: z
      .union([
        z
          .number()
          .describe(
            'Planned hours of the whole team per iteration; `null` when nobody has set it.',
          ),
        z
          .null()
          .describe(
            'Planned hours of the whole team per iteration; `null` when nobody has set it.',
          ),
      ])
      .describe(
        'Planned hours of the whole team per iteration; `null` when nobody has set it.',
      ),
    source: z
      .union([z.literal('portal'), z.literal('annotation'), z.literal(null)])
      .describe(
        '`portal` when set in the portal (people × hours), `annotation` when read from the group.',
      ),
    people: z.number().int().optional(),
    hoursPerPerson: z.number().optional(),
  })
  .strict()
  .describe("A team's planned capacity per iteration and where it comes from.");

/** Checks a value against the `RotationsResponse` model. @public */
export const RotationsResponseSchema = z
  .object({ rotations: z.array(RotationResponseSchema) })
  .strict()
  .describe('The rotations of one team.');

/** Checks a value against the `CreateRotationRequest` model. @public */
export const CreateRotationRequestSchema = z
  .object({
    owner: EntityRefSchema,
    name: z.string().min(1).max(200),
    version: AddRotationVersionRequestSchema,
  })
  .strict()
  .describe('A new rotation of a group with its first version of rules.');

/** Checks a value against the `ImportRotationRequest` model. @public */
export const ImportRotationRequestSchema = z
  .object({
    owner: EntityRefSchema,
    name: z.string().min(1).max(200),
    role: RoleSchema,
    timezone: TimezoneSchema,
    ics: z
      .string()
      .min(1)
      .max(2000000)
      .describe('The calendar, RFC 5545 text.'),
    from: InstantSchema.optional(),
    to: InstantSchema.optional(),
  })
  .strict()
  .describe(
    "A schedule exported as iCal by another on-call tool. Each event (recurrences expanded, `EXDATE`s removed, `RECURRENCE-ID` instances replacing the occurrence they name) becomes one stretch of duty in `[from, to)`. The person is read from the `X-AGILE-OPS-USER` property, else from an attendee or organizer e-mail matched to a catalog user, else from the summary matched to a user's name.",
  );

/** Checks a value against the `ShiftsResponse` model. @public */
export const ShiftsResponseSchema = z
  .object({
    rotationId: z.string(),
    from: InstantSchema,
    to: InstantSchema,
    shifts: z.array(ShiftSchema),
    gaps: z.array(GapSchema),
  })
  .strict()
  .describe('The shifts and gaps of a rotation in a window.');

/** Checks a value against the `FeedTokenResponse` model. @public */
export const FeedTokenResponseSchema = z
  .object({
    feedUrl: z
      .string()
      .describe('Absolute URL of the feed, holding the token.'),
    token: z
      .string()
      .describe('The secret part of `feedUrl`, 43 base64url characters.'),
  })
  .strict();

/** Checks a value against the `OverridesResponse` model. @public */
export const OverridesResponseSchema = z
  .object({ overrides: z.array(OverrideSchema) })
  .strict()
  .describe('The overrides of a rotation.');

/** Checks a value against the `CreateOverrideRequest` model. @public */
export const CreateOverrideRequestSchema = z
  .object({
    user: EntityRefSchema,
    start: InstantSchema,
    end: InstantSchema,
    replaces: EntityRefSchema.optional(),
    reason: z.string().max(500).optional(),
  })
  .strict()
  .describe(
    'Someone to put on duty instead of the rotation, from now on at the earliest.',
  );

/** Checks a value against the `HandoffWithNotes` model. @public */
export const HandoffWithNotesSchema = z
  .object({
    at: InstantSchema,
    from: NullableEntityRefSchema,
    to: NullableEntityRefSchema,
    notes: z.array(HandoffNoteSchema),
  })
  .strict()
  .describe(
    'One hand-off: when, from whom to whom, and the notes left for it.',
  );

/** Checks a value against the `HandoffsResponse` model. @public */
export const HandoffsResponseSchema = z
  .object({ handoffs: z.array(HandoffWithNotesSchema) })
  .strict()
  .describe('The hand-offs of a window with their notes.');

/** Checks a value against the `CreateHandoffNoteRequest` model. @public */
export const CreateHandoffNoteRequestSchema = z
  .object({
    at: InstantSchema.optional(),
    text: z
      .string()
      .regex(new RegExp('\\S'))
      .min(1)
      .max(4000)
      .describe('The note; it needs a character other than a blank.'),
  })
  .strict()
  .describe('A note for the person taking over at a hand-off.');

/** Checks a value against the `InterruptsResponse` model. @public */
export const InterruptsResponseSchema = z
  .object({
    interrupts: z.array(InterruptSchema),
    nextCursor: z.string().optional(),
  })
  .strict()
  .describe('One page of interrupts, newest first.');

/** Checks a value against the `CreateInterruptRequest` model. @public */
export const CreateInterruptRequestSchema = z
  .object({
    team: EntityRefSchema,
    entityRef: EntityRefSchema.optional(),
    title: z
      .string()
      .regex(new RegExp('\\S'))
      .min(1)
      .max(300)
      .describe(
        'Short summary; one of blanks only says nothing, so a title needs another character.',
      ),
    category: CategorySchema,
    receivedAt: InstantSchema.optional(),
    effortMinutes: z.number().int().gte(0).lte(10080).optional(),
    resolvedAt: InstantSchema.optional(),
    source: z
      .enum(['manual', 'self-service'])
      .describe(
        'How it reached the team; `manual` when omitted. `self-service` is set by the scaffolder action; `import` is reserved for imports and refused here.',
      )
      .optional(),
  })
  .strict()
  .describe("An interrupt to record in a team's ledger.");

/** Checks a value against the `UpdateInterruptRequest` model. @public */
export const UpdateInterruptRequestSchema = z
  .object({
    title: z
      .string()
      .regex(new RegExp('\\S'))
      .min(1)
      .max(300)
      .describe(
        'Short summary; one of blanks only says nothing, so a title needs another character.',
      )
      .optional(),
    category: CategorySchema.optional(),
    effortMinutes: z
      .union([z.number().int().gte(0).lte(10080), z.null()])
      .optional(),
    resolvedAt: NullableInstantSchema.optional(),
  })
  .strict()
  .describe(
    'The fields of an interrupt to change; `null` clears an optional one.',
  );

/** Checks a value against the `InterruptEditsResponse` model. @public */
export const InterruptEditsResponseSchema = z
  .object({ edits: z.array(InterruptEditSchema) })
  .strict()
  .describe('The edits of one interrupt, oldest first.');

/** Checks a value against the `IterationStats` model. @public */
export const IterationStatsSchema = z
  .object({
    start: InstantSchema,
    end: InstantSchema,
    count: z
      .number()
      .int()
      .describe(
        'Interrupts received in the iteration, with or without a recorded effort.',
      ),
    interruptMinutes: z
      .number()
      .describe('Sum of their `effortMinutes`; a missing effort counts as 0.'),
    capacityMinutes: z.number(),
    share: z
      .union([
        z
          .number()
          .describe(
            '`interruptMinutes / capacityMinutes`, or `null` when the capacity is 0.',
          ),
        z
          .null()
          .describe(
            '`interruptMinutes / capacityMinutes`, or `null` when the capacity is 0.',
          ),
      ])
      .describe(
        '`interruptMinutes / capacityMinutes`, or `null` when the capacity is 0.',
      ),
    byCategory: z
      .object({
        incident: CategoryStatsSchema,
        request: CategoryStatsSchema,
        question: CategoryStatsSchema,
        alert: CategoryStatsSchema,
        other: CategoryStatsSchema,
      })
      .strict()
      .describe('Count and minutes per category, every category present.'),
  })
  .strict()
  .describe(
    'Interrupt effort against planned capacity in one iteration `[start, end)`.',
  );

/** Checks a value against the `InterruptStatsResponse` model. @public */
export const InterruptStatsResponseSchema = z
  .object({
    team: z.string(),
    iterationLength: z.string(),
    capacity: TeamCapacitySchema,
    iterations: z
      .array(IterationStatsSchema)
      .describe('Iterations overlapping the window, oldest first.'),
    trend: z
      .union([
        z.literal('up'),
        z.literal('down'),
        z.literal('flat'),
        z.literal(null),
      ])
      .describe(
        'Direction of the share over the reported iterations (least-squares slope of the shares with a capacity): `up`, `down`, `flat`, or `null` with fewer than two such iterations.',
      ),
  })
  .strict()
  .describe('Interrupt effort against planned capacity per iteration.');

/** Checks a value against the `ImportedRotation` model. @public */
export const ImportedRotationSchema = z
  .object({
    id: z
      .string()
      .regex(new RegExp('^[A-Za-z0-9][A-Za-z0-9._-]{0,35}$'))
      .max(36)
      .describe(
        "The rotation's id here, chosen by the caller (the other tool's, say), so that a second import of it is skipped; a rotation with this id already stored is skipped.",
      ),
    owner: EntityRefSchema,
    name: z.string().regex(new RegExp('\\S')).min(1).max(200),
    version: AddRotationVersionRequestSchema,
    createdBy: EntityRefSchema.optional(),
  })
  .strict()
  .describe(
    'A rotation brought in from another on-call tool, with its first version of rules. Its participants must be members of the owning group or of its sub-groups, as for any rotation.',
  );

/** Checks a value against the `ImportedInterrupt` model. @public */
export const ImportedInterruptSchema = z
  .object({
    id: z
      .string()
      .regex(
        new RegExp(
          '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        ),
      )
      .describe(
        "A UUID the caller chooses for the entry (derived from the other tool's id, say), so that a second import of it is skipped; an id the ledger has, or had and deleted, is skipped.",
      ),
    team: EntityRefSchema,
    entityRef: EntityRefSchema.optional(),
    title: z.string().regex(new RegExp('\\S')).min(1).max(300),
    category: CategorySchema,
    receivedAt: InstantSchema,
    effortMinutes: z.number().int().gte(0).lte(10080).optional(),
    resolvedAt: InstantSchema.optional(),
    createdBy: EntityRefSchema.optional(),
  })
  .strict()
  .describe("An entry of a team's interrupt ledger kept in another tool.");

/** Checks a value against the `OncallImportRequest` model. @public */
export const OncallImportRequestSchema = z
  .object({
    rotations: z.array(ImportedRotationSchema).max(500).optional(),
    interrupts: z.array(ImportedInterruptSchema).max(500).optional(),
  })
  .strict()
  .describe(
    'Rotations and past interrupts from another on-call tool: at least one and at most 500 items in all. Rotations are stored before interrupts, so an interrupt is triaged by the PoTW of a rotation of the same request.',
  );

/** Checks a value against the `ImportCounts` model. @public */
export const ImportCountsSchema = z
  .object({
    imported: z.number().int().describe('Items stored by this request.'),
    skipped: z.number().int().describe('Items whose id was there already.'),
  })
  .strict()
  .describe(
    'How many items of one kind a request stored, and how many it skipped.',
  );

/** Checks a value against the `OncallImportResult` model. @public */
export const OncallImportResultSchema = z
  .object({ rotations: ImportCountsSchema, interrupts: ImportCountsSchema })
  .strict();

/** Checks a value against the `SetCapacityRequest` model. @public */
export const SetCapacityRequestSchema = z
  .object({
    people: z.number().int().gte(1).lte(1000),
    hoursPerPerson: z.number().gte(0).lte(1000),
  })
  .strict()
  .describe(
    "A team's planned capacity as people × hours per person per iteration.",
  );
