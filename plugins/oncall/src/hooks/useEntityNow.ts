import { NowResponse } from '@agile-ops/plugin-oncall-common';
import { useApi } from '@backstage/core-plugin-api';
import { useRef } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useInterval from 'react-use/esm/useInterval';
import { oncallApiRef } from '../api/OncallApi';

/** How often the card asks again, so "now" and "until" follow the clock past a hand-off. */
export const NOW_REFRESH_MS = 60_000;

/** What {@link useEntityNow} gives: the coverage to show and how its last load went. */
export interface EntityNowState {
  /** The latest coverage that loaded, kept while a refresh runs or after a refresh failed. */
  value?: NowResponse;
  loading: boolean;
  /** The error of the last load, also when an older `value` is still shown. */
  error?: Error;
  retry: () => void;
}

/**
 * Who covers an entity now, asked again every minute. A failed refresh keeps the last answer on
 * screen: a one-off network hiccup should not blank the card.
 */
export function useEntityNow(
  entityRef: string,
  refreshMs: number = NOW_REFRESH_MS,
): EntityNowState {
  const api = useApi(oncallApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getEntityNow(entityRef),
    [api, entityRef],
  );
  useInterval(retry, refreshMs);

  const last = useRef<{ entityRef: string; value: NowResponse }>();
  if (value) last.current = { entityRef, value };
  const shown =
    value ??
    (last.current?.entityRef === entityRef ? last.current.value : undefined);
  return { value: shown, loading, error, retry };
}
