import {
  ASSESSMENT_LIMITS,
  AssessmentRequestSchema,
  AssessmentResult,
  AssessmentScoreInput,
  findRepeatedVector,
  repeatedVectorMessage,
} from '@agile-ops/plugin-maturity-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import { entityPath, PluginApiClient } from '../api/PluginApiClient';
import { checkpointKey, idempotencyKey } from './context';
import { requireEntityRef } from './inputs';

const ID = 'maturity:assessment:create';
const { shape } = AssessmentRequestSchema;

/** Creates the `maturity:assessment:create` action: records maturity scores of an entity. */
export function createMaturityAssessmentAction(options: {
  api: PluginApiClient;
}) {
  const { api } = options;
  return createTemplateAction({
    id: ID,
    description:
      'Records maturity scores for some vectors of an entity in the maturity plugin, as the user who started the task (needs maturity.assessment.create on the entity).',
    supportsDryRun: true,
    examples: [
      {
        description:
          'Score the documentation and automation of the chosen entity',
        example: yaml.stringify({
          steps: [
            {
              id: 'assess',
              name: 'Record maturity scores',
              action: ID,
              input: {
                entityRef: '${{ parameters.entityRef }}',
                scores: [
                  {
                    vector: 'documentation',
                    score: '${{ parameters.documentation }}',
                    rationale: 'TechDocs cover setup and operations',
                  },
                  { vector: 'automation', score: 3 },
                ],
                comment: 'Quarterly review',
              },
            },
          ],
        }),
      },
    ],
    // The scores and the comment are the maturity API's own schemas, so the scaffolder refuses
    // what the plugin would refuse, with the same limits, before the step runs (dry runs too).
    schema: {
      input: {
        entityRef: z =>
          z.string({
            description:
              'The entity to score, as a full ref such as component:default/payments-api',
          }),
        scores: () =>
          shape.scores.describe(
            `One score (an integer 0 to 5) per vector, each vector at most once, 1 to ${ASSESSMENT_LIMITS.scores} entries; a rationale has at most ${ASSESSMENT_LIMITS.rationale} characters`,
          ),
        comment: () =>
          shape.comment.describe(
            `A note on the whole assessment, at most ${ASSESSMENT_LIMITS.comment} characters`,
          ),
      },
      output: {
        assessmentId: z =>
          z.string({ description: 'Id of the stored assessment' }),
        level: z =>
          z
            .number({
              description:
                'The entity level (0 to 5) after the assessment, or null while it is unrated',
            })
            .int()
            .nullable(),
      },
    },
    async handler(ctx) {
      const ref = requireEntityRef(ctx.input.entityRef, 'entityRef');
      const entityRef = stringifyEntityRef(ref);
      const { scores, comment } = ctx.input;
      requireEachVectorOnce(scores);
      const summary = scores.map(s => `${s.vector}=${s.score}`).join(', ');

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would record ${summary} for ${entityRef}; nothing was written`,
        );
        ctx.output('assessmentId', 'dry-run');
        ctx.output('level', null);
        return;
      }

      const result = await ctx.checkpoint({
        key: checkpointKey(ctx, ID, entityRef),
        fn: async () => {
          const answer = await api.request<AssessmentResult>({
            pluginId: 'maturity',
            method: 'POST',
            path: `${entityPath(ref)}/assessments`,
            body: {
              scores,
              ...(comment ? { comment } : {}),
              // No source: the maturity plugin marks it `action` itself, because the
              // request carries the scaffolder as actor.
              idempotencyKey: idempotencyKey(
                ctx,
                ASSESSMENT_LIMITS.idempotencyKey,
              ),
            },
            credentials: await ctx.getInitiatorCredentials(),
            signal: ctx.signal,
          });
          return {
            assessmentId: answer.assessment.id,
            level: answer.scorecard.level.value,
          };
        },
      });
      ctx.logger.info(
        `Recorded ${summary} for ${entityRef} (assessment ${
          result.assessmentId
        }, level ${result.level ?? 'unrated'})`,
      );
      ctx.output('assessmentId', result.assessmentId);
      ctx.output('level', result.level);
    },
  });
}

// The one rule of the request a JSON schema cannot state; checked here too so that a dry run
// refuses what the maturity plugin would refuse in the real run, in the same words.
function requireEachVectorOnce(scores: ReadonlyArray<AssessmentScoreInput>) {
  const repeat = findRepeatedVector(scores);
  if (repeat) throw new InputError(repeatedVectorMessage(repeat));
}
