import { teamRefsOf } from '@agile-ops/common';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';

/** The groups the signed-in user belongs to, by ref, as their Backstage identity names them. */
export function useMyTeams() {
  const identityApi = useApi(identityApiRef);
  return useAsync(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    return teamRefsOf(ownershipEntityRefs);
  }, [identityApi]);
}
