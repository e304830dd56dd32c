import { createTestDatabases } from '@agile-ops/test-utils';
import { Knex } from 'knex';
import { openMaturityStore } from '../../__testUtils__/maturityStore';
import {
  DatabasePushedFactStore,
  factSlot,
  PushedFactInput,
} from './DatabasePushedFactStore';

jest.setTimeout(60_000);

const CART = 'component:default/cart';
const DB = 'resource:default/cart-db';

const at = (iso: string) => new Date(iso);

const fact = (
  over: Partial<PushedFactInput> & Pick<PushedFactInput, 'value'>,
): PushedFactInput => ({
  entityRef: CART,
  key: 'dependency-currency',
  source: 'ci:renovate',
  observedAt: at('2026-12-01T10:00:00.000Z'),
  ...over,
});

const by = (who: string, iso: string) => ({ by: who, at: at(iso) });

async function historyOf(knex: Knex) {
  const rows = await knex('maturity_pushed_fact_history').orderBy([
    'observed_at',
    'source',
  ]);
  return rows.map(row => [row.entity_ref, row.source, JSON.parse(row.value)]);
}

describe('DatabasePushedFactStore', () => {
  const databases = createTestDatabases();

  async function setUp(databaseId: Parameters<typeof databases.init>[0]) {
    const { knex } = await openMaturityStore(databases, databaseId);
    return { knex, store: new DatabasePushedFactStore(knex) };
  }

  it.each(databases.eachSupportedId())(
    'keeps the latest value per entity, key and source, and each new value in the history (%s)',
    async databaseId => {
      const { knex, store } = await setUp(databaseId);
      expect(
        await store.save(
          [
            fact({ value: 0.8, text: '80% of dependencies are current' }),
            fact({ entityRef: DB, key: 'restore-test-passed', value: true }),
          ],
          by('ci-renovate', '2026-12-01T10:05:00.000Z'),
        ),
      ).toEqual({ stored: 2, unchanged: 0 });

      // The same push again changes nothing at all.
      const before = await knex('maturity_pushed_facts').orderBy('entity_ref');
      expect(
        await store.save(
          [
            fact({ value: 0.8, text: '80% of dependencies are current' }),
            fact({ entityRef: DB, key: 'restore-test-passed', value: true }),
          ],
          by('ci-renovate', '2026-12-01T11:00:00.000Z'),
        ),
      ).toEqual({ stored: 0, unchanged: 2 });
      expect(await knex('maturity_pushed_facts').orderBy('entity_ref')).toEqual(
        before,
      );

      // A newer observation of the same value only refreshes the latest row.
      expect(
        await store.save(
          [fact({ value: 0.8, observedAt: at('2026-12-02T10:00:00.000Z') })],
          by('user:default/ada', '2026-12-02T10:01:00.000Z'),
        ),
      ).toEqual({ stored: 0, unchanged: 1 });
      // A new value replaces it and is appended; a second source is a fact of its own.
      expect(
        await store.save(
          [
            fact({ value: 0.9, observedAt: at('2026-12-03T10:00:00.000Z') }),
            fact({
              value: 0.5,
              source: 'ci:dependabot',
              observedAt: at('2026-12-02T12:00:00.000Z'),
            }),
          ],
          by('ci-renovate', '2026-12-03T10:01:00.000Z'),
        ),
      ).toEqual({ stored: 2, unchanged: 0 });
      // A late report of an older observation goes to the history only.
      expect(
        await store.save(
          [fact({ value: 0.7, observedAt: at('2026-12-01T12:00:00.000Z') })],
          by('ci-renovate', '2026-12-03T11:00:00.000Z'),
        ),
      ).toEqual({ stored: 1, unchanged: 0 });

      expect(await historyOf(knex)).toEqual([
        [CART, 'ci:renovate', 0.8],
        [DB, 'ci:renovate', true],
        [CART, 'ci:renovate', 0.7],
        [CART, 'ci:dependabot', 0.5],
        [CART, 'ci:renovate', 0.9],
      ]);
      const latest = await store.latestOf(
        [CART, DB],
        ['dependency-currency', 'restore-test-passed'],
        100,
      );
      // The newest observation of a key, whichever source made it.
      expect(latest.get(factSlot(CART, 'dependency-currency'))).toEqual({
        entityRef: CART,
        key: 'dependency-currency',
        value: 0.9,
        observedAt: at('2026-12-03T10:00:00.000Z'),
        source: 'ci:renovate',
        pushedBy: 'ci-renovate',
        pushedAt: at('2026-12-03T10:01:00.000Z'),
      });
      expect(latest.get(factSlot(DB, 'restore-test-passed'))).toMatchObject({
        value: true,
        pushedBy: 'ci-renovate',
      });
      const rows = await knex('maturity_pushed_facts')
        .where({ entity_ref: CART })
        .orderBy('source');
      expect(
        rows.map(row => [row.source, JSON.parse(row.value), row.pushed_by]),
      ).toEqual([
        ['ci:dependabot', 0.5, 'ci-renovate'],
        ['ci:renovate', 0.9, 'ci-renovate'],
      ]);
      // Keys nobody asks for, and the row budget, are respected.
      expect(await store.latestOf([CART], ['deploys-per-week'], 100)).toEqual(
        new Map(),
      );
      expect(
        (
          await store.latestOf(
            [CART, DB],
            ['dependency-currency', 'restore-test-passed'],
            1,
          )
        ).size,
      ).toBe(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps a text and a value type as pushed, and replaces a value corrected at the same moment (%s)',
    async databaseId => {
      const { knex, store } = await setUp(databaseId);
      await store.save(
        [fact({ key: 'release-channel', value: 'weekly' })],
        by('ci', '2026-12-01T10:00:00.000Z'),
      );
      expect(
        await store.save(
          [fact({ key: 'release-channel', value: '1' })],
          by('ci', '2026-12-01T10:01:00.000Z'),
        ),
      ).toEqual({ stored: 1, unchanged: 0 });
      // The text "1" is not the number 1.
      expect(
        await store.save(
          [fact({ key: 'release-channel', value: 1 })],
          by('ci', '2026-12-01T10:02:00.000Z'),
        ),
      ).toEqual({ stored: 1, unchanged: 0 });
      const latest = await store.latestOf([CART], ['release-channel'], 10);
      expect(latest.get(factSlot(CART, 'release-channel'))?.value).toBe(1);
      expect(await historyOf(knex)).toHaveLength(3);
    },
  );

  it.each(databases.eachSupportedId())(
    'puts entities whose facts changed first in the next collection (%s)',
    async databaseId => {
      const { knex, store } = await setUp(databaseId);
      const collected = at('2026-12-01T09:00:00.000Z');
      await knex('maturity_entities').insert(
        [CART, 'component:default/other'].map(entity_ref => ({
          entity_ref,
          kind: 'component',
          in_catalog: true,
          fingerprint: 'x',
          synced_at: collected,
          evidence_at: collected,
        })),
      );
      await store.save(
        [fact({ value: 0.8 })],
        by('ci', '2026-12-01T10:05:00.000Z'),
      );
      const due = await knex('maturity_entities')
        .whereNull('evidence_at')
        .pluck('entity_ref');
      expect(due).toEqual([CART]);

      // A repeat does not make it due again.
      await knex('maturity_entities').update({ evidence_at: collected });
      await store.save(
        [fact({ value: 0.8 })],
        by('ci', '2026-12-01T10:06:00.000Z'),
      );
      expect(
        await knex('maturity_entities')
          .whereNull('evidence_at')
          .pluck('entity_ref'),
      ).toEqual([]);
    },
  );
});
