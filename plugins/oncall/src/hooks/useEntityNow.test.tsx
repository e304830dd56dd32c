import { NowResponse } from '@agile-ops/plugin-oncall-common';
import { TestApiProvider } from '@backstage/test-utils';
import { act, renderHook } from '@testing-library/react';
import { ReactNode } from 'react';
import { fakeOncallApi } from '../__testUtils__/fakeOncallApi';
import { oncallApiRef } from '../api/OncallApi';
import { NOW_REFRESH_MS, useEntityNow } from './useEntityNow';

const REF = 'component:default/payments';

function answer(user: string): NowResponse {
  return {
    entityRef: REF,
    team: 'group:default/team-payments',
    resolvedVia: 'owner',
    roles: [
      {
        role: 'potw',
        rotationId: 'rot-potw',
        rotationName: 'PoTW',
        user,
        since: null,
        until: null,
        next: null,
        timezone: 'UTC',
        override: false,
      },
    ],
    escalation: [user],
  };
}

/** Lets the pending request settle and its state update render. */
async function settle() {
  await act(async () => {});
}

function renderNow(
  api = fakeOncallApi({ now: { [REF]: answer('user:default/alice') } }),
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[oncallApiRef, api]]}>{children}</TestApiProvider>
  );
  return { api, ...renderHook(() => useEntityNow(REF), { wrapper }) };
}

describe('useEntityNow', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks again every minute, so a hand-off shows without a reload', async () => {
    const { api, result } = renderNow();
    await settle();
    expect(result.current.value?.roles[0].user).toBe('user:default/alice');

    api.state.now[REF] = answer('user:default/bob');
    act(() => jest.advanceTimersByTime(NOW_REFRESH_MS - 1));
    await settle();
    expect(api.getEntityNow).toHaveBeenCalledTimes(1);

    act(() => jest.advanceTimersByTime(1));
    await settle();
    expect(api.getEntityNow).toHaveBeenCalledTimes(2);
    expect(result.current.value?.roles[0].user).toBe('user:default/bob');
  });

  it('keeps the last answer when a refresh fails, and reports the error', async () => {
    const { api, result } = renderNow();
    await settle();

    api.getEntityNow.mockRejectedValueOnce(new Error('backend restarting'));
    act(() => jest.advanceTimersByTime(NOW_REFRESH_MS));
    await settle();

    expect(result.current.error?.message).toBe('backend restarting');
    expect(result.current.value?.roles[0].user).toBe('user:default/alice');

    // The next refresh clears the error.
    act(() => jest.advanceTimersByTime(NOW_REFRESH_MS));
    await settle();
    expect(result.current.error).toBeUndefined();
  });

  it('stops asking once the card is gone', async () => {
    const { api, unmount } = renderNow();
    await settle();
    unmount();

    act(() => jest.advanceTimersByTime(5 * NOW_REFRESH_MS));
    expect(api.getEntityNow).toHaveBeenCalledTimes(1);
  });
});
