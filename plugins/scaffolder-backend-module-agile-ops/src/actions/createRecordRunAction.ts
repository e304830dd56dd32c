import {
  RecordRunRequest,
  RecordRunRequestSchema,
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
      'Records that this template ran for an entity, in the maturity plugin; runs count as avoided toil and as evidence for the automation vector. The template counted is always the one this task runs. Make it the last step so only completed runs count.',
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
    // Only the entity is an input. The template and the task come from the task itself: a run
    // counts as evidence for the entity, so a template must not be able to claim that another
    // template ran (there is no templateRef input, and the scaffolder refuses unknown inputs).
    schema: {
      input: {
        entityRef: () =>
          RecordRunRequestSchema.shape.entityRef.describe(
            'The entity the template was run for, as a full ref',
          ),
      },
      output: {
        runId: z => z.string({ description: 'Id of the recorded run' }),
      },
    },
    async handler(ctx) {
      const entityRef = stringifyEntityRef(
        requireEntityRef(ctx.input.entityRef, 'entityRef'),
      );
      const templateRef = ctx.templateInfo?.entityRef;
      if (!templateRef) {
        throw new InputError(
          `${ID} counts runs of a template, and this task was not started from a template entity; nothing was recorded`,
        );
      }
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
