import { createTestDatabases, rowCount } from '@agile-ops/test-utils';
import { EvidenceProvider } from '@agile-ops/plugin-maturity-node';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { catalogEntity } from '../__testUtils__/catalogEntities';
import { openMaturityStore } from '../__testUtils__/maturityStore';
import { syncCatalog } from '../__testUtils__/scopeCounts';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { DatabaseEvidenceStore } from './DatabaseEvidenceStore';
import { EVIDENCE_TASK, EvidenceCollection } from './EvidenceCollection';

jest.setTimeout(60_000);

const ref = (name: string) => `component:default/${name}`;
// Lower-case kinds: the in-memory catalog looks refs up as written.
const components = (names: string[]) =>
  names.map(name =>
    catalogEntity('component', name, {
      annotations: name.startsWith('doc')
        ? { 'backstage.io/techdocs-ref': 'dir:.' }
        : {},
    }),
  );

/** Proposes documentation 3 for entities with TechDocs, 0 for the others. */
const docs: EvidenceProvider = {
  id: 'docs',
  vectors: ['documentation'],
  async collect(entities, { now }) {
    return entities.map(entity => {
      const published = Boolean(
        entity.metadata.annotations?.['backstage.io/techdocs-ref'],
      );
      return {
        entityRef: `component:default/${entity.metadata.name}`,
        proposals: [
          {
            vector: 'documentation',
            score: published ? 3 : 0,
            reasons: [published ? 'docs are published' : 'no docs'],
            facts: [
              {
                key: 'techdocs',
                value: published,
                text: published ? 'TechDocs published' : 'No TechDocs',
                observedAt: now,
                source: 'catalog',
              },
            ],
          },
        ],
      };
    });
  },
};

const failing = (id: string, collect: EvidenceProvider['collect']) => ({
  id,
  vectors: ['stability' as const],
  collect,
});

describe('EvidenceCollection', () => {
  const databases = createTestDatabases();

  async function setUp(
    databaseId: Parameters<typeof databases.init>[0],
    catalog: Entity[],
    providers: EvidenceProvider[],
    settings = { maxEntitiesPerRun: 1000, providerTimeoutMs: 2_000 },
  ) {
    const { knex } = await openMaturityStore(databases, databaseId);
    await syncCatalog(knex, catalog, new Date('2026-11-01T00:00:00Z'));
    let clock = new Date('2026-12-01T10:00:00Z');
    const logger = mockServices.logger.mock();
    const store = new DatabaseEvidenceStore(knex);
    const collection = new EvidenceCollection({
      providers,
      store,
      tasks: new DatabaseHierarchyStore(knex),
      catalog: catalogServiceMock({ entities: catalog }),
      auth: mockServices.auth(),
      logger,
      settings,
      now: () => clock,
    });
    const tick = (hours: number) => {
      clock = new Date(clock.getTime() + hours * 3_600_000);
      return clock;
    };
    return { knex, store, collection, logger, tick };
  }

  const taskRun = async (knex: Knex) =>
    (await new DatabaseHierarchyStore(knex).taskRuns()).find(
      run => run.task === EVIDENCE_TASK,
    );

  it.each(databases.eachSupportedId())(
    'stores proposals with their facts, is idempotent when re-run, and keeps a history of changes (%s)',
    async databaseId => {
      const catalog = components(['doc-a', 'plain-b']);
      const { knex, store, collection, tick } = await setUp(
        databaseId,
        catalog,
        [docs],
      );

      const first = await collection.run();
      expect(first).toEqual({
        entities: 2,
        done: 2,
        proposals: 2,
        changed: 2,
        failures: 0,
      });
      const stored = await store.proposalsOf([ref('doc-a'), ref('plain-b')]);
      expect(stored.map(p => [p.entityRef, p.vector, p.score])).toEqual([
        [ref('doc-a'), 'documentation', 3],
        [ref('plain-b'), 'documentation', 0],
      ]);
      expect(stored[0].facts).toEqual([
        {
          key: 'techdocs',
          value: true,
          text: 'TechDocs published',
          observedAt: new Date('2026-12-01T10:00:00Z'),
          source: 'catalog',
        },
      ]);
      expect(await taskRun(knex)).toMatchObject({
        status: 'succeeded',
        summary: first,
      });

      // The same facts an hour later change nothing but when they were confirmed.
      const later = tick(1);
      expect(await collection.run()).toMatchObject({
        proposals: 2,
        changed: 0,
      });
      const [again] = await store.proposalsOf([ref('doc-a')]);
      expect(again.collectedAt).toEqual(later);
      expect(again.changedAt).toEqual(new Date('2026-12-01T10:00:00Z'));
      expect(await rowCount(knex, 'maturity_evidence_history')).toBe(2);
      expect(await rowCount(knex, 'maturity_evidence')).toBe(2);
    },
  );

  it.each(databases.eachSupportedId())(
    'withdraws a proposal a provider no longer makes, and keeps those of a provider that failed (%s)',
    async databaseId => {
      const catalog = components(['doc-a']);
      let propose = true;
      let fail = false;
      const flaky: EvidenceProvider = {
        id: 'flaky',
        vectors: ['stability'],
        async collect(entities, { now }) {
          if (fail) throw new Error('the CI server is down');
          return propose
            ? [
                {
                  entityRef: ref(entities[0].metadata.name),
                  proposals: [
                    {
                      vector: 'stability',
                      score: 2,
                      reasons: ['two incidents'],
                      facts: [
                        {
                          key: 'incidents',
                          value: 2,
                          text: '2 incidents',
                          observedAt: now,
                          source: 'ci',
                        },
                      ],
                    },
                  ],
                },
              ]
            : [];
        },
      };
      const { knex, store, collection, logger, tick } = await setUp(
        databaseId,
        catalog,
        [docs, flaky],
      );
      const vectors = async () =>
        (await store.proposalsOf([ref('doc-a')])).map(p => p.vector);

      await collection.run();
      expect(await vectors()).toEqual(['documentation', 'stability']);

      fail = true;
      tick(1);
      expect(await collection.run()).toMatchObject({ failures: 1 });
      expect(await vectors()).toEqual(['documentation', 'stability']);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining(
          'evidence provider flaky failed for 1 entities, its earlier proposals stay: Error: the CI server is down',
        ),
      );

      fail = false;
      propose = false;
      tick(1);
      expect(await collection.run()).toMatchObject({ changed: 1 });
      expect(await vectors()).toEqual(['documentation']);
      const withdrawn = await knex('maturity_evidence_history')
        .where({ provider: 'flaky' })
        .orderBy('recorded_at');
      expect(withdrawn.map(row => row.score)).toEqual([2, null]);
    },
  );

  it.each(databases.eachSupportedId())(
    'skips a page of a provider past its time limit or with a malformed answer, and goes on (%s)',
    async databaseId => {
      const catalog = components(['doc-a', 'doc-b']);
      const { store, collection } = await setUp(
        databaseId,
        catalog,
        [
          failing('slow', () => new Promise(() => {})),
          failing('wrong', async () => [
            {
              entityRef: ref('doc-a'),
              proposals: [
                { vector: 'stability', score: 9, reasons: [], facts: [] },
              ],
            },
          ]),
          docs,
        ],
        { maxEntitiesPerRun: 1000, providerTimeoutMs: 50 },
      );
      expect(await collection.run()).toMatchObject({
        failures: 2,
        proposals: 2,
      });
      expect(
        (await store.proposalsOf([ref('doc-a'), ref('doc-b')])).map(
          p => p.provider,
        ),
      ).toEqual(['docs', 'docs']);
    },
  );

  it.each(databases.eachSupportedId())(
    'covers at most maxEntitiesPerRun entities, those never or longest ago collected first (%s)',
    async databaseId => {
      const names = ['e1', 'e2', 'e3', 'e4', 'e5'];
      const seen: string[][] = [];
      const recorder: EvidenceProvider = {
        id: 'recorder',
        vectors: ['documentation'],
        async collect(entities) {
          seen.push(entities.map(e => e.metadata.name));
          return [];
        },
      };
      const { collection, tick } = await setUp(
        databaseId,
        components(names),
        [recorder],
        { maxEntitiesPerRun: 2, providerTimeoutMs: 2_000 },
      );
      for (let run = 0; run < 4; run++) {
        expect(await collection.run()).toMatchObject({ entities: 2 });
        tick(1);
      }
      expect(seen).toEqual([
        ['e1', 'e2'],
        ['e3', 'e4'],
        ['e5', 'e1'],
        ['e2', 'e3'],
      ]);
    },
  );
});
