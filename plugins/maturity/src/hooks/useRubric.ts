import { VectorsResponse } from '@agile-ops/plugin-maturity-common';
import { useApi } from '@backstage/core-plugin-api';
import { MaturityApi, maturityApiRef } from '../api/MaturityApi';

// The rubric changes only with a backend deploy; card, tab and overview on one page share a
// single request per API instance instead of asking three times.
const cache = new WeakMap<MaturityApi, Promise<VectorsResponse>>();

/** Loads the rubric once per API instance; a failed load is retried on the next call. */
export function loadRubric(api: MaturityApi): Promise<VectorsResponse> {
  let pending = cache.get(api);
  if (!pending) {
    pending = api.getVectors();
    cache.set(api, pending);
    pending.catch(() => cache.delete(api));
  }
  return pending;
}

/** The maturity API of the app. */
export function useMaturityApi(): MaturityApi {
  return useApi(maturityApiRef);
}
