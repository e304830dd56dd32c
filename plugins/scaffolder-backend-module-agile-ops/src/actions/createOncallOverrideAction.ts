import {
  CreateOverrideRequestSchema,
  Override,
  RoleSchema,
} from '@agile-ops/plugin-oncall-common';
import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import { PluginApiClient } from '../api/PluginApiClient';
import { checkpointKey, initiatorRef } from './context';
import { requireEntityRef, requireInstant } from './inputs';
import { fetchNow, rotationForRole } from './resolveCoverage';

const ID = 'oncall:override:create';
const { shape } = CreateOverrideRequestSchema;

/** Creates the `oncall:override:create` action: someone covers a rotation for a while. */
export function createOncallOverrideAction(options: {
  api: PluginApiClient;
  auth: AuthService;
}) {
  const { api, auth } = options;
  return createTemplateAction({
    id: ID,
    description:
      'Puts someone on duty instead of the rotation for a stretch of time: finds the rotation of the given role that covers the entity (or group) and adds an override to it, as the user who started the task.',
    supportsDryRun: true,
    examples: [
      {
        description:
          'The person who runs the template covers the PoTW shift of a service for two days',
        example: yaml.stringify({
          steps: [
            {
              id: 'cover',
              name: 'Cover the PoTW shift',
              action: ID,
              input: {
                entityRef: '${{ parameters.entityRef }}',
                start: '${{ parameters.start }}',
                end: '${{ parameters.end }}',
                reason: '${{ parameters.reason }}',
              },
            },
          ],
        }),
      },
      {
        description:
          'Someone else covers the primary on-call of a team, relieving a named person',
        example: yaml.stringify({
          steps: [
            {
              id: 'cover',
              name: 'Cover primary on-call',
              action: ID,
              input: {
                entityRef: 'group:default/team-payments',
                role: 'primary',
                user: 'user:default/jo',
                replaces: 'user:default/sam',
                start: '2026-03-02T09:00:00+01:00',
                end: '2026-03-04T09:00:00+01:00',
                reason: 'Sam is at a conference',
              },
            },
          ],
        }),
      },
    ],
    // Start, end, reason and role are the on-call API's own schemas, so the scaffolder refuses
    // what the plugin would refuse, with the same limits, before the step runs (dry runs too).
    // The people may be short names (`jo`), which the API's refs do not take.
    schema: {
      input: {
        entityRef: z =>
          z.string({
            description:
              'The entity whose team rotation to cover (a component, system, or the group itself), as a full ref',
          }),
        role: () =>
          RoleSchema.optional().describe(
            'The rotation role to cover: potw (default), primary, secondary or a custom role',
          ),
        user: z =>
          z
            .string({
              description:
                'User ref of the person covering (user:default/jo or jo); defaults to the user who started the task',
            })
            .optional(),
        start: () =>
          shape.start.describe(
            'First instant covered, ISO 8601 with a zone, e.g. 2026-03-02T09:00:00Z',
          ),
        end: () =>
          shape.end.describe(
            'First instant no longer covered, after start, ISO 8601 with a zone',
          ),
        replaces: z =>
          z
            .string({
              description:
                'User ref of the person relieved, if any (user:default/sam or sam)',
            })
            .optional(),
        reason: () =>
          shape.reason.describe(
            `Why the override exists, at most ${
              shape.reason.unwrap().maxLength
            } characters`,
          ),
      },
      output: {
        overrideId: z => z.string({ description: 'Id of the new override' }),
        rotationId: z =>
          z.string({
            description: 'Id of the rotation the override applies to',
          }),
        user: z => z.string({ description: 'User ref of the person covering' }),
        start: z => z.string({ description: 'First instant covered' }),
        end: z => z.string({ description: 'First instant no longer covered' }),
      },
    },
    async handler(ctx) {
      const ref = requireEntityRef(ctx.input.entityRef, 'entityRef');
      const entityRef = stringifyEntityRef(ref);
      const role = ctx.input.role ?? 'potw';
      const start = requireInstant(ctx.input.start, 'start');
      const end = requireInstant(ctx.input.end, 'end');
      if (end <= start) {
        throw new InputError('end must be after start');
      }
      const replaces = ctx.input.replaces
        ? stringifyEntityRef(
            requireEntityRef(ctx.input.replaces, 'replaces', 'user'),
          )
        : undefined;
      // An empty reason (a template's unset parameter) is none; the plugin drops blanks too.
      const reason = ctx.input.reason || undefined;
      const user = ctx.input.user
        ? stringifyEntityRef(requireEntityRef(ctx.input.user, 'user', 'user'))
        : await initiatorRef(ctx, auth);
      if (!user) {
        throw new InputError(
          'user is required when the task was not started by a signed-in user',
        );
      }
      const body = {
        user,
        start: start.toISOString(),
        end: end.toISOString(),
        ...(replaces ? { replaces } : {}),
        ...(reason ? { reason } : {}),
      };

      if (ctx.isDryRun) {
        // Reading is harmless and shows whether the real run would find a rotation.
        const now = await fetchNow(
          api,
          ref,
          await ctx.getInitiatorCredentials(),
          ctx.signal,
        );
        const rotation = rotationForRole(now, role);
        ctx.logger.info(
          `Dry run: would put ${user} on rotation ${rotation.rotationName} (${role} of ${now.team}) from ${body.start} to ${body.end}; nothing was written`,
        );
        ctx.output('overrideId', 'dry-run');
        ctx.output('rotationId', rotation.rotationId);
        ctx.output('user', user);
        ctx.output('start', body.start);
        ctx.output('end', body.end);
        return;
      }

      // Resolving and writing share one checkpoint, so a retry reports the rotation that was
      // actually written to even if the team's rotations changed in between.
      const result = await ctx.checkpoint({
        key: checkpointKey(ctx, ID, `${entityRef}-${role}`),
        fn: async () => {
          const credentials = await ctx.getInitiatorCredentials();
          const now = await fetchNow(api, ref, credentials, ctx.signal);
          const rotation = rotationForRole(now, role);
          const override = await api.request<Override>({
            pluginId: 'oncall',
            method: 'POST',
            path: `/rotations/${encodeURIComponent(
              rotation.rotationId,
            )}/overrides`,
            body,
            credentials,
            signal: ctx.signal,
          });
          return {
            overrideId: override.id,
            rotationId: override.rotationId,
            user: override.user,
            start: override.start,
            end: override.end,
          };
        },
      });
      ctx.logger.info(
        `${result.user} covers rotation ${result.rotationId} (${role} of ${entityRef}) from ${result.start} to ${result.end}`,
      );
      ctx.output('overrideId', result.overrideId);
      ctx.output('rotationId', result.rotationId);
      ctx.output('user', result.user);
      ctx.output('start', result.start);
      ctx.output('end', result.end);
    },
  });
}
