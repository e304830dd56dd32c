import {
  CreateInterruptRequestSchema,
  EntityRefSchema,
  GapSchema,
  InstantSchema,
  InterruptSchema,
  NowResponseSchema,
  RoleCoverageSchema,
  ShiftSchema,
} from '@agile-ops/plugin-oncall-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError, NotAllowedError } from '@backstage/errors';
import { z } from 'zod/v3';
import { UserCredentials } from '../service/access';
import { optionalInstant } from '../service/inputErrors';
import { InterruptService } from '../service/InterruptService';
import { NowService } from '../service/NowService';
import { RotationService } from '../service/RotationService';
import { parseRefField } from '../service/TeamDirectory';

const DAY = 86_400_000;

// The shapes below are the OpenAPI document's (generated into the common package), so an
// action accepts and answers what the HTTP API does, limits included; the registry checks the
// input against them before an action runs.

/** Who covers an entity now, without the start of each shift and how the team was found. */
const nowOutput = NowResponseSchema.omit({ resolvedVia: true }).extend({
  roles: z.array(RoleCoverageSchema.omit({ since: true })),
});

/** The body of `POST /interrupts` without `source`: an action's interrupt is `manual`. */
const logInterruptInput = CreateInterruptRequestSchema.omit({
  source: true,
}).extend({
  team: EntityRefSchema.describe(
    'Group entity ref, e.g. group:default/team-payments',
  ),
  entityRef: EntityRefSchema.optional().describe(
    'The catalog entity it concerns, if any',
  ),
  receivedAt: InstantSchema.optional().describe('ISO 8601; default now'),
});

function requireUser(credentials: BackstageCredentials): UserCredentials {
  if ((credentials.principal as { type?: string }).type !== 'user') {
    throw new NotAllowedError('Logging an interrupt needs a signed-in user');
  }
  return credentials as UserCredentials;
}

/** Registers the on-call actions that MCP clients and other automation can call. */
export function registerOncallActions(options: {
  actionsRegistry: ActionsRegistryService;
  now: NowService;
  rotations: RotationService;
  interrupts: InterruptService;
}) {
  const { actionsRegistry, now, rotations, interrupts } = options;

  actionsRegistry.register({
    name: 'who-is-on-call',
    title: 'Who is on call',
    description:
      'Who covers a catalog entity or team right now per role (Person of the Week first, then primary and secondary on-call), until when, who is next, and the escalation chain. Pass a component, system or group entity ref.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: () =>
        z.object({
          entityRef: EntityRefSchema.describe(
            'Entity ref, e.g. component:default/ledger-service or group:default/team-payments',
          ),
        }),
      output: () => nowOutput,
    },
    action: async ({ input, credentials }) => {
      const answer = await now.forEntity(
        parseRefField(input.entityRef, 'entityRef'),
        credentials,
      );
      return {
        output: {
          entityRef: answer.entityRef,
          team: answer.team,
          roles: answer.roles.map(({ since: _since, ...role }) => role),
          escalation: answer.escalation,
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'list-shifts',
    title: 'List on-call shifts',
    description:
      'The shifts (who covers from when to when, and whether an override put them there) and the uncovered gaps of a rotation in a time window of at most 90 days; by default the next 14 days.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: () =>
        z.object({
          rotationId: z.string().describe('Id of the rotation'),
          from: InstantSchema.optional().describe('ISO 8601 date-time'),
          to: InstantSchema.optional().describe('ISO 8601 date-time'),
        }),
      output: () =>
        z.object({
          shifts: z.array(
            ShiftSchema.pick({
              user: true,
              start: true,
              end: true,
              source: true,
            }),
          ),
          gaps: z.array(GapSchema),
        }),
    },
    action: async ({ input, credentials }) => {
      const from = optionalInstant(input.from, 'from') ?? new Date();
      const to =
        optionalInstant(input.to, 'to') ?? new Date(from.getTime() + 14 * DAY);
      if (to <= from || to.getTime() - from.getTime() > 90 * DAY) {
        throw new InputError('to must be after from and at most 90 days later');
      }
      const window = await rotations.shifts(
        input.rotationId,
        from,
        to,
        credentials,
      );
      return {
        output: {
          shifts: window.shifts.map(({ user, start, end, source }) => ({
            user,
            start,
            end,
            source,
          })),
          gaps: window.gaps,
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'log-interrupt',
    title: 'Log an interrupt',
    description:
      "Records an interrupt (unplanned work) in a team's ledger on behalf of the signed-in user; the team's Person of the Week at that moment is recorded as the one who triaged it. Only members of the team may log.",
    attributes: { readOnly: false, destructive: false, idempotent: false },
    schema: {
      input: () => logInterruptInput,
      output: () =>
        InterruptSchema.pick({
          id: true,
          team: true,
          triagedBy: true,
          receivedAt: true,
        }),
    },
    action: async ({ input, credentials }) => {
      const interrupt = await interrupts.create(
        input,
        requireUser(credentials),
        {
          source: 'manual',
        },
      );
      return {
        output: {
          id: interrupt.id,
          team: interrupt.team,
          receivedAt: interrupt.receivedAt,
          ...(interrupt.triagedBy ? { triagedBy: interrupt.triagedBy } : {}),
        },
      };
    },
  });
}
