import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { toGroupAncestry, toHierarchyRows } from '../hierarchy/hierarchyRows';
import { STORED_SCOPE_KINDS } from '../rollups/membership';
import { CountRow, ScopeCounts } from '../rollups/ScopeCounts';
import { childOf, ownedBy, partOf, tieredEntity } from './catalogEntities';

const TIERS = ['tier-1', 'tier-2', undefined];

/**
 * A catalog of two domains, two systems each, and two owner teams under one parent group, with
 * `components` spread over systems, owners and tiers (by index, so it is the same every time).
 */
export function countedCatalog(
  components: string[],
  placement: (
    name: string,
    index: number,
  ) => {
    system: number;
    team: number;
  } = (_name, i) => ({ system: i % 4, team: i % 2 }),
): Entity[] {
  return [
    tieredEntity('Group', 'parent'),
    tieredEntity('Group', 'team-0', [childOf('group:default/parent')]),
    tieredEntity('Group', 'team-1', [childOf('group:default/parent')]),
    tieredEntity('Domain', 'dom-0'),
    tieredEntity('Domain', 'dom-1'),
    ...[0, 1, 2, 3].map(s =>
      tieredEntity('System', `sys-${s}`, [
        partOf(`domain:default/dom-${s % 2}`),
      ]),
    ),
    ...components.map((name, i) => {
      const { system, team } = placement(name, i);
      return tieredEntity(
        'Component',
        name,
        [
          partOf(`system:default/sys-${system}`),
          ownedBy(`group:default/team-${team}`),
        ],
        TIERS[i % TIERS.length],
      );
    }),
  ];
}

/** Stores a catalog as the hierarchy sync would, replacing what was synced before. */
export async function syncCatalog(knex: Knex, catalog: Entity[], at: Date) {
  const store = new DatabaseHierarchyStore(knex);
  const rows = toHierarchyRows(catalog);
  const known = new Set(rows.map(row => row.entityRef));
  const removed = [...(await store.fingerprints()).keys()].filter(
    ref => !known.has(ref),
  );
  await store.applySync({
    changed: rows,
    removed,
    ancestry: toGroupAncestry(catalog),
    at,
  });
}

// Rows that count nothing are left out: the live query has none of them.
function normalized(rows: CountRow[]) {
  return rows
    .filter(r => r.total || r.counted || r.stale || r.levels.some(n => n))
    .map(r => `${r.scopeRef} ${r.vector} ${r.tier} ${JSON.stringify(r)}`)
    .sort();
}

/** Expects the stored counts of every scope kind to equal the counts made from the scores. */
export async function expectCountsMatchScores(knex: Knex, cutoff: Date) {
  const counts = new ScopeCounts(knex);
  for (const kind of STORED_SCOPE_KINDS) {
    expect({ kind, rows: normalized(await counts.read(kind)) }).toEqual({
      kind,
      rows: normalized(await counts.live(kind, {}, cutoff)),
    });
  }
}
