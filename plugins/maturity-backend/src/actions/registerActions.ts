import {
  AssessmentRequestSchema,
  AssessmentResult,
  AssessmentSchema,
  ChangeExplanationSchema,
  EntityLevelSchema,
  ORGANIZATION_SCOPE_REF,
  getVector,
  ProposalDecisionSchema,
  Scorecard,
  ScorecardSchema,
  ScoreHistorySchema,
  VectorEvidenceSchema,
  VectorIdSchema,
  VectorScorecardEntrySchema,
} from '@agile-ops/plugin-maturity-common';
import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError, NotAllowedError } from '@backstage/errors';
import { z } from 'zod/v3';
import { UserCredentials } from '@agile-ops/backend-common';
import { parseEntityRefField } from '../service/entityRefs';
import { MaturityService } from '../service/MaturityService';
import { ProposalDecisions } from '../evidence/ProposalDecisions';
import { ExplainService } from '../explain/ExplainService';
import { auditRequestFor } from './auditRequest';

function requireUser(credentials: BackstageCredentials): UserCredentials {
  if ((credentials.principal as { type?: string }).type !== 'user') {
    throw new NotAllowedError('Assessing an entity needs a signed-in user');
  }
  return credentials as UserCredentials;
}

const entityRef = (example: string) =>
  z.string().describe(`Entity ref, e.g. ${example}`);

// The schemas below are the OpenAPI document's (generated into the common package), so an
// action accepts and answers exactly what the HTTP API does, limits included.

/** An assessment as the HTTP body has it, for one entity, with a key required for retries. */
const assessInput = AssessmentRequestSchema.omit({ source: true }).extend({
  entityRef: entityRef('component:default/name'),
  // Required here: an agent retries, and without a key a retry would store twice.
  idempotencyKey: AssessmentRequestSchema.shape.idempotencyKey
    .unwrap()
    .describe('A unique key per intended assessment, reused on retries'),
});

/** The scorecard, with each vector's title so that an agent can explain it without a lookup. */
const scorecardOutput = ScorecardSchema.extend({
  vectors: z.array(
    VectorScorecardEntrySchema.extend({
      title: z.string().describe('The title of the vector'),
    }),
  ),
});

/** What an agent needs of an assessment it made: which one, and the level after it. */
const assessOutput = z.object({
  assessmentId: AssessmentSchema.shape.id,
  replayed: z
    .boolean()
    .describe('True when the key was used before: nothing new was stored'),
  level: EntityLevelSchema.shape.value,
  pulledDownBy: EntityLevelSchema.shape.pulledDownBy,
});

/** An assessment's answer in the shape of {@link assessOutput}. */
function assessedOutput(result: AssessmentResult & { replayed: boolean }) {
  return {
    assessmentId: result.assessment.id,
    replayed: result.replayed,
    level: result.scorecard.level.value,
    pulledDownBy: result.scorecard.level.pulledDownBy,
  };
}

function withTitles(scorecard: Scorecard): z.infer<typeof scorecardOutput> {
  return {
    ...scorecard,
    vectors: scorecard.vectors.map(v => ({
      ...v,
      title: getVector(v.vector).title,
    })),
  };
}

/** Registers the maturity actions that MCP clients and other automation can call. */
export function registerMaturityActions(options: {
  actionsRegistry: ActionsRegistryService;
  service: MaturityService;
  /** Accepting proposals, as the HTTP route does. */
  decisions: ProposalDecisions;
  /** "Why did it change", as the explain routes answer it. */
  explain: ExplainService;
  /** Mints the token that lets the audit log name the user an action runs for. */
  auth: AuthService;
}) {
  const { actionsRegistry, service, decisions, explain, auth } = options;

  actionsRegistry.register({
    name: 'get-scorecard',
    title: 'Get maturity scorecard',
    description:
      'How mature a catalog entity is: its level (0-5) with the rule behind it, each of the 15 maturity vectors with score and staleness, the vectors pulling the level down, and gaps against target profiles.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: () =>
        z.object({
          entityRef: entityRef('component:default/payment-gateway-service'),
        }),
      output: () => scorecardOutput,
    },
    action: async ({ input, credentials }) => ({
      output: withTitles(
        await service.getScorecard(
          parseEntityRefField(input.entityRef, 'entityRef'),
          credentials,
        ),
      ),
    }),
  });

  actionsRegistry.register({
    name: 'get-history',
    title: 'Get maturity score history',
    description:
      'The history of maturity vector scores of a catalog entity, oldest first, optionally for one vector and a time range.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: () =>
        z.object({
          entityRef: entityRef('component:default/name'),
          vector: VectorIdSchema.optional(),
          from: z.string().datetime({ offset: true }).optional(),
          to: z.string().datetime({ offset: true }).optional(),
        }),
      output: () => ScoreHistorySchema,
    },
    action: async ({ input, credentials }) => ({
      output: await service.getHistory(
        parseEntityRefField(input.entityRef, 'entityRef'),
        { vector: input.vector, from: input.from, to: input.to },
        credentials,
      ),
    }),
  });

  actionsRegistry.register({
    name: 'assess-entity',
    title: 'Assess a catalog entity',
    description:
      'Records maturity scores (0-5) for some or all of the 15 vectors of an entity on behalf of the signed-in user. Only allowed where the permission policy permits (usually the entity owners). Retrying with the same idempotencyKey returns the first result and stores nothing twice.',
    attributes: { readOnly: false, destructive: false, idempotent: true },
    schema: {
      input: () => assessInput,
      output: () => assessOutput,
    },
    action: async ({ input, credentials }) => {
      const { entityRef: ref, ...request } = input;
      const user = requireUser(credentials);
      const result = await service.assess(
        parseEntityRefField(ref, 'entityRef'),
        request,
        user,
        {
          // Set here, not by the caller: the registry is one of the plugin's own paths.
          source: 'action',
          request: await auditRequestFor({
            auth,
            credentials: user,
            action: 'assess-entity',
          }),
        },
      );
      return { output: assessedOutput(result) };
    },
  });

  actionsRegistry.register({
    name: 'get-evidence',
    title: 'Get the evidence of an entity',
    description:
      'What automated evidence proposes for the maturity vectors of a catalog entity: per vector and provider the proposed score (0-5), the reasons and the facts behind it, the difference from the confirmed score and whether an owner dismissed it. Proposals never change a score until a person accepts one.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: () => z.object({ entityRef: entityRef('component:default/name') }),
      output: () => z.object({ evidence: z.array(VectorEvidenceSchema) }),
    },
    action: async ({ input, credentials }) => {
      const scorecard = await service.getScorecard(
        parseEntityRefField(input.entityRef, 'entityRef'),
        credentials,
      );
      return { output: { evidence: scorecard.evidence ?? [] } };
    },
  });

  actionsRegistry.register({
    name: 'explain-change',
    title: 'Explain a maturity change',
    description: `Why the scores of an entity, or the roll-up of a system, domain, group or the whole organisation (${ORGANIZATION_SCOPE_REF}), changed between two dates: the assessments, evidence proposals, rubric changes and entities that joined or left the scope, oldest first. Give entityRef or scopeRef, not both; steps about entities the caller may not read are only counted.`,
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: () =>
        z.object({
          entityRef: entityRef('component:default/name').optional(),
          scopeRef: z
            .string()
            .describe(
              `A system, domain or group ref, or ${ORGANIZATION_SCOPE_REF}`,
            )
            .optional(),
          vector: VectorIdSchema.optional(),
          from: z.string().datetime({ offset: true }).optional(),
          to: z.string().datetime({ offset: true }).optional(),
        }),
      output: () => ChangeExplanationSchema,
    },
    action: async ({ input, credentials }) => {
      const { entityRef: ref, scopeRef, ...window } = input;
      if (Boolean(ref) === Boolean(scopeRef)) {
        throw new InputError('Give exactly one of entityRef and scopeRef');
      }
      const output = ref
        ? await explain.explainEntity(
            parseEntityRefField(ref, 'entityRef'),
            window,
            credentials,
          )
        : await explain.explainScope(
            scopeRef === ORGANIZATION_SCOPE_REF
              ? scopeRef
              : parseEntityRefField(scopeRef!, 'scopeRef'),
            window,
            credentials,
          );
      return { output };
    },
  });

  actionsRegistry.register({
    name: 'accept-proposal',
    title: 'Accept an evidence proposal',
    description:
      'Takes one evidence proposal of an entity as the score of its vector, on behalf of the signed-in user, as an assessment with source evidence. Name the proposal by vector, provider and the proposedScore read with get-evidence; a proposal that changed since is refused. Only allowed where the permission policy lets the user assess the entity. Accepting the same proposal again stores nothing new.',
    attributes: { readOnly: false, destructive: false, idempotent: true },
    schema: {
      input: () =>
        ProposalDecisionSchema.omit({ reason: true }).extend({
          entityRef: entityRef('component:default/name'),
        }),
      output: () => assessOutput,
    },
    action: async ({ input, credentials }) => {
      const { entityRef: ref, ...decision } = input;
      const user = requireUser(credentials);
      const result = await decisions.accept(
        parseEntityRefField(ref, 'entityRef'),
        decision,
        user,
        await auditRequestFor({
          auth,
          credentials: user,
          action: 'accept-proposal',
        }),
      );
      return { output: assessedOutput(result) };
    },
  });
}
