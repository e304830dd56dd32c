import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { useCallback, useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { Person } from './TeamContext';

function nameOf(entity: Entity): string {
  const profile = (entity.spec?.profile ?? {}) as { displayName?: string };
  return profile.displayName || entity.metadata.title || entity.metadata.name;
}

/** The last part of an entity ref, shown while (or when) the catalog has no better name. */
export function shortName(ref: string): string {
  return ref.replace(/^[^:]*:/, '').replace(/^default\//, '');
}

/**
 * Display names of the group's members and of anyone else who appears in the rotations, read
 * from the catalog in one request; refs the catalog does not know show their short name.
 */
export function usePeople(memberRefs: string[], otherRefs: string[]) {
  const catalogApi = useApi(catalogApiRef);
  const refs = useMemo(
    () => [...new Set([...memberRefs, ...otherRefs])].sort(),
    [memberRefs, otherRefs],
  );
  const { value: names, loading } = useAsync(async () => {
    if (refs.length === 0) return new Map<string, string>();
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: refs,
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile',
      ],
    });
    const found = new Map<string, string>();
    items.forEach(item => {
      if (item) found.set(stringifyEntityRef(item), nameOf(item));
    });
    return found;
  }, [catalogApi, refs.join(',')]);

  const displayName = useCallback(
    (ref: string) => names?.get(ref) ?? shortName(ref),
    [names],
  );
  const members: Person[] = useMemo(
    () =>
      memberRefs
        .map(ref => ({ ref, name: displayName(ref) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [memberRefs, displayName],
  );
  return { members, displayName, loading };
}
