import {
  ASSESSMENT_LIMITS,
  AssessmentResult,
  AssessmentScoreInput,
  VECTOR_IDS,
} from '@agile-ops/plugin-maturity-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import { entityPath, PluginApiClient } from '../api/PluginApiClient';
import { checkpointKey, idempotencyKey } from './context';
import {
  optionalText,
  requireEntityRef,
  requireInteger,
  requireOneOf,
} from './inputs';

const ID = 'maturity:assessment:create';

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
    schema: {
      input: {
        entityRef: z =>
          z.string({
            description:
              'The entity to score, as a full ref such as component:default/payments-api',
          }),
        scores: z =>
          z
            .array(
              z.object({
                vector: z
                  .enum(VECTOR_IDS)
                  .describe('Maturity vector id, e.g. documentation'),
                score: z
                  .number()
                  .int()
                  .min(0)
                  .max(5)
                  .describe('Score from 0 to 5'),
                rationale: z
                  .string()
                  .max(ASSESSMENT_LIMITS.rationale)
                  .optional()
                  .describe('Why the vector gets this score'),
              }),
              {
                description:
                  'One score per vector; each vector at most once, 1 to 15 entries',
              },
            )
            .min(1)
            .max(VECTOR_IDS.length),
        comment: z =>
          z
            .string({ description: 'A note on the whole assessment' })
            .max(ASSESSMENT_LIMITS.comment)
            .optional(),
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
      const scores = readScores(ctx.input.scores);
      const comment = optionalText(
        ctx.input.comment,
        'comment',
        ASSESSMENT_LIMITS.comment,
      );
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

function readScores(value: unknown): AssessmentScoreInput[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new InputError(
      'scores must be a non-empty list of { vector, score }',
    );
  }
  const seen = new Set<string>();
  return value.map((entry, index) => {
    const at = `scores[${index}]`;
    if (typeof entry !== 'object' || entry === null) {
      throw new InputError(`${at} must be an object with vector and score`);
    }
    const vector = requireOneOf(entry.vector, `${at}.vector`, VECTOR_IDS);
    if (seen.has(vector)) {
      throw new InputError(
        `${at}.vector repeats ${vector}; score each vector once`,
      );
    }
    seen.add(vector);
    const score = requireInteger(entry.score, `${at}.score`, 0, 5);
    const rationale = optionalText(
      entry.rationale,
      `${at}.rationale`,
      ASSESSMENT_LIMITS.rationale,
    );
    return { vector, score, ...(rationale ? { rationale } : {}) };
  });
}
