import { createTestDatabases } from '@agile-ops/test-utils';
import { RUBRIC_VERSION } from '@agile-ops/plugin-maturity-common';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  catalogEntity,
  ownedBy,
  partOf,
} from '../__testUtils__/catalogEntities';
import { openMaturityStore } from '../__testUtils__/maturityStore';
import { syncCatalog } from '../__testUtils__/scopeCounts';
import { hidingCatalog, hidingPermissions } from '../__testUtils__/visibility';
import { DatabaseEvidenceStore } from '../evidence/DatabaseEvidenceStore';
import { DatabaseRollupStore } from '../rollups/DatabaseRollupStore';
import { RollupService } from '../rollups/RollupService';
import { DatabaseSnapshotStore } from '../rollups/DatabaseSnapshotStore';
import { takeSnapshot } from '../rollups/takeSnapshot';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { EntityLookup } from '../service/EntityLookup';
import { ConfidenceRun } from './ConfidenceRun';
import { DatabaseConfidenceStore } from './DatabaseConfidenceStore';

jest.setTimeout(60_000);

const DAY = 86_400_000;
const HALF_LIFE = 180 * DAY;
const NOW = new Date('2026-12-01T08:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const ref = (name: string) => `component:default/${name}`;
const SYSTEM = 'system:default/payments';

const placed = (name: string) =>
  catalogEntity('component', name, {
    relations: [partOf(SYSTEM), ownedBy('group:default/team-a')],
  });
const catalog = [
  catalogEntity('group', 'team-a'),
  catalogEntity('domain', 'money'),
  catalogEntity('system', 'payments', {
    relations: [partOf('domain:default/money')],
  }),
  placed('fresh'),
  placed('old'),
  placed('disputed'),
];

describe('ConfidenceRun', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'stores per entity and per scope level how far scores can be trusted, and roll-ups show and weight by it (%s)',
    async databaseId => {
      const { knex, store } = await openMaturityStore(databases, databaseId);
      await syncCatalog(knex, catalog, daysAgo(400));
      let assessments = 0;
      const assess = (name: string, score: number, days: number) =>
        store.recordAssessment({
          entityRef: ref(name),
          createdBy: 'user:default/jo',
          source: 'assessment',
          rubricVersion: RUBRIC_VERSION,
          scores: [{ vector: 'documentation', score }],
          requestHash: `${name}-${++assessments}`,
          at: daysAgo(days),
        });
      await assess('fresh', 4, 0);
      await assess('old', 2, 360);
      await assess('disputed', 4, 0);
      const evidence = new DatabaseEvidenceStore(knex);
      const proposal = (name: string, provider: string, score: number) => ({
        entityRef: ref(name),
        vector: 'documentation' as const,
        provider,
        score,
        reasons: [],
        facts: [],
      });
      await evidence.saveCollection({
        entityRefs: [ref('fresh'), ref('disputed')],
        providers: ['catalog', 'docs'],
        proposals: [
          // At the catalog's ceiling of 3 below a 4: the facts back it up.
          proposal('fresh', 'catalog', 3),
          proposal('disputed', 'docs', 1),
        ],
        at: NOW,
      });
      const confidenceStore = new DatabaseConfidenceStore(knex);
      const run = new ConfidenceRun({
        db: knex,
        scores: store,
        evidence,
        store: confidenceStore,
        ceilings: new Map([['catalog', 3]]),
        settings: { halfLifeMs: HALF_LIFE, proposalGap: 2 },
        now: () => NOW,
      });

      expect(await run.run()).toEqual({ entities: 3, scopes: 4 });
      const rows = async () =>
        (
          await knex('maturity_entity_confidence')
            .orderBy('entity_ref')
            .select('entity_ref', 'confidence', 'disputed')
        ).map(r => [r.entity_ref, Number(r.confidence), Boolean(r.disputed)]);
      // Two half-lives without facts: 0.8 / 4; a 1 against a confirmed 4: 0.3.
      expect(await rows()).toEqual([
        [ref('disputed'), 0.3, true],
        [ref('fresh'), 1, false],
        [ref('old'), 0.2, false],
      ]);
      const levels = await confidenceStore.levelsOf([SYSTEM]);
      expect(levels.get(SYSTEM)?.get('documentation')).toEqual([
        null,
        null,
        0.2,
        null,
        0.65,
        null,
      ]);
      // Idempotent: the same clock and data give the same rows, none twice.
      await run.run();
      expect(await rows()).toHaveLength(3);
      expect(await confidenceStore.levelsOf([SYSTEM])).toEqual(levels);

      // A new score that agrees with the docs proposal: the entity is no longer disputed.
      await assess('disputed', 1, 0);
      await run.refreshEntities([ref('disputed')]);
      expect(await rows()).toEqual([
        [ref('disputed'), 1, false],
        [ref('fresh'), 1, false],
        [ref('old'), 0.2, false],
      ]);
      await assess('disputed', 4, 0);
      await run.run();

      const { catalog: catalogService } = hidingCatalog(catalog, {
        users: [],
        refs: [],
      });
      const entities = new EntityLookup({
        catalog: catalogService,
        permissions: hidingPermissions({ users: [], refs: [] }),
      });
      const rollupsWith = (weightByConfidence: boolean) =>
        new RollupService({
          store: new DatabaseRollupStore(knex),
          confidence: confidenceStore,
          visibility: entities.visibility,
          settings: {
            rules: {},
            defaultRule: 'mean',
            staleAfterMs: 1000 * DAY,
            weightByConfidence,
          },
          now: () => NOW,
        });
      const documentation = async (weighted: boolean) => {
        const rollup = await rollupsWith(weighted).get(
          SYSTEM,
          mockCredentials.user('user:default/jo'),
        );
        return {
          system: rollup.vectors.find(v => v.vector === 'documentation'),
          children: Object.fromEntries(
            rollup.children!.map(c => [
              c.scope.entityRef,
              c.vectors.find(v => v.vector === 'documentation')?.confidence,
            ]),
          ),
        };
      };
      const plain = await documentation(false);
      // Mean of 4, 2, 4; confidence (0.2 + 2 × 0.65) / 3.
      expect(plain.system).toMatchObject({ value: 10 / 3, confidence: 0.5 });
      expect(plain.children).toEqual({
        [ref('disputed')]: 0.3,
        [ref('fresh')]: 1,
        [ref('old')]: 0.2,
      });
      // Weighted: (0.2 × 2 + 1.3 × 4) / 1.5; the old 2 counts less.
      const weighted = await documentation(true);
      expect(weighted.system?.value).toBeCloseTo(5.6 / 1.5, 6);

      // Today's snapshot values the scope as the weighted roll-up does, so the trend agrees.
      await takeSnapshot({
        rollups: new DatabaseRollupStore(knex),
        rollupService: rollupsWith(true),
        snapshots: new DatabaseSnapshotStore(knex),
        tasks: new DatabaseHierarchyStore(knex),
        staleAfterMs: 1000 * DAY,
        now: () => NOW,
      });
      const [snapshot] = await knex('maturity_rollup_snapshots')
        .where({ scope_ref: SYSTEM, vector: 'documentation' })
        .select('value', 'mean');
      expect(Number(snapshot.value)).toBeCloseTo(5.6 / 1.5, 6);
      expect(Number(snapshot.mean)).toBeCloseTo(10 / 3, 6);
    },
  );
});
