import { mockCredentials } from '@backstage/backend-test-utils';
import { CallerCache, callerKey } from './callerCache';

describe('CallerCache', () => {
  let now = 1_000_000;
  const jo = mockCredentials.user('user:default/jo');
  const make = (ttlMs = 5_000, maxEntries = 3) =>
    new CallerCache<string>({ ttlMs, maxEntries, now: () => now });

  it('keeps an answer for its time and not a millisecond longer', () => {
    const cache = make();
    cache.set(jo, 'a', 'yes');
    now += 4_999;
    expect(cache.get(jo, 'a')).toBe('yes');
    now += 1;
    expect(cache.get(jo, 'a')).toBeUndefined();
  });

  it('keeps nothing of one caller for another, for a new token or for a service', () => {
    const cache = make();
    cache.set(jo, 'a', 'yes');
    expect(cache.get(mockCredentials.user('user:default/al'), 'a')).toBe(
      undefined,
    );
    expect(
      cache.get({ ...jo, expiresAt: new Date(now + 3_600_000) }, 'a'),
    ).toBeUndefined();
    expect(cache.get(mockCredentials.service('plugin:x'), 'a')).toBe(undefined);
    expect(callerKey(jo)).not.toBe(callerKey(mockCredentials.none()));
  });

  it('keeps a user acting through a service apart from the user alone', () => {
    const onBehalf = {
      ...jo,
      principal: { ...jo.principal, actor: { subject: 'plugin:scaffolder' } },
    };
    expect(callerKey(onBehalf)).not.toBe(callerKey(jo));
  });

  it('keeps at most maxEntries answers, dropping the oldest first', () => {
    const cache = make();
    for (const key of ['a', 'b', 'c', 'd']) cache.set(jo, key, key);
    expect(cache.get(jo, 'a')).toBeUndefined();
    expect(['b', 'c', 'd'].map(key => cache.get(jo, key))).toEqual([
      'b',
      'c',
      'd',
    ]);
  });

  it('keeps nothing when its time is 0', () => {
    const cache = make(0);
    cache.set(jo, 'a', 'yes');
    expect(cache.get(jo, 'a')).toBeUndefined();
  });
});
