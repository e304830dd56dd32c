import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { CallerCacheOptions } from '@agile-ops/backend-common';
import { TIER_ANNOTATION } from './scorecard';
import { ReadDecision, Visibility } from './Visibility';

// What a scorecard needs of an entity; asking the catalog for less keeps bulk reads cheap.
const SCORECARD_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.annotations',
  'spec.lifecycle',
];

const IN_CHUNK = 500;

/**
 * Finds entities the caller may see. The catalog decides what a caller may read (a blanket
 * ALLOW needs no round trip, conditional reads ask it through {@link Visibility}); the content of
 * a readable entity comes from the synced hierarchy, and from the catalog for entities the last
 * sync has not seen.
 */
export class EntityLookup {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
      /** The plugin's database; without it every lookup asks the catalog. */
      db?: Knex;
      /** How long read answers are kept per caller (see {@link Visibility}). */
      cache?: CallerCacheOptions;
    },
  ) {
    this.visibility = new Visibility(deps);
  }

  /** The read checks this lookup makes, for answers that only need to know which refs to show. */
  readonly visibility: Visibility;

  /** The entities at `refs` (lower-case refs), `undefined` where missing or hidden. */
  async getVisible(
    refs: string[],
    credentials: BackstageCredentials,
    /** The caller's read decision, if this answer has already asked for it. */
    decided?: ReadDecision,
  ): Promise<Array<Entity | undefined>> {
    if (refs.length === 0) return [];
    const { db } = this.deps;
    if (!db) {
      const entities = await this.fromCatalog(refs, credentials);
      return refs.map(ref => entities.get(ref));
    }
    const decision = decided ?? (await this.visibility.decision(credentials));
    if (decision === 'none') return refs.map(() => undefined);
    let wanted = refs;
    if (decision === 'some') {
      // Which refs the caller may read (kept per caller for a few seconds); their content is
      // then the synced hierarchy's, as for a caller who may read everything.
      const readable = await this.visibility.readable(
        refs,
        credentials,
        decision,
      );
      wanted = refs.filter(ref => readable.has(ref));
    }
    const found = await this.fromHierarchy(db, wanted);
    const rest = wanted.filter(ref => !found.has(ref));
    if (rest.length > 0) {
      for (const [ref, entity] of await this.fromCatalog(rest, credentials)) {
        found.set(ref, entity);
      }
    }
    return refs.map(ref => found.get(ref));
  }

  private async fromCatalog(refs: string[], credentials: BackstageCredentials) {
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: SCORECARD_FIELDS },
      { credentials },
    );
    return new Map(refs.map((ref, i) => [ref, items[i] ?? undefined]));
  }

  // Entities the sync knows, in or out of the catalog; unknown refs are left to the catalog.
  private async fromHierarchy(db: Knex, refs: string[]) {
    const result = new Map<string, Entity | undefined>();
    for (let i = 0; i < refs.length; i += IN_CHUNK) {
      const rows = await db('maturity_entities')
        .whereIn('entity_ref', refs.slice(i, i + IN_CHUNK))
        .select('entity_ref', 'kind', 'tier', 'lifecycle', 'in_catalog');
      for (const row of rows) {
        result.set(
          row.entity_ref,
          row.in_catalog
            ? toEntity(row.entity_ref, row.tier, row.lifecycle)
            : undefined,
        );
      }
    }
    return result;
  }
}

function toEntity(
  ref: string,
  tier: string | null,
  lifecycle: string | null,
): Entity {
  const { kind, namespace, name } = parseEntityRef(ref);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      namespace,
      ...(tier ? { annotations: { [TIER_ANNOTATION]: tier } } : {}),
    },
    ...(lifecycle ? { spec: { lifecycle } } : {}),
  };
}
