import { INTERRUPT_CATEGORIES } from '@agile-ops/plugin-oncall-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError, NotAllowedError } from '@backstage/errors';
import { UserCredentials } from '../service/access';
import { InterruptService } from '../service/InterruptService';
import { NowService } from '../service/NowService';
import { RotationService } from '../service/RotationService';
import { parseRefField } from '../service/TeamDirectory';

const DAY = 86_400_000;

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
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe(
              'Entity ref, e.g. component:default/ledger-service or group:default/team-payments',
            ),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          team: z.string().nullable(),
          roles: z.array(
            z.object({
              role: z.string(),
              rotationId: z.string(),
              rotationName: z.string(),
              user: z.string().nullable(),
              until: z.string().nullable(),
              timezone: z.string(),
              override: z.boolean(),
              next: z
                .object({ user: z.string().nullable(), at: z.string() })
                .nullable(),
            }),
          ),
          escalation: z.array(z.string()),
        }),
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
      input: z =>
        z.object({
          rotationId: z.string().describe('Id of the rotation'),
          from: z.string().optional().describe('ISO 8601 date-time'),
          to: z.string().optional().describe('ISO 8601 date-time'),
        }),
      output: z =>
        z.object({
          shifts: z.array(
            z.object({
              user: z.string(),
              start: z.string(),
              end: z.string(),
              source: z.string(),
            }),
          ),
          gaps: z.array(z.object({ start: z.string(), end: z.string() })),
        }),
    },
    action: async ({ input, credentials }) => {
      const from = input.from ? new Date(input.from) : new Date();
      const to = input.to
        ? new Date(input.to)
        : new Date(from.getTime() + 14 * DAY);
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
        throw new InputError('from and to must be ISO 8601 date-times');
      }
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
      input: z =>
        z.object({
          team: z
            .string()
            .describe('Group entity ref, e.g. group:default/team-payments'),
          title: z.string().min(1).max(300),
          category: z.enum(INTERRUPT_CATEGORIES),
          entityRef: z
            .string()
            .optional()
            .describe('The catalog entity it concerns, if any'),
          effortMinutes: z.number().int().min(0).max(10080).optional(),
          receivedAt: z.string().optional().describe('ISO 8601; default now'),
        }),
      output: z =>
        z.object({
          id: z.string(),
          team: z.string(),
          triagedBy: z.string().optional(),
          receivedAt: z.string(),
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
