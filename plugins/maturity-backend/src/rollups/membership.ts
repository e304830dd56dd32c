import { ORGANIZATION_SCOPE_REF } from '@agile-ops/plugin-maturity-common';
import { Knex } from 'knex';

/** The kinds of scope a roll-up can be computed for. */
export type ScopeKind =
  | 'domain'
  | 'system'
  | 'group'
  | 'organization'
  | 'entity';

/** The scope kinds whose counts are stored; an entity's own "roll-up" is read live. */
export const STORED_SCOPE_KINDS = [
  'domain',
  'system',
  'group',
  'organization',
] as const;

/** Entity kinds that are rolled up; systems, domains and groups are the scopes above them. */
export const LEAF_KINDS = ['component', 'resource'];

/**
 * The leaf entities of every scope of a kind as `(entity_ref, scope_ref, tier)`, optionally
 * only for some scopes or below one parent. Groups include what their sub-groups own.
 */
export function scopeMembership(
  db: Knex,
  kind: ScopeKind,
  filter: { scopeRefs?: string[]; parentRef?: string } = {},
): Knex.QueryBuilder {
  const { scopeRefs, parentRef } = filter;
  const leaves = db('maturity_entities as e')
    .where('e.in_catalog', true)
    .whereIn('e.kind', LEAF_KINDS);
  const select = (scopeRef: Knex.Raw | Knex.Ref<string, any>) =>
    leaves.select('e.entity_ref', 'e.tier', scopeRef);
  switch (kind) {
    case 'domain': {
      const query = select(db.ref('e.domain_ref').as('scope_ref'));
      query.whereNotNull('e.domain_ref');
      if (scopeRefs) query.whereIn('e.domain_ref', scopeRefs);
      return query;
    }
    case 'system': {
      const query = select(db.ref('e.system_ref').as('scope_ref'));
      query.whereNotNull('e.system_ref');
      if (scopeRefs) query.whereIn('e.system_ref', scopeRefs);
      if (parentRef) query.where('e.domain_ref', parentRef);
      return query;
    }
    case 'group': {
      const query = select(db.ref('a.ancestor_ref').as('scope_ref')).join(
        'maturity_group_ancestry as a',
        'a.group_ref',
        'e.owner_ref',
      );
      if (scopeRefs) query.whereIn('a.ancestor_ref', scopeRefs);
      return query;
    }
    case 'organization':
      return select(db.raw('? as scope_ref', [ORGANIZATION_SCOPE_REF]));
    case 'entity': {
      // Each leaf is its own scope: the drill-down below a system or a group.
      const query = select(db.ref('e.entity_ref').as('scope_ref'));
      if (scopeRefs) query.whereIn('e.entity_ref', scopeRefs);
      if (parentRef) query.where('e.system_ref', parentRef);
      return query;
    }
    default:
      throw new Error(`unknown scope kind ${kind}`);
  }
}

/**
 * The scopes one leaf entity counts in, as `[kind, ref]` pairs: the organisation, its domain
 * and system, and its owner group with every ancestor. None when it is no leaf in the catalog.
 */
export async function scopesOfEntity(
  db: Knex,
  entityRef: string,
): Promise<{ tier: string; scopes: Array<[ScopeKind, string]> }> {
  const entity = await db('maturity_entities')
    .where({ entity_ref: entityRef, in_catalog: true })
    .whereIn('kind', LEAF_KINDS)
    .first('domain_ref', 'system_ref', 'owner_ref', 'tier');
  if (!entity) return { tier: '', scopes: [] };
  const scopes: Array<[ScopeKind, string]> = [
    ['organization', ORGANIZATION_SCOPE_REF],
  ];
  if (entity.domain_ref) scopes.push(['domain', entity.domain_ref]);
  if (entity.system_ref) scopes.push(['system', entity.system_ref]);
  if (entity.owner_ref) {
    const ancestors: string[] = await db('maturity_group_ancestry')
      .where({ group_ref: entity.owner_ref })
      .pluck('ancestor_ref');
    scopes.push(...ancestors.map(ref => ['group', ref] as [ScopeKind, string]));
  }
  return { tier: entity.tier ?? '', scopes };
}
