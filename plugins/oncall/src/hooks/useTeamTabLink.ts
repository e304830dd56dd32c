import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { ONCALL_TAB_PATH } from '../routes';

/**
 * A function giving the link to a group's On-call tab, where its rotations are created and
 * its calendar lives.
 */
export function useTeamTabLink(): (groupRef: string) => string {
  const entityLink = useEntityRefLink();
  return groupRef => `${entityLink(groupRef)}/${ONCALL_TAB_PATH}`;
}
