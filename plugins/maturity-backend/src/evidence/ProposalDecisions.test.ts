import {
  createTestDatabases,
  manualScheduler,
  PluginBackend,
  RecordedAuditEvent,
} from '@agile-ops/test-utils';
import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { allowOnly } from '../__testUtils__/assessPermission';
import { catalogEntity } from '../__testUtils__/catalogEntities';
import { evidenceModule, fixedProvider } from '../__testUtils__/evidenceModule';
import { startMaturityBackend } from '../__testUtils__/maturityBackend';
import { expectNothingHidden } from '../__testUtils__/visibility';
import { HIERARCHY_SYNC_TASK } from '../hierarchy/syncHierarchy';
import { EVIDENCE_TASK } from './EvidenceCollection';

jest.setTimeout(60_000);

const OWNER = 'user:default/owner';
const STRANGER = 'user:default/stranger';
const GUEST = 'user:default/guest';
const SECRET = 'component:default/vault';
const entities = [
  catalogEntity('component', 'api'),
  catalogEntity('component', 'vault'),
];
const base = (name: string) =>
  `/api/maturity/entities/component/default/${name}`;
const as = (user: string) => mockCredentials.user.header(user);

/** Each audited write of one kind: how it ended and who did it. */
const outcomes = (events: RecordedAuditEvent[], eventId: string) =>
  events
    .filter(e => e.options.eventId === eventId)
    .map(e => [
      e.success.mock.calls.length > 0 ? 'succeeded' : 'failed',
      (e.options.meta as { actor?: string } | undefined)?.actor,
    ]);

describe.each(createTestDatabases().eachSupportedId())(
  'accepting and dismissing proposals on %s',
  databaseId => {
    const databases = createTestDatabases();
    let server: PluginBackend['server'];
    let auditEvents: RecordedAuditEvent[];
    let proposed: number | null;
    let collect: () => Promise<void>;

    beforeEach(async () => {
      const knex = await databases.init(databaseId);
      const scheduler = manualScheduler();
      proposed = 3;
      ({ server, auditEvents } = await startMaturityBackend({
        knex,
        entities,
        hidden: { users: [GUEST], refs: [SECRET] },
        // Only the owner may assess; reads are decided by the catalog stand-in.
        authorize: allowOnly(OWNER),
        features: [
          scheduler.factory,
          evidenceModule(
            'docs',
            fixedProvider('docs', 'documentation', () => proposed),
          ),
        ],
      }));
      collect = () => scheduler.run(EVIDENCE_TASK);
      await scheduler.run(HIERARCHY_SYNC_TASK);
      await collect();
    });

    const scorecard = async (user = OWNER) =>
      (
        await request(server)
          .get(`${base('api')}/scorecard`)
          .set('Authorization', as(user))
      ).body;
    const decide = (
      action: 'accept' | 'dismiss',
      body: object,
      user = OWNER,
      name = 'api',
    ) =>
      request(server)
        .post(`${base(name)}/evidence/${action}`)
        .set('Authorization', as(user))
        .send(body);
    const docs = { vector: 'documentation', provider: 'docs' };

    it('shows the proposal beside the confirmed score, with the difference', async () => {
      await request(server)
        .post(`${base('api')}/assessments`)
        .set('Authorization', as(OWNER))
        .send({ scores: [{ vector: 'documentation', score: 1 }] })
        .expect(201);
      const card = await scorecard();
      expect(card.evidence).toEqual([
        expect.objectContaining({ ...docs, proposedScore: 3, difference: 2 }),
      ]);
    });

    it('accepts a proposal as an assessment with source evidence that keeps it, once', async () => {
      const accepted = await decide('accept', { ...docs, proposedScore: 3 });
      expect(accepted.status).toBe(201);
      expect(accepted.body.assessment).toMatchObject({
        createdBy: OWNER,
        source: 'evidence',
        scores: [
          {
            vector: 'documentation',
            score: 3,
            rationale: 'Accepted from the docs evidence: the test proposes 3',
          },
        ],
        evidence: expect.objectContaining({
          provider: 'docs',
          proposedScore: 3,
          facts: [expect.objectContaining({ key: 'proposed', value: 3 })],
        }),
      });
      const documentation = accepted.body.scorecard.vectors.find(
        (v: { vector: string }) => v.vector === 'documentation',
      );
      expect(documentation).toMatchObject({
        score: 3,
        source: 'evidence',
        recordedBy: OWNER,
      });
      expect(accepted.body.scorecard.evidence[0].difference).toBe(0);

      // A second click on the same proposal is the same assessment.
      const again = await decide('accept', { ...docs, proposedScore: 3 });
      expect(again.status).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body.assessment.id).toBe(accepted.body.assessment.id);

      // It counts in the roll-ups like any assessment.
      const org = await request(server)
        .get('/api/maturity/rollups/organization/default/all')
        .set('Authorization', as(OWNER))
        .expect(200);
      expect(org.body.entities).toMatchObject({ assessed: 1 });

      expect(outcomes(auditEvents, 'evidence-accept')).toEqual([
        ['succeeded', OWNER],
        ['succeeded', OWNER],
      ]);
    });

    it('refuses a caller who may not assess, a changed proposal and an unknown one, storing nothing', async () => {
      const refused = await decide(
        'accept',
        { ...docs, proposedScore: 3 },
        STRANGER,
      );
      expect(refused.status).toBe(403);

      proposed = 4;
      await collect();
      const stale = await decide('accept', { ...docs, proposedScore: 3 });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toContain(
        'proposedScore 3 is no longer the proposal of docs for documentation, which is now 4',
      );

      const unknown = await decide('accept', {
        ...docs,
        provider: 'nobody',
        proposedScore: 4,
      });
      expect(unknown.status).toBe(404);

      const bad = await decide('accept', { ...docs, proposedScore: 7 });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('proposedScore');

      const documentation = (await scorecard()).vectors.find(
        (v: { vector: string }) => v.vector === 'documentation',
      );
      expect(documentation.score).toBeNull();
      expect(outcomes(auditEvents, 'evidence-accept')).toEqual([
        ['failed', STRANGER],
        ['failed', OWNER],
        ['failed', OWNER],
      ]);
    });

    it('answers a caller who may not read the entity as if it had no evidence', async () => {
      const hidden = await decide(
        'accept',
        { ...docs, proposedScore: 3 },
        GUEST,
        'vault',
      );
      expect(hidden.status).toBe(404);
      const wrongScore = await decide(
        'dismiss',
        { ...docs, proposedScore: 1, reason: 'probe' },
        GUEST,
        'vault',
      );
      // Not a 409: that would tell the guest what the proposal is.
      expect(wrongScore.status).toBe(404);
      expectNothingHidden(wrongScore, ['the test proposes']);
    });

    it('dismisses a proposal with a reason until its score changes', async () => {
      const noReason = await decide('dismiss', { ...docs, proposedScore: 3 });
      expect(noReason.status).toBe(400);
      expect(noReason.body.error.message).toContain('reason');

      const dismissed = await decide('dismiss', {
        ...docs,
        proposedScore: 3,
        reason: 'the docs are a stub',
      });
      expect(dismissed.status).toBe(200);
      expect(dismissed.body.evidence[0].dismissed).toEqual({
        by: OWNER,
        at: expect.any(String),
        reason: 'the docs are a stub',
      });
      // Dismissing leaves the score alone.
      expect(
        dismissed.body.vectors.find(
          (v: { vector: string }) => v.vector === 'documentation',
        ).score,
      ).toBeNull();

      proposed = 2;
      await collect();
      expect((await scorecard()).evidence[0]).toMatchObject({
        proposedScore: 2,
      });
      expect((await scorecard()).evidence[0].dismissed).toBeUndefined();

      const refused = await decide(
        'dismiss',
        { ...docs, proposedScore: 2, reason: 'no' },
        STRANGER,
      );
      expect(refused.status).toBe(403);
      expect(outcomes(auditEvents, 'evidence-dismiss')).toEqual([
        ['failed', OWNER],
        ['succeeded', OWNER],
        ['failed', STRANGER],
      ]);
    });
  },
);
