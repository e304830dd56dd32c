import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { TestApiProvider } from '@backstage/test-utils';
import { renderHook, waitFor } from '@testing-library/react';
import { ReactNode } from 'react';
import { ALICE, BOB, CAROL, makeUser } from '../__testUtils__/fixtures';
import { usePeople } from './usePeople';

function renderPeople(initial: string[], catalogError?: Error) {
  const catalogApi = catalogApiMock({
    entities: [makeUser(ALICE), makeUser(BOB), makeUser(CAROL)],
  });
  const getEntitiesByRefs = jest.spyOn(catalogApi, 'getEntitiesByRefs');
  if (catalogError) getEntitiesByRefs.mockRejectedValue(catalogError);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[catalogApiRef, catalogApi]]}>
      {children}
    </TestApiProvider>
  );
  const rendered = renderHook(({ refs }) => usePeople(refs), {
    wrapper,
    initialProps: { refs: initial },
  });
  return { getEntitiesByRefs, ...rendered };
}

describe('usePeople', () => {
  it('loads each person once, by ref, with undefined for unknown refs', async () => {
    const { result, getEntitiesByRefs } = renderPeople([
      BOB,
      ALICE,
      BOB,
      'user:default/ghost',
    ]);

    await waitFor(() => expect(result.current.people).toBeDefined());
    const people = result.current.people!;
    expect(people.get(ALICE)?.spec?.profile).toEqual({ displayName: 'Alice' });
    expect(people.get(BOB)?.metadata.name).toBe('bob');
    expect(people.has('user:default/ghost')).toBe(true);
    expect(people.get('user:default/ghost')).toBeUndefined();
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(1);
    expect(getEntitiesByRefs.mock.calls[0][0].entityRefs).toEqual([
      ALICE,
      BOB,
      'user:default/ghost',
    ]);
  });

  it('asks again only when the set of people changes', async () => {
    const { result, rerender, getEntitiesByRefs } = renderPeople([ALICE, BOB]);
    await waitFor(() => expect(result.current.people).toBeDefined());

    rerender({ refs: [BOB, ALICE] });
    rerender({ refs: [BOB, ALICE, ALICE] });
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(1);

    // Someone new: only they are asked for; the others stay known.
    rerender({ refs: [BOB, CAROL] });
    await waitFor(() =>
      expect(result.current.people?.get(CAROL)?.metadata.name).toBe('carol'),
    );
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(2);
    expect(getEntitiesByRefs.mock.calls[1][0].entityRefs).toEqual([CAROL]);
    expect(result.current.people?.get(ALICE)).toBeDefined();
  });

  it('gives no people until the first ones have loaded, so names do not change under the reader', async () => {
    const { result, rerender } = renderPeople([]);
    await waitFor(() => expect(result.current.people).toEqual(new Map()));

    rerender({ refs: [ALICE] });
    expect(result.current.people).toBeUndefined();
    await waitFor(() =>
      expect(result.current.people?.get(ALICE)?.metadata.name).toBe('alice'),
    );
  });

  it('reports a catalog failure instead of waiting for ever', async () => {
    const { result } = renderPeople([ALICE], new Error('catalog down'));

    await waitFor(() =>
      expect(result.current.error?.message).toBe('catalog down'),
    );
    expect(result.current.people).toBeUndefined();
  });

  it('asks nothing for nobody', async () => {
    const { result, getEntitiesByRefs } = renderPeople([]);
    await waitFor(() => expect(result.current.people).toEqual(new Map()));
    expect(getEntitiesByRefs).not.toHaveBeenCalled();
  });
});
