import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  GroupEntity,
  makeValidator,
  parseEntityRef,
  RELATION_HAS_MEMBER,
  RELATION_OWNED_BY,
  RELATION_PARENT_OF,
  stringifyEntityRef,
  UserEntity,
} from '@backstage/catalog-model';
import { CallerCache, CallerCacheOptions } from '@agile-ops/backend-common';
import { ONCALL_TEAM_ANNOTATION } from '@agile-ops/plugin-oncall-common';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** Planned hours of a team per iteration, on the group entity. */
export const CAPACITY_ANNOTATION = 'agile-ops/oncall-capacity-hours';
/** The group's lead, the last step of the escalation chain. */
export const LEAD_ANNOTATION = 'agile-ops/lead';

/**
 * Sub-groups visited when collecting the members of a group and its sub-groups. A real
 * organisation's team tree is far smaller; the cap keeps a cyclic or huge hierarchy from
 * turning one write into an unbounded walk of the catalog.
 */
export const MAX_GROUPS_IN_TREE = 500;
/** Refs asked of the catalog in one call. */
const BATCH = 500;

/** Refs are case-insensitive; the plugin compares them in lower case. */
export const lowerRef = (ref: string) => ref.toLocaleLowerCase('en-US');

const ENTITY_REF_PARTS = makeValidator();

/** How the team covering an entity was found. */
export type TeamVia = 'self' | 'owner' | 'annotation';

/** Parses a full entity ref of a request field, naming the field when it is not one. */
export function parseRefField(
  value: string,
  field: string,
  kind?: 'group' | 'user',
): string {
  let ref;
  try {
    ref = parseEntityRef(value);
    // The catalog's own rules for kinds, namespaces and names: they keep control characters
    // and overlong refs from reaching the catalog and the database.
    if (
      !ENTITY_REF_PARTS.isValidKind(ref.kind) ||
      !ENTITY_REF_PARTS.isValidNamespace(ref.namespace) ||
      !ENTITY_REF_PARTS.isValidEntityName(ref.name)
    ) {
      throw new Error('not a valid entity ref');
    }
  } catch {
    throw new InputError(
      `${field} must be an entity ref such as ${
        kind ?? 'component'
      }:default/name, got "${value}"`,
    );
  }
  if (kind && ref.kind.toLocaleLowerCase('en-US') !== kind) {
    throw new InputError(
      `${field} must be a ${kind} entity ref, got "${value}"`,
    );
  }
  // Refs are case-insensitive; one spelling keeps store lookups and comparisons simple.
  return stringifyEntityRef(ref).toLocaleLowerCase('en-US');
}

/**
 * Catalog lookups of the on-call plugin: entities, their team, group members and users. What a
 * caller may read is kept per caller for a few seconds (`cache`), so a page's requests ask the
 * catalog once.
 */
export class TeamDirectory {
  private readonly entities: CallerCache<Entity | null>;
  private readonly readable: CallerCache<boolean>;

  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    cache: CallerCacheOptions = { ttlMs: 0, maxEntries: 0 },
  ) {
    this.entities = new CallerCache(cache);
    this.readable = new CallerCache(cache);
  }

  /** The entity as the caller may see it; NotFoundError when missing or hidden. */
  async getEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    const key = lowerRef(entityRef);
    let entity = this.entities.get(credentials, key);
    if (entity === undefined) {
      entity =
        (await this.catalog.getEntityByRef(entityRef, { credentials })) ?? null;
      this.entities.set(credentials, key, entity);
    }
    if (!entity)
      throw new NotFoundError(`no entity ${entityRef} in the catalog`);
    return entity;
  }

  /** The group entity of a team; NotFoundError when it is not in the catalog. */
  async getGroup(
    groupRef: string,
    credentials?: BackstageCredentials,
  ): Promise<GroupEntity> {
    const entity = await this.getEntity(
      groupRef,
      credentials ?? (await this.auth.getOwnServiceCredentials()),
    );
    return entity as GroupEntity;
  }

  /** The group whose rotations cover an entity, and how it was found; null when none. */
  teamOf(entity: Entity): { team: string; via: TeamVia } | null {
    if (entity.kind.toLocaleLowerCase('en-US') === 'group') {
      return { team: stringifyEntityRef(entity), via: 'self' };
    }
    const annotated = entity.metadata.annotations?.[ONCALL_TEAM_ANNOTATION];
    if (annotated) {
      return {
        team: parseRefField(annotated, ONCALL_TEAM_ANNOTATION, 'group'),
        via: 'annotation',
      };
    }
    const owner = entity.relations?.find(
      r =>
        r.type === RELATION_OWNED_BY &&
        parseEntityRef(r.targetRef).kind === 'group',
    );
    return owner ? { team: owner.targetRef, via: 'owner' } : null;
  }

  /** The lead named by the group's annotation, if it is a user ref. */
  leadOf(group: Entity): string | undefined {
    const lead = group.metadata.annotations?.[LEAD_ANNOTATION];
    if (!lead) return undefined;
    try {
      return parseRefField(lead, LEAD_ANNOTATION, 'user');
    } catch {
      return undefined;
    }
  }

  /** User refs of the group's direct members. */
  membersOf(group: Entity): string[] {
    return (group.relations ?? [])
      .filter(r => r.type === RELATION_HAS_MEMBER)
      .map(r => r.targetRef);
  }

  /** Display names and e-mails of users, for calendar entries and notifications. */
  async describeUsers(
    refs: string[],
  ): Promise<Record<string, { displayName?: string; email?: string }>> {
    const unique = [...new Set(refs)];
    if (unique.length === 0) return {};
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: unique, fields: ['kind', 'metadata', 'spec.profile'] },
      { credentials: await this.auth.getOwnServiceCredentials() },
    );
    const result: Record<string, { displayName?: string; email?: string }> = {};
    items.forEach((entity, index) => {
      const profile = (entity as UserEntity | undefined)?.spec?.profile;
      result[unique[index]] = {
        displayName:
          profile?.displayName ?? entity?.metadata.title ?? undefined,
        email: profile?.email,
      };
    });
    return result;
  }

  /** Every user with an e-mail or name, to map people of an imported calendar to users. */
  async userIndex(): Promise<{
    byEmail: Map<string, string>;
    byName: Map<string, string>;
  }> {
    const { items } = await this.catalog.getEntities(
      {
        filter: { kind: 'user' },
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec.profile'],
      },
      { credentials: await this.auth.getOwnServiceCredentials() },
    );
    const byEmail = new Map<string, string>();
    const byName = new Map<string, string>();
    for (const user of items as UserEntity[]) {
      const ref = stringifyEntityRef(user);
      const email = user.spec?.profile?.email;
      if (email) byEmail.set(email.toLocaleLowerCase('en-US'), ref);
      byName.set(user.metadata.name.toLocaleLowerCase('en-US'), ref);
      const displayName = user.spec?.profile?.displayName;
      if (displayName) byName.set(displayName.toLocaleLowerCase('en-US'), ref);
    }
    return { byEmail, byName };
  }

  /**
   * The users who are members of the group or of any group below it (lower-case refs). The
   * walk stops after {@link MAX_GROUPS_IN_TREE} groups, so members further down are not named.
   */
  async membersOfTree(groupRef: string): Promise<Set<string>> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const members = new Set<string>();
    const seen = new Set<string>([lowerRef(groupRef)]);
    let level = [lowerRef(groupRef)];
    while (level.length > 0) {
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: level, fields: ['kind', 'metadata.name', 'relations'] },
        { credentials },
      );
      const next: string[] = [];
      for (const group of items) {
        for (const relation of group?.relations ?? []) {
          const target = lowerRef(relation.targetRef);
          if (relation.type === RELATION_HAS_MEMBER) members.add(target);
          if (
            relation.type === RELATION_PARENT_OF &&
            !seen.has(target) &&
            seen.size < MAX_GROUPS_IN_TREE
          ) {
            seen.add(target);
            next.push(target);
          }
        }
      }
      level = next;
    }
    return members;
  }

  /** The refs among `refs` (lower-case) that the catalog has, whoever may read them. */
  async catalogRefs(refs: Iterable<string>): Promise<Set<string>> {
    return this.visibleRefs(refs, await this.auth.getOwnServiceCredentials());
  }

  /**
   * The refs among `refs` (lower-case) that the caller may read in the catalog, asked with the
   * caller's own credentials so the catalog applies its permission policy, conditions included.
   */
  async visibleRefs(
    refs: Iterable<string>,
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const visible = new Set<string>();
    const unknown: string[] = [];
    for (const ref of new Set([...refs].map(lowerRef))) {
      const kept = this.readable.get(credentials, ref);
      if (kept === undefined) unknown.push(ref);
      else if (kept) visible.add(ref);
    }
    for (let i = 0; i < unknown.length; i += BATCH) {
      const batch = unknown.slice(i, i + BATCH);
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: batch, fields: ['kind', 'metadata.name'] },
        { credentials },
      );
      items.forEach((entity, index) => {
        if (entity) visible.add(batch[index]);
        this.readable.set(credentials, batch[index], Boolean(entity));
      });
    }
    return visible;
  }
}
