import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { TIER_ANNOTATION } from './scorecard';

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
 * Finds entities the caller may see. When the permission policy lets the caller read every
 * entity, the synced hierarchy answers without a round trip through the catalog; otherwise
 * (conditional reads) and for entities the last sync has not seen, the catalog decides.
 */
export class EntityLookup {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
      /** The plugin's database; without it every lookup asks the catalog. */
      db?: Knex;
    },
  ) {}

  /** The entities at `refs` (lower-case refs), `undefined` where missing or hidden. */
  async getVisible(
    refs: string[],
    credentials: BackstageCredentials,
  ): Promise<Array<Entity | undefined>> {
    if (refs.length === 0) return [];
    const found = new Map<string, Entity | undefined>();
    if (this.deps.db) {
      const [decision] = await this.deps.permissions.authorizeConditional(
        [{ permission: catalogEntityReadPermission }],
        { credentials },
      );
      if (decision.result === AuthorizeResult.DENY) {
        return refs.map(() => undefined);
      }
      if (decision.result === AuthorizeResult.ALLOW) {
        for (const [ref, entity] of await this.fromHierarchy(
          this.deps.db,
          refs,
        )) {
          found.set(ref, entity);
        }
      }
    }
    const rest = refs.filter(ref => !found.has(ref));
    if (rest.length > 0) {
      const { items } = await this.deps.catalog.getEntitiesByRefs(
        { entityRefs: rest, fields: SCORECARD_FIELDS },
        { credentials },
      );
      rest.forEach((ref, i) => found.set(ref, items[i] ?? undefined));
    }
    return refs.map(ref => found.get(ref));
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
