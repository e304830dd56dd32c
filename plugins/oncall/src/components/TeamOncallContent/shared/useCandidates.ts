import { RotationResponse } from '@agile-ops/plugin-oncall-common';
import { useMemo } from 'react';
import { Person, useTeam } from './TeamContext';

/**
 * People who can be picked for a rotation's shifts: the group's members, then anyone in the
 * rotation who is not a member (such as someone who left the team but is still scheduled).
 */
export function useCandidates(rotation?: RotationResponse): Person[] {
  const { members, displayName } = useTeam();
  return useMemo(() => {
    const known = new Set(members.map(m => m.ref));
    const others = [
      ...new Set(rotation?.versions.flatMap(v => v.participants) ?? []),
    ]
      .filter(ref => !known.has(ref))
      .map(ref => ({ ref, name: displayName(ref) }));
    return [...members, ...others];
  }, [members, rotation, displayName]);
}
