import { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { useRef } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { People } from '../lib/people';

/** What the card and the team tab read of users and groups: names, e-mail and links. */
const FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.links',
  'spec.profile',
];

/** What {@link usePeople} gives. */
export interface PeopleState {
  /** Entities by ref (`undefined` for refs not in the catalog); absent until first loaded. */
  people?: People;
  /** Why the catalog could not be asked; callers fall back to the names in the refs. */
  error?: Error;
}

/**
 * The catalog entities of the given refs, by ref, in one request.
 *
 * @remarks
 * The refs are compared as a set, and people already loaded are not asked for again, so the
 * card's minute refresh of the coverage, or the tab's re-fetch of the rotations after a write,
 * reaches the catalog only when someone new shows up. Until
 * the first set has loaded, `people` is absent (callers show progress rather than names that
 * change a moment later); after that, a newcomer shows by ref name until their entity arrives.
 */
export function usePeople(refs: ReadonlyArray<string>): PeopleState {
  const catalogApi = useApi(catalogApiRef);
  const key = [...new Set(refs)].sort().join('\n');
  const loaded = useRef<People>();

  const state = useAsync(async () => {
    const known = loaded.current ?? new Map<string, Entity | undefined>();
    const missing = (key ? key.split('\n') : []).filter(ref => !known.has(ref));
    if (missing.length === 0) return { key, people: known };
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: missing,
      fields: FIELDS,
    });
    const people = new Map(known);
    missing.forEach((ref, i) => people.set(ref, items[i]));
    return { key, people };
  }, [catalogApi, key]);

  // An answer for no refs at all says nothing about the people to come.
  if (state.value?.key) loaded.current = state.value.people;
  if (state.value?.key === key) return { people: state.value.people };
  return { people: loaded.current, error: state.error };
}
