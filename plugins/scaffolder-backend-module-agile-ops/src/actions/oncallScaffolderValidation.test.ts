import { INTERRUPT_CATEGORIES, spec } from '@agile-ops/plugin-oncall-common';
import { AuthService } from '@backstage/backend-plugin-api';
import { PluginApiClient } from '../api/PluginApiClient';
import {
  startScaffolder,
  TemplateStep,
  templateOf,
} from '../__testUtils__/scaffolder';
import { createOncallInterruptAction } from './createOncallInterruptAction';
import { createOncallOverrideAction } from './createOncallOverrideAction';

jest.setTimeout(60_000);

const INTERRUPT = 'oncall:interrupt:create';
const OVERRIDE = 'oncall:override:create';
const { CreateInterruptRequest, CreateOverrideRequest, Role } =
  spec.components.schemas;
const TITLE_LIMIT = CreateInterruptRequest.properties.title.maxLength;
const REASON_LIMIT = CreateOverrideRequest.properties.reason.maxLength;

const entityRef = 'component:default/payments-api';
// With the team given, a dry run of the interrupt action asks the on-call plugin nothing.
const interrupt = {
  entityRef,
  team: 'group:default/team-payments',
  title: 'Restart requested',
  category: 'request',
};
const override = {
  entityRef,
  start: '2026-03-02T09:00:00+01:00',
  end: '2026-03-04T09:00:00+01:00',
};

function step(action: string, input: TemplateStep['input']): TemplateStep {
  return { id: 'step', action, input };
}

// The on-call actions take their input shapes from the on-call API's schemas and leave the
// checking to the scaffolder, which validates a step's rendered input against the action's
// JSON schema before the handler runs, in dry runs as in real runs. These tests go through the
// real scaffolder's dry-run API.
describe('the on-call actions through the scaffolder', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;

  beforeAll(async () => {
    scaffolder = await startScaffolder();
  });
  afterAll(() => scaffolder.stop());

  it('expose the limits of the generated document in the JSON schemas of their input', () => {
    const api = {} as PluginApiClient;
    expect(createOncallInterruptAction({ api }).schema?.input).toMatchObject({
      properties: {
        title: { minLength: 1, maxLength: TITLE_LIMIT, pattern: '\\S' },
        category: { enum: [...INTERRUPT_CATEGORIES] },
        effortMinutes: {
          type: 'integer',
          minimum: CreateInterruptRequest.properties.effortMinutes.minimum,
          maximum: CreateInterruptRequest.properties.effortMinutes.maximum,
        },
        entityRef: { maxLength: spec.components.schemas.EntityRef.maxLength },
      },
    });
    expect(
      createOncallOverrideAction({ api, auth: {} as AuthService }).schema
        ?.input,
    ).toMatchObject({
      properties: {
        role: { pattern: Role.pattern },
        reason: { maxLength: REASON_LIMIT },
        start: { format: 'date-time' },
        end: { format: 'date-time' },
      },
    });
  });

  it('accepts a title of exactly the limit and refuses one more character', async () => {
    const atLimit = await scaffolder.dryRun(
      templateOf(
        step(INTERRUPT, { ...interrupt, title: 't'.repeat(TITLE_LIMIT) }),
      ),
    );
    expect(atLimit).toMatchObject({ status: 200, error: undefined });
    expect(atLimit.log).toContain(
      `Dry run: would log the request "${'t'.repeat(
        TITLE_LIMIT,
      )}" about ${entityRef} for group:default/team-payments; nothing was written`,
    );

    await expect(
      scaffolder.dryRun(
        templateOf(
          step(INTERRUPT, {
            ...interrupt,
            title: 't'.repeat(TITLE_LIMIT + 1),
          }),
        ),
      ),
    ).resolves.toMatchObject({
      status: 400,
      error: `Invalid input passed to action ${INTERRUPT}, instance.title does not meet maximum length of ${TITLE_LIMIT}`,
    });
  });

  it.each([
    [
      INTERRUPT,
      { ...interrupt, category: 'chore' },
      'instance.category is not one of enum values: incident,request,question,alert,other',
    ],
    [
      INTERRUPT,
      { ...interrupt, effortMinutes: -5 },
      'instance.effortMinutes must be greater than or equal to 0',
    ],
    [
      INTERRUPT,
      { ...interrupt, effortMinutes: 1.5 },
      'instance.effortMinutes is not of a type(s) integer',
    ],
    [
      INTERRUPT,
      { ...interrupt, title: ' \t ' },
      'instance.title does not match pattern "\\\\S"',
    ],
    [
      OVERRIDE,
      { ...override, role: 'On Call' },
      `instance.role does not match pattern "${Role.pattern.replace(
        /\\/g,
        '\\\\',
      )}"`,
    ],
    [
      OVERRIDE,
      { ...override, reason: 'r'.repeat(REASON_LIMIT + 1) },
      `instance.reason does not meet maximum length of ${REASON_LIMIT}`,
    ],
    [
      OVERRIDE,
      { ...override, start: '2026-03-02 09:00' },
      'instance.start does not conform to the "date-time" format',
    ],
  ])(
    '%s refuses %j before its handler runs',
    async (action, input, message) => {
      const answer = await scaffolder.dryRun(templateOf(step(action, input)));
      expect(answer.status).toBe(400);
      expect(answer.error).toContain(
        `Invalid input passed to action ${action}, ${message}`,
      );
    },
  );
});
