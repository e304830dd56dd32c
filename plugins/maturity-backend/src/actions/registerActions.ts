import {
  getVector,
  Scorecard,
  VECTOR_IDS,
} from '@agile-ops/plugin-maturity-common';
import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotAllowedError } from '@backstage/errors';
import { parseEntityRefField } from '../service/entityRefs';
import { MaturityService } from '../service/MaturityService';
import { auditRequestFor } from './auditRequest';

function requireUser(
  credentials: BackstageCredentials,
): BackstageCredentials<{ type: 'user'; userEntityRef: string }> {
  if ((credentials.principal as { type?: string }).type !== 'user') {
    throw new NotAllowedError('Assessing an entity needs a signed-in user');
  }
  return credentials as BackstageCredentials<{
    type: 'user';
    userEntityRef: string;
  }>;
}

// Vector titles ride along so that an agent can explain the scores without another lookup.
function summarize(scorecard: Scorecard) {
  return {
    entityRef: scorecard.entityRef,
    level: scorecard.level,
    vectors: scorecard.vectors.map(v => ({
      vector: v.vector,
      title: getVector(v.vector).title,
      score: v.score,
      stale: v.stale,
      ...(v.recordedAt ? { recordedAt: v.recordedAt } : {}),
      ...(v.rationale ? { rationale: v.rationale } : {}),
    })),
    gaps: scorecard.gaps,
    ...(scorecard.evidence ? { evidence: scorecard.evidence } : {}),
  };
}

/** Registers the maturity actions that MCP clients and other automation can call. */
export function registerMaturityActions(options: {
  actionsRegistry: ActionsRegistryService;
  service: MaturityService;
  /** Mints the token that lets the audit log name the user an action runs for. */
  auth: AuthService;
}) {
  const { actionsRegistry, service, auth } = options;

  actionsRegistry.register({
    name: 'get-scorecard',
    title: 'Get maturity scorecard',
    description:
      'How mature a catalog entity is: its level (0-5) with the rule behind it, each of the 15 maturity vectors with score and staleness, the vectors pulling the level down, and gaps against target profiles.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe(
              'Entity ref, e.g. component:default/payment-gateway-service',
            ),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          level: z.object({
            value: z.number().nullable().describe('0-5, null when unrated'),
            rule: z.string(),
            coverage: z.number().describe('Share of the 15 vectors scored'),
            pulledDownBy: z.array(z.string()),
          }),
          vectors: z.array(
            z.object({
              vector: z.string(),
              title: z.string(),
              score: z.number().nullable(),
              stale: z.boolean(),
              recordedAt: z.string().optional(),
              rationale: z.string().optional(),
            }),
          ),
          gaps: z.array(
            z.object({
              target: z.string(),
              vector: z.string(),
              required: z.number(),
              actual: z.number().nullable(),
            }),
          ),
          evidence: z
            .array(
              z.object({
                vector: z.string(),
                facts: z.array(z.string()),
                proposedScore: z.number().nullable(),
              }),
            )
            .optional()
            .describe(
              'Automated signals, such as self-service runs for the automation vector, with the score they suggest',
            ),
        }),
    },
    action: async ({ input, credentials }) => ({
      output: summarize(
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
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe('Entity ref, e.g. component:default/name'),
          vector: z.enum(VECTOR_IDS).optional(),
          from: z.string().optional().describe('ISO 8601 date-time'),
          to: z.string().optional().describe('ISO 8601 date-time'),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          series: z.array(
            z.object({
              vector: z.string(),
              points: z.array(
                z.object({
                  at: z.string(),
                  score: z.number(),
                  source: z.string(),
                  recordedBy: z.string(),
                  rubricVersion: z.string(),
                  rationale: z.string().optional(),
                }),
              ),
            }),
          ),
          nextCursor: z.string().optional(),
        }),
    },
    action: async ({ input, credentials }) => ({
      output: await service.getHistory(
        parseEntityRefField(input.entityRef, 'entityRef'),
        {
          vector: input.vector,
          from: input.from ? new Date(input.from) : undefined,
          to: input.to ? new Date(input.to) : undefined,
        },
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
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe('Entity ref, e.g. component:default/name'),
          scores: z
            .array(
              z.object({
                vector: z.enum(VECTOR_IDS),
                score: z.number().int().min(0).max(5),
                rationale: z.string().max(2000).optional(),
              }),
            )
            .min(1)
            .max(15),
          comment: z.string().max(4000).optional(),
          idempotencyKey: z
            .string()
            // An empty key would be taken as none, so a retry would store twice.
            .min(1)
            .max(200)
            .describe(
              'A unique key per intended assessment, reused on retries',
            ),
        }),
      output: z =>
        z.object({
          assessmentId: z.string(),
          replayed: z.boolean(),
          level: z.number().nullable(),
          pulledDownBy: z.array(z.string()),
        }),
    },
    action: async ({ input, credentials }) => {
      const { entityRef, ...body } = input;
      const user = requireUser(credentials);
      const result = await service.assess({
        entityRef: parseEntityRefField(entityRef, 'entityRef'),
        body,
        // Set here, not by the caller: the registry is one of the plugin's own paths.
        source: 'action',
        credentials: user,
        request: await auditRequestFor({
          auth,
          credentials: user,
          action: 'assess-entity',
        }),
      });
      return {
        output: {
          assessmentId: result.assessment.id,
          replayed: result.replayed,
          level: result.scorecard.level.value,
          pulledDownBy: result.scorecard.level.pulledDownBy,
        },
      };
    },
  });
}
