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

/** Checks a value against the `Handoff` model. @public */
export const HandoffSchema = z
  .object({
    weekday: z
      .number()
      .int()
      .gte(1)
      .lte(7)
      .describe('ISO weekday of the first hand-off, 1 = Monday.'),
    time: z.string().describe('Local time of every hand-off, `HH:mm`.'),
  })
  .strict();

/** Checks a value against the `VersionInput` model. @public */
export const VersionInputSchema = z
  .object({
    effectiveFrom: InstantSchema.optional(),
    timezone: TimezoneSchema,
    role: RoleSchema,
    participants: z.array(EntityRefSchema).min(1).max(100),
    handoff: HandoffSchema,
    shiftLength: z
      .string()
      .max(32)
      .describe('ISO 8601 duration of one shift, at least `PT1H`.'),
    startDate: z
      .string()
      .describe('Local date `YYYY-MM-DD` the cycle counts from.'),
  })
  .strict();

/** Checks a value against the `Version` model. @public */
export const VersionSchema = z
  .object({
    effectiveFrom: InstantSchema,
    timezone: z.string(),
    role: z.string(),
    participants: z.array(z.string()),
    handoff: HandoffSchema,
    shiftLength: z.string(),
    startDate: z.string(),
  })
  .strict();

/** Checks a value against the `Rotation` model. @public */
export const RotationSchema = z
  .object({
    id: z.string(),
    owner: z.string(),
    name: z.string(),
    role: z.string(),
    timezone: z.string(),
    source: z.enum(['rules', 'ical']),
    versions: z.array(VersionSchema),
    imported: z
      .object({ entries: z.number().int(), from: z.string(), to: z.string() })
      .strict()
      .optional(),
    createdBy: z.string(),
    createdAt: InstantSchema,
  })
  .strict();

/** Checks a value against the `Override` model. @public */
export const OverrideSchema = z
  .object({
    id: z.string(),
    rotationId: z.string(),
    user: z.string(),
    start: InstantSchema,
    end: InstantSchema,
    replaces: z.string().optional(),
    reason: z.string().optional(),
    createdBy: z.string(),
    createdAt: InstantSchema,
  })
  .strict();

/** Checks a value against the `Shift` model. @public */
export const ShiftSchema = z
  .object({
    user: z.string(),
    start: InstantSchema,
    end: InstantSchema,
    source: z.enum(['rotation', 'override']),
    rotationVersion: z.string().optional(),
    overrideId: z.string().optional(),
  })
  .strict();

/** Checks a value against the `Gap` model. @public */
export const GapSchema = z
  .object({ start: InstantSchema, end: InstantSchema })
  .strict();

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
  .strict();

/** Checks a value against the `RoleCoverage` model. @public */
export const RoleCoverageSchema = z
  .object({
    role: z.string(),
    rotationId: z.string(),
    rotationName: z.string(),
    user: NullableEntityRefSchema,
    since: NullableInstantSchema,
    until: NullableInstantSchema,
    next: z.union([
      z.object({ user: NullableEntityRefSchema, at: InstantSchema }).strict(),
      z.null(),
    ]),
    timezone: z.string(),
    override: z.boolean(),
  })
  .strict();

/** Checks a value against the `Now` model. @public */
export const NowSchema = z
  .object({
    entityRef: z.string(),
    team: NullableEntityRefSchema,
    resolvedVia: z.union([
      z.literal('self'),
      z.literal('owner'),
      z.literal('annotation'),
      z.literal(null),
    ]),
    roles: z.array(RoleCoverageSchema),
    escalation: z.array(z.string()),
  })
  .strict();

/** Checks a value against the `Category` model. @public */
export const CategorySchema = z.enum([
  'incident',
  'request',
  'question',
  'alert',
  'other',
]);

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
  .strict();

/** Checks a value against the `Interrupt` model. @public */
export const InterruptSchema = z
  .object({
    id: z.string(),
    team: z.string(),
    entityRef: z.string().optional(),
    title: z.string(),
    category: CategorySchema,
    receivedAt: InstantSchema,
    triagedBy: z.string().optional(),
    effortMinutes: z.number().int().optional(),
    resolvedAt: InstantSchema.optional(),
    source: z.enum(['manual', 'self-service', 'import']),
    createdBy: z.string(),
  })
  .strict();

/** Checks a value against the `CategoryStats` model. @public */
export const CategoryStatsSchema = z
  .object({ count: z.number().int(), minutes: z.number() })
  .strict();

/** Checks a value against the `Capacity` model. @public */
export const CapacitySchema = z
  .object({
    hoursPerIteration: z.union([z.number(), z.null()]),
    source: z.union([
      z.literal('portal'),
      z.literal('annotation'),
      z.literal(null),
    ]),
    people: z.number().int().optional(),
    hoursPerPerson: z.number().optional(),
  })
  .strict();

/** Checks a value against the `RotationsResponse` model. @public */
export const RotationsResponseSchema = z
  .object({ rotations: z.array(RotationSchema) })
  .strict()
  .describe('The rotations of one team.');

/** Checks a value against the `CreateRotationRequest` model. @public */
export const CreateRotationRequestSchema = z
  .object({
    owner: EntityRefSchema,
    name: z.string().min(1).max(200),
    version: VersionInputSchema,
  })
  .strict();

/** Checks a value against the `ImportRotationRequest` model. @public */
export const ImportRotationRequestSchema = z
  .object({
    owner: EntityRefSchema,
    name: z.string().min(1).max(200),
    role: RoleSchema,
    timezone: TimezoneSchema,
    ics: z.string().min(1).max(2000000),
    from: InstantSchema.optional(),
    to: InstantSchema.optional(),
  })
  .strict();

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
  .strict();

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
  .object({ at: InstantSchema.optional(), text: z.string().min(1).max(4000) })
  .strict();

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
    title: z.string().min(1).max(300),
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
  .strict();

/** Checks a value against the `UpdateInterruptRequest` model. @public */
export const UpdateInterruptRequestSchema = z
  .object({
    title: z.string().min(1).max(300).optional(),
    category: CategorySchema.optional(),
    effortMinutes: z
      .union([z.number().int().gte(0).lte(10080), z.null()])
      .optional(),
    resolvedAt: NullableInstantSchema.optional(),
  })
  .strict();

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
    count: z.number().int(),
    interruptMinutes: z.number(),
    capacityMinutes: z.number(),
    share: z.union([z.number(), z.null()]),
    byCategory: z
      .object({
        incident: CategoryStatsSchema,
        request: CategoryStatsSchema,
        question: CategoryStatsSchema,
        alert: CategoryStatsSchema,
        other: CategoryStatsSchema,
      })
      .strict(),
  })
  .strict()
  .describe('The interrupt effort of one iteration.');

/** Checks a value against the `InterruptStatsResponse` model. @public */
export const InterruptStatsResponseSchema = z
  .object({
    team: z.string(),
    iterationLength: z.string(),
    capacity: CapacitySchema,
    iterations: z.array(IterationStatsSchema),
    trend: z.union([
      z.literal('up'),
      z.literal('down'),
      z.literal('flat'),
      z.literal(null),
    ]),
  })
  .strict()
  .describe('Interrupt effort against planned capacity per iteration.');

/** Checks a value against the `SetCapacityRequest` model. @public */
export const SetCapacityRequestSchema = z
  .object({
    people: z.number().int().gte(1).lte(1000),
    hoursPerPerson: z.number().gte(0).lte(1000),
  })
  .strict();
