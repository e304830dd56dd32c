import { createTestDatabases, manualScheduler } from '@agile-ops/test-utils';
import { EvidenceProvider } from '@agile-ops/plugin-maturity-node';
import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { catalogEntity } from '../__testUtils__/catalogEntities';
import { startMaturityBackend } from '../__testUtils__/maturityBackend';
import { evidenceModule } from '../__testUtils__/evidenceModule';
import { HIERARCHY_SYNC_TASK } from '../hierarchy/syncHierarchy';
import { EVIDENCE_TASK } from './EvidenceCollection';
import { CONFIDENCE_TASK } from '../confidence/ConfidenceRun';

jest.setTimeout(60_000);

const GUEST = 'user:default/guest';
const entities = [
  catalogEntity('component', 'open', {
    annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
  }),
  // The guest may not read this one.
  catalogEntity('component', 'vault', {
    annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
  }),
];

/** Documentation 3 for entities with TechDocs. */
const techdocs: EvidenceProvider = {
  id: 'techdocs',
  vectors: ['documentation'],
  maxScore: 3,
  async collect(page, { now }) {
    return page.map(entity => ({
      entityRef: `component:default/${entity.metadata.name}`,
      proposals: [
        {
          vector: 'documentation',
          score: 3,
          reasons: ['published docs propose 3'],
          facts: [
            {
              key: 'techdocs',
              value: true,
              text: 'TechDocs are published',
              observedAt: now,
              source: 'catalog',
            },
          ],
        },
      ],
    }));
  },
};

describe('the evidence extension point', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'takes a module’s provider, whose proposals the scheduled collection stores for the scorecard (%s)',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const scheduler = manualScheduler();
      const { server } = await startMaturityBackend({
        knex,
        entities,
        hidden: { users: [GUEST], refs: ['component:default/vault'] },
        features: [scheduler.factory, evidenceModule('techdocs', techdocs)],
      });
      const scorecard = (name: string, user = 'user:default/jo') =>
        request(server)
          .get(`/api/maturity/entities/component/default/${name}/scorecard`)
          .set('Authorization', mockCredentials.user.header(user));

      expect((await scorecard('open')).body.evidence).toBeUndefined();
      await scheduler.run(HIERARCHY_SYNC_TASK);
      await scheduler.run(EVIDENCE_TASK);

      const { body } = await scorecard('open').expect(200);
      expect(body.evidence).toEqual([
        expect.objectContaining({
          vector: 'documentation',
          provider: 'techdocs',
          proposedScore: 3,
          ceiling: 3,
          reasons: ['published docs propose 3'],
        }),
      ]);
      // The evidence is never a score: the vector stays unscored until a person decides.
      expect(
        body.vectors.find(
          (v: { vector: string }) => v.vector === 'documentation',
        ),
      ).toMatchObject({ score: null });
      // Evidence of an entity the caller may not read stays as hidden as the entity.
      await scorecard('vault', GUEST).expect(404);

      const status = await request(server)
        .get('/api/maturity/status')
        .set('Authorization', mockCredentials.user.header())
        .expect(200);
      expect(
        status.body.tasks.find(
          (t: { task: string }) => t.task === EVIDENCE_TASK,
        ),
      ).toMatchObject({
        status: 'succeeded',
        summary: { entities: 2, done: 2, proposals: 2, failures: 0 },
      });

      // A 5 the techdocs facts (at most 3) back up: full confidence, after the task's run too.
      await request(server)
        .post('/api/maturity/entities/component/default/open/assessments')
        .set('Authorization', mockCredentials.user.header())
        .send({ scores: [{ vector: 'documentation', score: 5 }] })
        .expect(201);
      const assessed = await scorecard('open').expect(200);
      expect(
        assessed.body.vectors.find(
          (v: { vector: string }) => v.vector === 'documentation',
        ),
      ).toMatchObject({ score: 5, confidence: 1 });
      await scheduler.run(CONFIDENCE_TASK);
      const stored = await knex('maturity_entity_confidence').select(
        'entity_ref',
        'confidence',
      );
      expect(stored.map(r => [r.entity_ref, Number(r.confidence)])).toEqual([
        ['component:default/open', 1],
      ]);
    },
  );

  it('stops the start when a provider declares a ceiling off the scale', async () => {
    const knex = await databases.init('SQLITE_3');
    await expect(
      startMaturityBackend({
        knex,
        entities,
        hidden: { users: [], refs: [] },
        features: [evidenceModule('m', { ...techdocs, maxScore: 7 })],
      }),
    ).rejects.toThrow(
      'evidence provider techdocs: maxScore must be a whole number from 1 to 5',
    );
  });

  it.each([
    ['two modules share an id', [techdocs, { ...techdocs }], 'techdocs'],
    [
      'a module takes the id of the shipped self-service provider',
      [{ ...techdocs, id: 'self-service' }],
      'self-service',
    ],
  ] as const)(
    'stops the start when %s, naming it',
    async (_, providers, id) => {
      const knex = await databases.init('SQLITE_3');
      await expect(
        startMaturityBackend({
          knex,
          entities,
          hidden: { users: [], refs: [] },
          features: providers.map((p, i) => evidenceModule(`module-${i}`, p)),
        }),
      ).rejects.toThrow(`two evidence providers have the id "${id}"`);
    },
  );
});
