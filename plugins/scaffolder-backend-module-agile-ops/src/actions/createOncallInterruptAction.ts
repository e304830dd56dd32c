import {
  CreateInterruptRequestSchema,
  Interrupt,
} from '@agile-ops/plugin-oncall-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import { PluginApiClient } from '../api/PluginApiClient';
import { checkpointKey } from './context';
import { requireEntityRef } from './inputs';
import { fetchNow, teamOf } from './resolveCoverage';

const ID = 'oncall:interrupt:create';
const { shape } = CreateInterruptRequestSchema;

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
    // Title, category, effort and entity are the on-call API's own schemas, so the scaffolder
    // refuses what the plugin would refuse, with the same limits, before the step runs (dry
    // runs too). The team may be a short name (`team-a`), which the API's ref does not take.
    schema: {
      input: {
        entityRef: () =>
          shape.entityRef
            .unwrap()
            .describe(
              'The entity the interrupt concerns, as a full ref; its team takes the interrupt unless team is given',
            ),
        title: () =>
          shape.title.describe(
            `Short summary of the interrupt, at most ${shape.title.maxLength} characters`,
          ),
        category: () =>
          shape.category.describe(
            `Kind of work: ${shape.category.options.join(', ')}`,
          ),
        effortMinutes: () =>
          shape.effortMinutes.describe(
            'Minutes of work it took or will take, if known',
          ),
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
      const { title, category, effortMinutes } = ctx.input;
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
