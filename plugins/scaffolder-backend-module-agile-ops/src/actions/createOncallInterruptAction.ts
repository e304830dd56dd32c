import {
  INTERRUPT_CATEGORIES,
  Interrupt,
  spec,
} from '@agile-ops/plugin-oncall-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import { PluginApiClient } from '../api/PluginApiClient';
import { checkpointKey } from './context';
import {
  requireEntityRef,
  requireInteger,
  requireOneOf,
  requireText,
} from './inputs';
import { fetchNow, teamOf } from './resolveCoverage';

const ID = 'oncall:interrupt:create';
// The on-call API's limits, from its OpenAPI document.
const { title: TITLE, effortMinutes: EFFORT } =
  spec.components.schemas.CreateInterruptRequest.properties;
const MAX_TITLE = TITLE.maxLength;
const MAX_EFFORT_MINUTES = EFFORT.maximum;

/** Creates the `oncall:interrupt:create` action: logs unplanned work in a team's ledger. */
export function createOncallInterruptAction(options: { api: PluginApiClient }) {
  const { api } = options;
  return createTemplateAction({
    id: ID,
    description:
      "Logs an interrupt against the team of an entity (or the given team) in the on-call plugin's ledger, marked as coming from self-service; the PoTW at that moment becomes its triager.",
    supportsDryRun: true,
    examples: [
      {
        description:
          'Log a request against the team that owns the chosen service',
        example: yaml.stringify({
          steps: [
            {
              id: 'interrupt',
              name: 'Log the interrupt',
              action: ID,
              input: {
                entityRef: '${{ parameters.entityRef }}',
                title: 'Restart requested for ${{ parameters.entityRef }}',
                category: 'request',
                effortMinutes: 15,
              },
            },
          ],
        }),
      },
      {
        description: 'Log a question for an explicitly named team',
        example: yaml.stringify({
          steps: [
            {
              id: 'interrupt',
              name: 'Ask the platform team',
              action: ID,
              input: {
                entityRef: 'component:default/payments-api',
                team: 'group:default/team-platform',
                title: 'How do I rotate the database password?',
                category: 'question',
              },
            },
          ],
        }),
      },
    ],
    schema: {
      input: {
        entityRef: z =>
          z.string({
            description:
              'The entity the interrupt concerns, as a full ref; its team takes the interrupt unless team is given',
          }),
        title: z =>
          z
            .string({ description: 'Short summary of the interrupt' })
            .min(1)
            .max(MAX_TITLE),
        category: z =>
          z
            .enum(INTERRUPT_CATEGORIES)
            .describe(
              'Kind of work: incident, request, question, alert or other',
            ),
        effortMinutes: z =>
          z
            .number({
              description: 'Minutes of work it took or will take, if known',
            })
            .int()
            .min(0)
            .max(MAX_EFFORT_MINUTES)
            .optional(),
        team: z =>
          z
            .string({
              description:
                'Group ref of the team whose ledger gets the interrupt; defaults to the team covering entityRef',
            })
            .optional(),
      },
      output: {
        interruptId: z => z.string({ description: 'Id of the ledger entry' }),
        team: z =>
          z.string({ description: 'Group ref of the team that got it' }),
        triagedBy: z =>
          z
            .string({
              description:
                'User ref of the PoTW at the time, if anyone was on duty',
            })
            .optional(),
      },
    },
    async handler(ctx) {
      const ref = requireEntityRef(ctx.input.entityRef, 'entityRef');
      const entityRef = stringifyEntityRef(ref);
      const title = requireText(ctx.input.title, 'title', MAX_TITLE);
      const category = requireOneOf(
        ctx.input.category,
        'category',
        INTERRUPT_CATEGORIES,
      );
      const effortMinutes =
        ctx.input.effortMinutes === undefined
          ? undefined
          : requireInteger(
              ctx.input.effortMinutes,
              'effortMinutes',
              0,
              MAX_EFFORT_MINUTES,
            );
      const givenTeam = ctx.input.team
        ? stringifyEntityRef(requireEntityRef(ctx.input.team, 'team', 'group'))
        : undefined;

      const resolveTeam = async () =>
        givenTeam ??
        teamOf(
          await fetchNow(
            api,
            ref,
            await ctx.getInitiatorCredentials(),
            ctx.signal,
          ),
          ref,
        );

      if (ctx.isDryRun) {
        const team = await resolveTeam();
        ctx.logger.info(
          `Dry run: would log the ${category} "${title}" about ${entityRef} for ${team}; nothing was written`,
        );
        ctx.output('interruptId', 'dry-run');
        ctx.output('team', team);
        return;
      }

      const result = await ctx.checkpoint({
        key: checkpointKey(ctx, ID, entityRef),
        fn: async () => {
          const team = await resolveTeam();
          const interrupt = await api.request<Interrupt>({
            pluginId: 'oncall',
            method: 'POST',
            path: '/interrupts',
            body: {
              team,
              entityRef,
              title,
              category,
              ...(effortMinutes === undefined ? {} : { effortMinutes }),
              source: 'self-service',
            },
            credentials: await ctx.getInitiatorCredentials(),
            signal: ctx.signal,
          });
          return {
            interruptId: interrupt.id,
            team: interrupt.team,
            ...(interrupt.triagedBy ? { triagedBy: interrupt.triagedBy } : {}),
          };
        },
      });
      ctx.logger.info(
        `Logged interrupt ${result.interruptId} for ${result.team}${
          result.triagedBy ? `, triaged by ${result.triagedBy}` : ''
        }`,
      );
      ctx.output('interruptId', result.interruptId);
      ctx.output('team', result.team);
      if (result.triagedBy) {
        ctx.output('triagedBy', result.triagedBy);
      }
    },
  });
}
