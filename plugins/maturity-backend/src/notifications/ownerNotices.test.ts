import { createTestDatabases } from '@agile-ops/test-utils';
import { RUBRIC_VERSION } from '@agile-ops/plugin-maturity-common';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogEntity, ownedBy } from '../__testUtils__/catalogEntities';
import { openMaturityStore } from '../__testUtils__/maturityStore';
import { syncCatalog } from '../__testUtils__/scopeCounts';
import { DatabaseEvidenceStore } from '../evidence/DatabaseEvidenceStore';
import { dueNotices, sendOwnerNotices } from './ownerNotices';

jest.setTimeout(60_000);

const DAY = 86_400_000;
const TEAM_A = 'group:default/team-a';
const TEAM_B = 'group:default/team-b';
const ref = (name: string) => `component:default/${name}`;
const catalog = [
  catalogEntity('group', 'team-a'),
  catalogEntity('group', 'team-b'),
  catalogEntity('component', 'old-a', { relations: [ownedBy(TEAM_A)] }),
  catalogEntity('component', 'old-b', { relations: [ownedBy(TEAM_A)] }),
  catalogEntity('component', 'gap', { relations: [ownedBy(TEAM_B)] }),
  catalogEntity('component', 'fine', { relations: [ownedBy(TEAM_B)] }),
];

type Sent = {
  recipients: { type: string; entityRef: string };
  payload: { title: string; description: string; link: string };
};

describe('sendOwnerNotices', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'tells each owner once a week about stale scores and far-off proposals, batched per team (%s)',
    async databaseId => {
      const { knex, store } = await openMaturityStore(databases, databaseId);
      const start = new Date('2026-12-01T08:00:00Z');
      await syncCatalog(knex, catalog, start);
      const assess = (name: string, score: number, at: Date) =>
        store.recordAssessment({
          entityRef: ref(name),
          createdBy: 'user:default/jo',
          source: 'assessment',
          rubricVersion: RUBRIC_VERSION,
          scores: [{ vector: 'documentation', score }],
          requestHash: `${name}-${at.toISOString()}`,
          at,
        });
      const longAgo = new Date(start.getTime() - 100 * DAY);
      await assess('old-a', 2, longAgo);
      await assess('old-b', 2, longAgo);
      await assess('gap', 1, start);
      await assess('fine', 3, start);
      const evidence = new DatabaseEvidenceStore(knex);
      await evidence.saveCollection({
        entityRefs: [ref('gap'), ref('fine')],
        providers: ['docs'],
        proposals: [
          {
            entityRef: ref('gap'),
            vector: 'documentation',
            provider: 'docs',
            score: 4,
            reasons: [],
            facts: [],
          },
          // One level off: not worth a notification.
          {
            entityRef: ref('fine'),
            vector: 'documentation',
            provider: 'docs',
            score: 4,
            reasons: [],
            facts: [],
          },
        ],
        at: start,
      });

      const sent: Sent[] = [];
      let failing = false;
      const notifications = {
        send: jest.fn(async (request: Sent) => {
          if (failing) throw new Error('notifications backend down');
          sent.push(request);
        }),
      };
      const logger = mockServices.logger.mock();
      const run = (days: number) =>
        sendOwnerNotices({
          db: knex,
          evidence,
          notifications: notifications as never,
          logger,
          staleAfterMs: 90 * DAY,
          proposalGap: 2,
          limit: 100,
          now: new Date(start.getTime() + days * DAY),
        });

      expect(await run(0)).toEqual({ owners: 2, entities: 3, failed: 0 });
      const byOwner = new Map(sent.map(s => [s.recipients.entityRef, s]));
      expect(byOwner.get(TEAM_A)).toEqual({
        recipients: { type: 'entity', entityRef: TEAM_A },
        payload: expect.objectContaining({
          title: 'Maturity of team-a: 2 entities to reassess',
          description: 'old-a: 1 stale score\nold-b: 1 stale score',
          link: '/catalog/default/group/team-a',
        }),
      });
      expect(byOwner.get(TEAM_B)?.payload).toMatchObject({
        title: 'Maturity of team-b: 1 entity to reassess',
        description: 'gap: documentation: docs proposes 4, confirmed 1',
        link: '/catalog/default/component/gap/maturity',
      });

      // The same week: nothing again.
      expect(await run(3)).toEqual({ owners: 0, entities: 0, failed: 0 });
      expect(sent).toHaveLength(2);

      // A dismissed proposal is no reason any more; a send that fails is tried again.
      await evidence.dismiss(ref('gap'), {
        vector: 'documentation',
        provider: 'docs',
        score: 4,
        reason: 'the docs are a stub',
        by: 'user:default/jo',
        at: new Date(start.getTime() + 4 * DAY),
      });
      failing = true;
      expect(await run(8)).toEqual({ owners: 0, entities: 0, failed: 1 });
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining('notifications backend down'),
      );
      failing = false;
      expect(await run(8)).toEqual({ owners: 1, entities: 2, failed: 0 });
      expect(sent.map(s => s.recipients.entityRef)).toEqual([
        TEAM_A,
        TEAM_B,
        TEAM_A,
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'stays quiet about a proposal at its provider ceiling below the confirmed score (%s)',
    async databaseId => {
      const { knex, store } = await openMaturityStore(databases, databaseId);
      const at = new Date('2026-12-01T08:00:00Z');
      await syncCatalog(knex, catalog, at);
      for (const name of ['gap', 'fine']) {
        await store.recordAssessment({
          entityRef: ref(name),
          createdBy: 'user:default/jo',
          source: 'assessment',
          rubricVersion: RUBRIC_VERSION,
          scores: [{ vector: 'documentation', score: 5 }],
          requestHash: name,
          at,
        });
      }
      const evidence = new DatabaseEvidenceStore(knex);
      const proposal = (name: string, provider: string) => ({
        entityRef: ref(name),
        vector: 'documentation' as const,
        provider,
        score: 3,
        reasons: [],
        facts: [],
      });
      await evidence.saveCollection({
        entityRefs: [ref('gap'), ref('fine')],
        providers: ['catalog', 'docs'],
        // The catalog can show no more than 3, so its 3 backs up fine's 5; docs could show 5.
        proposals: [proposal('fine', 'catalog'), proposal('gap', 'docs')],
        at,
      });
      const due = await dueNotices({
        db: knex,
        evidence,
        now: at,
        staleAfterMs: 90 * DAY,
        proposalGap: 2,
        ceilings: new Map([
          ['catalog', 3],
          ['docs', 5],
        ]),
        limit: 100,
      });
      expect(due).toEqual([
        {
          entityRef: ref('gap'),
          ownerRef: TEAM_B,
          reasons: ['documentation: docs proposes 3, confirmed 5'],
        },
      ]);
    },
  );
});
