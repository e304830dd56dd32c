import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { selfServiceApiRef } from '../api/SelfServiceApi';

/** The run counts and latest runs of one entity. */
export function useSelfServiceUsage(entityRef: string) {
  const api = useApi(selfServiceApiRef);
  return useAsync(() => api.getUsage(entityRef), [api, entityRef]);
}
