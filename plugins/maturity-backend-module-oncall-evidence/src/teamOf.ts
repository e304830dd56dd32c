import { ONCALL_TEAM_ANNOTATION } from '@agile-ops/plugin-oncall-common';
import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/** A full ref of a group, in lower case; undefined for anything else. */
function groupRef(text: string): string | undefined {
  try {
    const ref = parseEntityRef(text);
    return lower(ref.kind) === 'group'
      ? lower(stringifyEntityRef(ref))
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The group whose rotations cover an entity, in lower case, found the way the on-call plugin
 * finds it for its `now` route: a group covers itself, else the group named by the
 * `agile-ops/oncall-team` annotation, else the first group the entity is owned by. Undefined
 * when there is none: an annotation that names no group makes the on-call plugin refuse the
 * entity, so it covers no team here either, and an entity owned by a user has no team.
 */
export function teamOf(entity: Entity): string | undefined {
  if (lower(entity.kind) === 'group') return lower(stringifyEntityRef(entity));
  const annotated = entity.metadata.annotations?.[ONCALL_TEAM_ANNOTATION];
  if (annotated !== undefined) return groupRef(annotated);
  for (const relation of entity.relations ?? []) {
    if (relation.type !== RELATION_OWNED_BY) continue;
    const team = groupRef(relation.targetRef);
    if (team) return team;
  }
  return undefined;
}
