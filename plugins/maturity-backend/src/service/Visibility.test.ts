import { mockCredentials } from '@backstage/backend-test-utils';
import { fixedReadPermissions } from '../__testUtils__/visibility';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Visibility } from './Visibility';

const A = 'component:default/a';
const B = 'component:default/b';

function setUp(
  result: AuthorizeResult,
  cache?: ConstructorParameters<typeof Visibility>[0]['cache'],
) {
  const catalog = catalogServiceMock.mock({
    getEntitiesByRefs: jest.fn(async ({ entityRefs }) => ({
      // The catalog hides b from this caller.
      items: entityRefs.map((ref: string) =>
        ref === A
          ? { apiVersion: 'v1', kind: 'component', metadata: { name: 'a' } }
          : null,
      ),
    })) as any,
  });
  const permissions = fixedReadPermissions(result);
  return {
    catalog,
    permissions,
    visibility: new Visibility({ catalog, permissions, cache }),
  };
}

describe('Visibility', () => {
  const credentials = mockCredentials.user('user:default/jo');

  it('lets a blanket ALLOW read everything without asking the catalog', async () => {
    const { catalog, visibility } = setUp(AuthorizeResult.ALLOW);
    const readable = await visibility.readable([A, B], credentials);
    expect([readable.all, readable.has(A), readable.has(B)]).toEqual([
      true,
      true,
      true,
    ]);
    expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it('hides everything on a blanket DENY without asking the catalog', async () => {
    const { catalog, visibility } = setUp(AuthorizeResult.DENY);
    const readable = await visibility.readable([A, B], credentials);
    expect([readable.all, readable.has(A), readable.has(B)]).toEqual([
      false,
      false,
      false,
    ]);
    expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it('asks the catalog once, with the caller’s credentials and each ref once, on a conditional decision', async () => {
    const { catalog, visibility } = setUp(AuthorizeResult.CONDITIONAL);
    const readable = await visibility.readable([A, B, A, B], credentials);
    expect([readable.all, readable.has(A), readable.has(B)]).toEqual([
      false,
      true,
      false,
    ]);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledWith(
      expect.objectContaining({ entityRefs: [A, B] }),
      { credentials },
    );
  });

  it('reuses a decision already taken for the answer', async () => {
    const { visibility } = setUp(AuthorizeResult.DENY);
    const readable = await visibility.readable([A], credentials, 'all');
    expect(readable.has(A)).toBe(true);
  });

  describe('with a cache', () => {
    let now = 0;
    const cache = { ttlMs: 5_000, maxEntries: 3, now: () => now };
    beforeEach(() => {
      now = 1_000_000;
    });

    it('asks once per caller within the time and again after it', async () => {
      const { catalog, permissions, visibility } = setUp(
        AuthorizeResult.CONDITIONAL,
        cache,
      );
      const first = await visibility.readable([A, B], credentials);
      now += 4_999;
      const second = await visibility.readable([B, A], credentials);
      expect([second.has(A), second.has(B)]).toEqual([first.has(A), false]);
      expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
      expect(permissions.authorizeConditional).toHaveBeenCalledTimes(1);

      now += 1;
      await visibility.readable([A], credentials);
      expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(2);
      expect(permissions.authorizeConditional).toHaveBeenCalledTimes(2);
    });

    it('asks only for the refs it has no answer for', async () => {
      const { catalog, visibility } = setUp(AuthorizeResult.CONDITIONAL, cache);
      await visibility.readable([A], credentials);
      await visibility.readable([A, B], credentials);
      expect(catalog.getEntitiesByRefs).toHaveBeenLastCalledWith(
        expect.objectContaining({ entityRefs: [B] }),
        expect.anything(),
      );
    });
  });
});
