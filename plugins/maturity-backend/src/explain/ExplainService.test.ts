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
import { EntityLookup } from '../service/EntityLookup';
import { ExplainService } from './ExplainService';

jest.setTimeout(60_000);

const DAY = 86_400_000;
const GUEST = 'user:default/guest';
const JO = 'user:default/jo';
const t = (day: number) => new Date(Date.UTC(2026, 10, 1) + day * DAY);
const ref = (name: string) => `component:default/${name}`;

const placed = (name: string, system: string) =>
  catalogEntity('component', name, {
    relations: [
      partOf(`system:default/${system}`),
      ownedBy('group:default/team-a'),
    ],
  });
const catalogWith = (apiSystem: string) => [
  catalogEntity('group', 'team-a'),
  catalogEntity('domain', 'dom'),
  catalogEntity('system', 'sys-a', {
    relations: [partOf('domain:default/dom')],
  }),
  catalogEntity('system', 'sys-b'),
  placed('api', apiSystem),
  placed('web', 'sys-a'),
  placed('vault', 'sys-a'),
];

describe('ExplainService', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'explains a roll-up by the scores of its members and a component that moved to another system (%s)',
    async databaseId => {
      const { knex, store } = await openMaturityStore(databases, databaseId);
      const assess = (name: string, score: number, day: number) =>
        store.recordAssessment({
          entityRef: ref(name),
          createdBy: JO,
          source: 'assessment',
          rubricVersion: RUBRIC_VERSION,
          scores: [{ vector: 'documentation', score }],
          requestHash: `${name}-${day}`,
          at: t(day),
        });
      await syncCatalog(knex, catalogWith('sys-a'), t(0));
      await assess('api', 2, 1);
      await assess('api', 3, 2);
      await assess('vault', 4, 2);
      // The API moves to system sys-b on day 3, and is scored again there on day 4.
      await syncCatalog(knex, catalogWith('sys-b'), t(3));
      await assess('api', 1, 4);

      const hidden = { users: [GUEST], refs: [ref('vault')] };
      const { catalog } = hidingCatalog(catalogWith('sys-b'), hidden);
      const entities = new EntityLookup({
        catalog,
        permissions: hidingPermissions(hidden),
      });
      const explain = new ExplainService({
        db: knex,
        entities,
        visibility: entities.visibility,
        now: () => t(10),
      });
      const window = { vector: 'documentation', from: t(0).toISOString() };
      const texts = (answer: { steps: Array<{ text: string }> }) =>
        answer.steps.map(s => s.text);

      const sysA = await explain.explainScope(
        'system:default/sys-a',
        window,
        mockCredentials.user(JO),
      );
      expect(texts(sysA)).toEqual([
        'api: Documentation 2 (assessment, jo)',
        'api: Documentation 2 → 3 (assessment, jo)',
        'vault: Documentation 4 (assessment, jo)',
        'api moved from system sys-a to sys-b',
      ]);
      expect(sysA.steps.at(-1)).toMatchObject({
        kind: 'left',
        entityRef: ref('api'),
      });

      // In sys-b the API counts only from its move on.
      const sysB = await explain.explainScope(
        'system:default/sys-b',
        window,
        mockCredentials.user(JO),
      );
      expect(texts(sysB)).toEqual([
        'api moved from system sys-a to sys-b',
        'api: Documentation 3 → 1 (assessment, jo)',
      ]);
      expect(sysB.steps[0].kind).toBe('joined');

      // The guest learns that something it may not see changed, not what.
      const guest = await explain.explainScope(
        'system:default/sys-a',
        window,
        mockCredentials.user(GUEST),
      );
      expect(JSON.stringify(guest)).not.toContain('vault');
      expect(guest.hiddenSteps).toBe(1);

      const api = await explain.explainEntity(
        ref('api'),
        window,
        mockCredentials.user(JO),
      );
      // sys-b is in no domain, so the move takes the API out of the domain too.
      expect(texts(api)).toEqual([
        'api: Documentation 2 (assessment, jo)',
        'api: Documentation 2 → 3 (assessment, jo)',
        'api moved from system sys-a to sys-b',
        'api moved from domain dom to none',
        'api: Documentation 3 → 1 (assessment, jo)',
      ]);
      const domain = await explain.explainScope(
        'domain:default/dom',
        window,
        mockCredentials.user(JO),
      );
      expect(domain.steps.at(-1)).toMatchObject({
        kind: 'left',
        text: 'api moved from domain dom to none',
      });
      await expect(
        explain.explainEntity(
          ref('vault'),
          window,
          mockCredentials.user(GUEST),
        ),
      ).rejects.toThrow('No entity component:default/vault in the catalog');
      await expect(
        explain.explainScope(
          'system:default/sys-a',
          { from: t(5).toISOString(), to: t(4).toISOString() },
          mockCredentials.user(JO),
        ),
      ).rejects.toThrow('from must be before to');
    },
  );
});
