import {
  maturityAssessmentCreatePermission,
  RUBRIC_VERSION,
  VECTOR_IDS,
  VectorEvidence,
} from '@agile-ops/plugin-maturity-common';
import {
  AuditorService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  assessPermissionFor,
  readablePermissions,
} from '../__testUtils__/assessPermission';
import { catalogEntity } from '../__testUtils__/catalogEntities';
import { hidingCatalog } from '../__testUtils__/visibility';
import { DatabaseMaturityStore } from '../database/DatabaseMaturityStore';
import { Access } from '@agile-ops/backend-common';
import { EntityLookup } from '../service/EntityLookup';
import { MaturityService } from '../service/MaturityService';
import { DatabaseEvidenceStore } from '../evidence/DatabaseEvidenceStore';
import { ProposalDecisions } from '../evidence/ProposalDecisions';
import { ExplainService } from '../explain/ExplainService';
import { readMaturitySettings } from '../service/settings';
import { registerMaturityActions } from './registerActions';

const JO = 'user:default/jo';
const FOO = 'component:default/foo';
const GUEST = 'user:default/guest';

// Lower-case kind: the in-memory catalog looks refs up case-sensitively.
const foo = catalogEntity('component', 'foo', {
  tier: 'tier-1',
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
});

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const EVIDENCE: VectorEvidence = {
  vector: 'automation',
  provider: 'self-service',
  proposedScore: 3,
  reasons: ['5 to 19 runs propose 3'],
  facts: [
    {
      key: 'runs-90-days',
      value: 6,
      text: '6 self-service runs in the last 90 days',
      observedAt: '2026-03-01T08:00:00.000Z',
      source: 'self-service',
    },
  ],
  collectedAt: '2026-03-01T08:00:00.000Z',
  changedAt: '2026-03-01T08:00:00.000Z',
};

describe('registerMaturityActions', () => {
  let registry: ReturnType<typeof actionsRegistryServiceMock>;
  let store: DatabaseMaturityStore;
  let authorize: jest.Mock;
  let createEvent: jest.Mock;
  let evidenceStore: DatabaseEvidenceStore;

  beforeEach(async () => {
    const knex = await databases.init('SQLITE_3');
    const settings = readMaturitySettings(
      new ConfigReader({
        maturity: {
          level: { minCoverage: 0 },
          targets: [
            {
              name: 'production tier-1',
              tiers: ['tier-1'],
              minimums: { recoverability: 4 },
            },
          ],
        },
      }),
    );
    // As the plugin wires it: the store derives levels with the configured rule.
    store = await DatabaseMaturityStore.create(
      mockServices.database({ knex }),
      {
        levelOptions: settings.level,
      },
    );
    authorize = jest.fn(async (requests: unknown[]) =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    );
    createEvent = jest.fn(async () => ({
      success: jest.fn(),
      fail: jest.fn(),
    }));
    // The guest may not read foo; everyone else may.
    const { catalog } = hidingCatalog([foo], { users: [GUEST], refs: [FOO] });
    const permissions = readablePermissions(authorize);
    const entities = new EntityLookup({ catalog, permissions });
    const service = new MaturityService({
      // Stands in for the evidence store: the action passes evidence through.
      evidence: { evidenceFor: async () => [EVIDENCE] },
      store,
      catalog,
      entities,
      access: new Access(permissions, {
        createEvent,
      } as unknown as AuditorService),
      assessPermission: assessPermissionFor(permissions, catalog),
      settings,
    });
    evidenceStore = new DatabaseEvidenceStore(knex);
    registry = actionsRegistryServiceMock();
    registerMaturityActions({
      actionsRegistry: registry,
      service,
      decisions: new ProposalDecisions({
        store: evidenceStore,
        entities,
        assessPermission: assessPermissionFor(permissions, catalog),
        access: new Access(permissions, {
          createEvent,
        } as unknown as AuditorService),
        service,
      }),
      explain: new ExplainService({
        db: knex,
        entities,
        visibility: entities.visibility,
      }),
      auth: mockServices.auth({ pluginId: 'maturity' }),
    });
  });

  const credentials = mockCredentials.user(JO);
  /** Runs one of the plugin's actions, as JO unless other credentials are given. */
  const invoke = (
    action: string,
    input: object,
    as: BackstageCredentials = credentials,
  ) => registry.invoke({ id: `test:${action}`, input, credentials: as });
  /** An assessment of FOO for the refusals, which must leave no trace. */
  const automation3 = {
    entityRef: FOO,
    scores: [{ vector: 'automation', score: 3 }],
    idempotencyKey: 'k',
  };

  it('registers the actions with their read-only and idempotent hints', async () => {
    const { actions } = await registry.list();
    expect(
      actions.map(a => [
        a.name,
        a.attributes.readOnly,
        a.attributes.idempotent,
      ]),
    ).toEqual([
      ['get-scorecard', true, true],
      ['get-history', true, true],
      ['assess-entity', false, true],
      ['get-evidence', true, true],
      ['explain-change', true, true],
      ['accept-proposal', false, true],
    ]);
  });

  it('reads the evidence, and accepts a proposal for the user as an assessment with source evidence', async () => {
    const evidence = await invoke('get-evidence', { entityRef: FOO });
    expect(evidence.output).toEqual({ evidence: [EVIDENCE] });

    await evidenceStore.saveCollection({
      entityRefs: [FOO],
      providers: ['catalog'],
      proposals: [
        {
          entityRef: FOO,
          provider: 'catalog',
          vector: 'documentation',
          score: 3,
          reasons: ['TechDocs and links propose 3'],
          facts: [],
        },
      ],
      at: new Date('2026-03-01T08:00:00Z'),
    });
    const proposal = {
      entityRef: FOO,
      vector: 'documentation',
      provider: 'catalog',
    };
    await expect(
      invoke('accept-proposal', { ...proposal, proposedScore: 2 }),
    ).rejects.toThrow('proposedScore 2 is no longer the proposal');
    const accepted = await invoke('accept-proposal', {
      ...proposal,
      proposedScore: 3,
    });
    expect(accepted.output).toMatchObject({ replayed: false });
    const [stored] = await store.listAssessments({
      entityRef: FOO,
      limit: 1,
    });
    expect(stored).toMatchObject({
      createdBy: JO,
      source: 'evidence',
      scores: [expect.objectContaining({ vector: 'documentation', score: 3 })],
    });
    // The agent's retry is the same assessment.
    const again = await invoke('accept-proposal', {
      ...proposal,
      proposedScore: 3,
    });
    expect(again.output).toMatchObject({
      assessmentId: (accepted.output as { assessmentId: string }).assessmentId,
      replayed: true,
    });
  });

  it('explains the change of an entity for a caller who may read it, and refuses an unclear ask', async () => {
    await invoke('assess-entity', {
      ...automation3,
      scores: [{ vector: 'documentation', score: 2 }],
    });
    await invoke('assess-entity', {
      ...automation3,
      scores: [{ vector: 'documentation', score: 4 }],
      idempotencyKey: 'k2',
    });
    const explained = await invoke('explain-change', {
      entityRef: 'Component:default/FOO',
      vector: 'documentation',
    });
    expect(
      (explained.output as { steps: Array<{ text: string }> }).steps.map(
        s => s.text,
      ),
    ).toEqual([
      'foo: Documentation 2 (action, jo)',
      'foo: Documentation 2 → 4 (action, jo)',
    ]);
    await expect(
      invoke('explain-change', { entityRef: FOO }, mockCredentials.user(GUEST)),
    ).rejects.toThrow(`No entity ${FOO} in the catalog`);
    await expect(
      invoke('explain-change', {
        entityRef: FOO,
        scopeRef: 'system:default/x',
      }),
    ).rejects.toThrow('Give exactly one of entityRef and scopeRef');
    await expect(
      invoke('explain-change', { scopeRef: 'not a ref' }),
    ).rejects.toThrow('scopeRef must be an entity ref');
  });

  it('assesses an entity for the user, then reads scorecard and history', async () => {
    const assessed = await invoke('assess-entity', {
      entityRef: 'Component:default/FOO',
      scores: [
        { vector: 'recoverability', score: 2, rationale: 'no restore drill' },
        { vector: 'documentation', score: 4 },
      ],
      comment: 'via agent',
      idempotencyKey: 'agent-run-1',
    });
    expect(assessed.output).toEqual({
      assessmentId: expect.any(String),
      replayed: false,
      level: 3,
      pulledDownBy: ['recoverability'],
    });
    // The permission is asked for the calling user.
    expect(authorize).toHaveBeenCalledWith(
      [{ permission: maturityAssessmentCreatePermission }],
      { credentials },
    );
    expect(createEvent).toHaveBeenCalledTimes(1);
    // The audit event names the user, not the plugin: its request resolves to JO, and with
    // no credentials at all (the default) it would have been the plugin's own.
    const { request: audited, meta } = createEvent.mock.calls[0][0];
    const actor = await mockServices
      .httpAuth({
        pluginId: 'maturity',
        defaultCredentials: mockCredentials.none(),
      })
      .credentials(audited);
    expect(actor.principal).toMatchObject({ type: 'user', userEntityRef: JO });
    expect(audited.originalUrl).toBe('actions-registry:maturity:assess-entity');
    expect(meta).toEqual({ entityRef: FOO, actor: JO });

    const scorecard = await invoke('get-scorecard', { entityRef: FOO });
    const output = scorecard.output as {
      entityRef: string;
      level: { value: number | null; rule: string };
      vectors: Array<{ vector: string; title: string; score: number | null }>;
      gaps: unknown[];
    };
    expect(output.entityRef).toBe(FOO);
    expect(output.level).toMatchObject({ value: 3, rule: 'mean' });
    expect((scorecard.output as { evidence?: unknown }).evidence).toEqual([
      EVIDENCE,
    ]);
    expect(output.vectors.map(v => v.vector)).toEqual(VECTOR_IDS);
    // The vector entry of the HTTP scorecard, with the vector's title for the agent.
    expect(output.vectors.find(v => v.vector === 'recoverability')).toEqual({
      vector: 'recoverability',
      title: 'Recoverability',
      score: 2,
      // Just given, with no evidence for it: trusted, short of facts that agree.
      confidence: 0.8,
      stale: false,
      recordedAt: expect.any(String),
      recordedBy: JO,
      source: 'action',
      rationale: 'no restore drill',
      rubricVersion: RUBRIC_VERSION,
    });
    expect(output.gaps).toEqual([
      {
        target: 'production tier-1',
        vector: 'recoverability',
        required: 4,
        actual: 2,
      },
    ]);

    const history = await invoke('get-history', {
      entityRef: FOO,
      vector: 'documentation',
    });
    expect(history.output).toEqual({
      entityRef: FOO,
      series: [
        {
          vector: 'documentation',
          points: [
            expect.objectContaining({
              score: 4,
              recordedBy: JO,
              // Scores written through an action are marked as such.
              source: 'action',
            }),
          ],
        },
      ],
    });
  });

  it('filters the history by time range', async () => {
    await invoke('assess-entity', {
      entityRef: FOO,
      scores: [{ vector: 'stability', score: 3 }],
      idempotencyKey: 'k',
    });
    const future = await invoke('get-history', {
      entityRef: FOO,
      from: '2999-01-01T00:00:00Z',
    });
    expect(future.output).toEqual({ entityRef: FOO, series: [] });
  });

  it('returns the first result for a retry with the same idempotency key', async () => {
    const input = {
      entityRef: FOO,
      scores: [{ vector: 'automation', score: 3 }],
      idempotencyKey: 'agent-run-2',
    };
    const first = await invoke('assess-entity', input);
    const retry = await invoke('assess-entity', input);
    expect(retry.output).toEqual({
      ...(first.output as object),
      replayed: true,
    });
    expect((retry.output as { assessmentId: string }).assessmentId).toBe(
      (first.output as { assessmentId: string }).assessmentId,
    );
    expect(await store.getHistory({ entityRef: FOO, limit: 10 })).toHaveLength(
      1,
    );

    await expect(
      invoke('assess-entity', {
        ...input,
        scores: [{ vector: 'automation', score: 4 }],
      }),
    ).rejects.toMatchObject({ name: 'ConflictError' });
  });

  it('refuses an empty idempotency key, which would silently store retries twice', async () => {
    await expect(
      invoke('assess-entity', { ...automation3, idempotencyKey: '' }),
    ).rejects.toMatchObject({ name: 'InputError' });
    expect(await store.getHistory({ entityRef: FOO, limit: 10 })).toEqual([]);
  });

  it.each([
    ['service', mockCredentials.service()],
    ['anonymous', mockCredentials.none()],
  ])('refuses to assess with %s credentials', async (_label, creds) => {
    await expect(
      invoke('assess-entity', automation3, creds),
    ).rejects.toMatchObject({
      name: 'NotAllowedError',
      message: 'Assessing an entity needs a signed-in user',
    });
    expect(authorize).not.toHaveBeenCalled();
    expect(await store.getHistory({ entityRef: FOO, limit: 10 })).toEqual([]);
  });

  it('lets a service read the scorecard', async () => {
    const res = await invoke(
      'get-scorecard',
      { entityRef: FOO },
      mockCredentials.service(),
    );
    expect((res.output as { entityRef: string }).entityRef).toBe(FOO);
  });

  it.each([
    ['an unknown vector', [{ vector: 'speed', score: 3 }]],
    ['a score of 6', [{ vector: 'automation', score: 6 }]],
    ['a fractional score', [{ vector: 'automation', score: 1.5 }]],
    ['no scores', []],
  ])('rejects %s through the schema', async (_label, scores) => {
    await expect(
      invoke('assess-entity', { entityRef: FOO, scores, idempotencyKey: 'k' }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(
        /^Invalid input to action "test:assess-entity"[^]*"scores"/,
      ),
    });
    expect(authorize).not.toHaveBeenCalled();
    expect(createEvent).not.toHaveBeenCalled();
  });

  it('names a malformed entity ref and reports an unknown entity', async () => {
    await expect(
      invoke('get-scorecard', { entityRef: 'not a ref' }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(/^entityRef must be an entity ref/),
    });
    await expect(
      invoke('get-history', { entityRef: 'component:default/ghost' }),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringContaining('component:default/ghost'),
    });
  });

  it('refuses the assessment when the permission policy denies it', async () => {
    authorize.mockImplementation(async (requests: unknown[]) =>
      requests.map(() => ({ result: AuthorizeResult.DENY })),
    );
    await expect(invoke('assess-entity', automation3)).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
    const event = await createEvent.mock.results[0].value;
    expect(event.fail).toHaveBeenCalled();
    expect(await store.getHistory({ entityRef: FOO, limit: 10 })).toEqual([]);
  });

  it('answers a caller who may not read the entity as if it did not exist, for reads and writes', async () => {
    await invoke('assess-entity', {
      entityRef: FOO,
      scores: [{ vector: 'documentation', score: 3 }],
      idempotencyKey: 'owner-first',
    });
    const guest = mockCredentials.user(GUEST);
    for (const action of ['get-scorecard', 'get-history']) {
      await expect(
        invoke(action, { entityRef: FOO }, guest),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
        message: `No entity ${FOO} in the catalog`,
      });
    }
    await expect(
      invoke(
        'assess-entity',
        {
          entityRef: FOO,
          scores: [{ vector: 'documentation', score: 5 }],
          idempotencyKey: 'guest-try',
        },
        guest,
      ),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
