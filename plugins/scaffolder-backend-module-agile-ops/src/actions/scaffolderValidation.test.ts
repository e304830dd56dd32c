import { spec } from '@agile-ops/plugin-maturity-common';
import { DEMO_CATALOG_LOCATION } from '@agile-ops/test-utils';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { PluginApiClient } from '../api/PluginApiClient';
import {
  startScaffolder,
  TemplateStep,
  templateOf,
} from '../__testUtils__/scaffolder';
import { createMaturityAssessmentAction } from './createMaturityAssessmentAction';

jest.setTimeout(60_000);

const ASSESS = 'maturity:assessment:create';
const { AssessmentRequest, AssessmentScoreInput } = spec.components.schemas;
const RATIONALE_LIMIT = AssessmentScoreInput.properties.rationale.maxLength;
const COMMENT_LIMIT = AssessmentRequest.properties.comment.maxLength;

function assess(input: TemplateStep['input']): TemplateStep {
  return { id: 'assess', action: ASSESS, input };
}

const entityRef = 'component:default/payments-api';
const rationaleOf = (length: number) => [
  { vector: 'documentation', score: 3, rationale: 'r'.repeat(length) },
];

// The maturity actions take their input shapes from the maturity API's schemas and leave the
// checking to the scaffolder: it validates a step's rendered input against the action's JSON
// schema before the handler runs, in the same code for dry runs and real runs. These tests go
// through the real scaffolder's dry-run API to show what a step is given and what it refuses.
describe('the maturity actions through the scaffolder', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;

  beforeAll(async () => {
    scaffolder = await startScaffolder();
  });
  afterAll(() => scaffolder.stop());

  it('exposes the limits of the generated document in the JSON schema of its input', () => {
    const { schema } = createMaturityAssessmentAction({
      api: {} as PluginApiClient,
    });
    expect(schema?.input).toMatchObject({
      properties: {
        scores: {
          minItems: 1,
          maxItems: AssessmentRequest.properties.scores.maxItems,
          items: {
            properties: { rationale: { maxLength: RATIONALE_LIMIT } },
            additionalProperties: false,
          },
        },
        comment: { maxLength: COMMENT_LIMIT },
      },
    });
  });

  it('accepts a rationale and a comment of exactly the limit and refuses one more character', async () => {
    const atLimit = await scaffolder.dryRun(
      templateOf(
        assess({
          entityRef,
          scores: rationaleOf(RATIONALE_LIMIT),
          comment: 'c'.repeat(COMMENT_LIMIT),
        }),
      ),
    );
    expect(atLimit).toMatchObject({ status: 200, error: undefined });
    expect(atLimit.log).toContain(
      `Dry run: would record documentation=3 for ${entityRef}; nothing was written`,
    );

    await expect(
      scaffolder.dryRun(
        templateOf(
          assess({ entityRef, scores: rationaleOf(RATIONALE_LIMIT + 1) }),
        ),
      ),
    ).resolves.toMatchObject({
      status: 400,
      error: `Invalid input passed to action ${ASSESS}, instance.scores[0].rationale does not meet maximum length of ${RATIONALE_LIMIT}`,
    });
    await expect(
      scaffolder.dryRun(
        templateOf(
          assess({
            entityRef,
            scores: rationaleOf(1),
            comment: 'c'.repeat(COMMENT_LIMIT + 1),
          }),
        ),
      ),
    ).resolves.toMatchObject({
      status: 400,
      error: `Invalid input passed to action ${ASSESS}, instance.comment does not meet maximum length of ${COMMENT_LIMIT}`,
    });
  });

  it.each([
    [[], 'instance.scores does not meet minimum length of 1'],
    [
      [{ vector: 'vibes', score: 3 }],
      'instance.scores[0].vector is not one of enum values: supportability',
    ],
    [
      [{ vector: 'documentation', score: 6 }],
      'instance.scores[0].score must be less than or equal to 5',
    ],
    [
      [{ vector: 'documentation', score: 2.5 }],
      'instance.scores[0].score is not of a type(s) integer',
    ],
    [
      [{ vector: 'documentation', score: 2, weight: 1 }],
      'instance.scores[0] is not allowed to have the additional property "weight"',
    ],
    [
      [
        { vector: 'documentation', score: 2 },
        { vector: 'documentation', score: 3 },
      ],
      'scores[1].vector "documentation" appears more than once',
    ],
  ])('refuses the scores %j', async (scores, message) => {
    const answer = await scaffolder.dryRun(
      templateOf(assess({ entityRef, scores })),
    );
    expect(answer.status).toBe(400);
    expect(answer.error).toContain(message);
  });

  // The scaffolder renders a lone `${{ … }}` to the value's own type: a number parameter is a
  // number, a string stays a string, which the schema refuses as it refused it before the
  // shared schemas (the old handler refused it too). A template passes numbers, as the form's
  // `type: integer` does.
  it('takes a templated number and refuses a templated string as a score', async () => {
    const template = templateOf(
      assess({
        entityRef,
        scores: [{ vector: 'documentation', score: '${{ parameters.score }}' }],
      }),
    );

    await expect(
      scaffolder.dryRun(template, { score: 4 }),
    ).resolves.toMatchObject({ status: 200, error: undefined });
    await expect(
      scaffolder.dryRun(template, { score: '4' }),
    ).resolves.toMatchObject({
      status: 400,
      error: `Invalid input passed to action ${ASSESS}, instance.scores[0].score is not of a type(s) integer`,
    });
  });

  describe('the example template assess-maturity', () => {
    const template = parse(
      readFileSync(
        resolve(
          dirname(DEMO_CATALOG_LOCATION),
          'templates/assess-maturity.yaml',
        ),
        'utf8',
      ),
    );

    it('runs with what its form sends, without a comment or a rationale', async () => {
      const answer = await scaffolder.dryRun(template, {
        entityRef,
        scores: [
          { vector: 'automation', score: 3, rationale: 'runbooks' },
          { vector: 'stability', score: 0 },
        ],
      });

      expect({ status: answer.status, error: answer.error }).toEqual({
        status: 200,
        error: undefined,
      });
      expect(answer.log).toEqual(
        expect.arrayContaining([
          `Dry run: would record automation=3, stability=0 for ${entityRef}; nothing was written`,
          `Dry run: would record a run of template:default/dry-run for ${entityRef}; nothing was written`,
        ]),
      );
    });

    it('asks in its form for no more than the action accepts', () => {
      const { properties } = template.spec.parameters[0];
      expect(properties.scores.items.properties.rationale.maxLength).toBe(
        RATIONALE_LIMIT,
      );
      expect(properties.comment.maxLength).toBe(COMMENT_LIMIT);
    });
  });

  it('refuses a template that names the template a run is recorded for', async () => {
    const answer = await scaffolder.dryRun(
      templateOf({
        id: 'record',
        action: 'agile-ops:run:record',
        input: { entityRef, templateRef: 'template:default/add-runbook' },
      }),
    );

    expect(answer).toMatchObject({
      status: 400,
      error:
        'Invalid input passed to action agile-ops:run:record, instance is not allowed to have the additional property "templateRef"',
    });
  });
});
