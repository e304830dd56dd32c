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
