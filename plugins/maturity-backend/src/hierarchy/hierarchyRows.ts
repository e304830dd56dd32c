import {
  Entity,
  RELATION_CHILD_OF,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { createHash } from 'node:crypto';
import { TIER_ANNOTATION } from '../service/scorecard';

/** What roll-ups need to know about one catalog entity. */
export interface HierarchyRow {
  entityRef: string;
  kind: string;
  type: string | null;
  title: string | null;
  ownerRef: string | null;
  systemRef: string | null;
  domainRef: string | null;
  tier: string | null;
  lifecycle: string | null;
  fingerprint: string;
}

/** The catalog fields the sync reads; everything else stays in the catalog. */
export const HIERARCHY_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.annotations',
  'spec.type',
  'spec.lifecycle',
  'relations',
];

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

function firstTarget(entity: Entity, type: string, kind?: string) {
  const relation = (entity.relations ?? []).find(
    r =>
      r.type === type &&
      (!kind ||
        parseEntityRef(r.targetRef).kind.toLocaleLowerCase('en-US') === kind),
  );
  return relation ? lower(relation.targetRef) : null;
}

const text = (value: unknown) =>
  typeof value === 'string' && value.length > 0 ? value : null;

/**
 * Turns catalog entities into hierarchy rows. Components and resources take their domain from
 * their system, so the whole set is needed to resolve it.
 */
export function toHierarchyRows(entities: Entity[]): HierarchyRow[] {
  const domainOfSystem = new Map<string, string | null>();
  for (const entity of entities) {
    if (entity.kind.toLocaleLowerCase('en-US') === 'system') {
      domainOfSystem.set(
        lower(stringifyEntityRef(entity)),
        firstTarget(entity, RELATION_PART_OF, 'domain'),
      );
    }
  }
  return entities.map(entity => {
    const kind = entity.kind.toLocaleLowerCase('en-US');
    const entityRef = lower(stringifyEntityRef(entity));
    const systemRef =
      kind === 'component' || kind === 'resource' || kind === 'api'
        ? firstTarget(entity, RELATION_PART_OF, 'system')
        : null;
    let domainRef: string | null = null;
    if (kind === 'system') domainRef = domainOfSystem.get(entityRef) ?? null;
    else if (systemRef) domainRef = domainOfSystem.get(systemRef) ?? null;
    const row = {
      entityRef,
      kind,
      type: text(entity.spec?.type),
      title: text(entity.metadata.title),
      ownerRef: firstTarget(entity, RELATION_OWNED_BY),
      systemRef,
      domainRef,
      // Tiers are typed by hand; store them trimmed and lower-case so roll-ups can match them.
      tier:
        text(entity.metadata.annotations?.[TIER_ANNOTATION])
          ?.trim()
          .toLocaleLowerCase('en-US') || null,
      lifecycle: text(entity.spec?.lifecycle),
    };
    const fingerprint = createHash('sha256')
      .update(JSON.stringify(row))
      .digest('hex');
    return { ...row, fingerprint };
  });
}

/** Every group with each of its ancestors, itself at depth 0; cycles are cut, not followed. */
export function toGroupAncestry(
  entities: Entity[],
): Array<{ groupRef: string; ancestorRef: string; depth: number }> {
  const parentOf = new Map<string, string | null>();
  for (const entity of entities) {
    if (entity.kind.toLocaleLowerCase('en-US') === 'group') {
      parentOf.set(
        lower(stringifyEntityRef(entity)),
        firstTarget(entity, RELATION_CHILD_OF, 'group'),
      );
    }
  }
  const rows: Array<{ groupRef: string; ancestorRef: string; depth: number }> =
    [];
  for (const groupRef of parentOf.keys()) {
    const seen = new Set<string>();
    let current: string | null | undefined = groupRef;
    for (let depth = 0; current && !seen.has(current); depth++) {
      seen.add(current);
      rows.push({ groupRef, ancestorRef: current, depth });
      current = parentOf.get(current);
    }
  }
  return rows;
}
