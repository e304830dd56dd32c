import {
  RecordRunRequest,
  SelfServiceRun,
} from '@agile-ops/plugin-maturity-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import { PluginApiClient } from '../api/PluginApiClient';
import { checkpointKey } from './context';
import { requireEntityRef } from './inputs';

const ID = 'agile-ops:run:record';

/**
 * Creates the `agile-ops:run:record` action: counts a self-service run against an entity, as
 * evidence for its automation vector.
 */
export function createRecordRunAction(options: { api: PluginApiClient }) {
  const { api } = options;
  return createTemplateAction({
    id: ID,
    description:
      'Records that this template ran for an entity, in the maturity plugin; runs count as avoided toil and as evidence for the automation vector. Make it the last step so only completed runs count.',
    supportsDryRun: true,
    examples: [
      {
        description:
          'Count the run against the chosen entity (last step of a template)',
        example: yaml.stringify({
          steps: [
            {
              id: 'record',
              name: 'Record the self-service run',
              action: ID,
              input: { entityRef: '${{ parameters.entityRef }}' },
            },
          ],
        }),
      },
    ],
    schema: {
      input: {
        entityRef: z =>
          z.string({
            description: 'The entity the template was run for, as a full ref',
          }),
        templateRef: z =>
          z
            .string({
              description:
                'The template to count the run for; defaults to the template of this task',
            })
            .optional(),
      },
      output: {
        runId: z => z.string({ description: 'Id of the recorded run' }),
      },
    },
    async handler(ctx) {
      const entityRef = stringifyEntityRef(
        requireEntityRef(ctx.input.entityRef, 'entityRef'),
      );
      const givenTemplate =
        ctx.input.templateRef || ctx.templateInfo?.entityRef;
      if (!givenTemplate) {
        throw new InputError(
          'templateRef is required when the task was not started from a template entity',
        );
      }
      const templateRef = stringifyEntityRef(
        requireEntityRef(givenTemplate, 'templateRef', 'template'),
      );
      const request: RecordRunRequest = {
        entityRef,
        templateRef,
        taskId: ctx.task.id,
      };

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would record a run of ${templateRef} for ${entityRef}; nothing was written`,
        );
        ctx.output('runId', 'dry-run');
        return;
      }

      // The maturity plugin also answers a repeat of (taskId, templateRef, entityRef) with the
      // first run, so even a lost checkpoint cannot count a run twice.
      const result = await ctx.checkpoint({
        key: checkpointKey(ctx, ID, entityRef),
        fn: async () => {
          const run = await api.request<SelfServiceRun>({
            pluginId: 'maturity',
            method: 'POST',
            path: '/self-service/runs',
            body: request,
            credentials: await ctx.getInitiatorCredentials(),
            signal: ctx.signal,
          });
          return { runId: run.id };
        },
      });
      ctx.logger.info(
        `Recorded run ${result.runId} of ${templateRef} for ${entityRef}`,
      );
      ctx.output('runId', result.runId);
    },
  });
}
