import { formatShare, formatValue, shortRef } from './format';

describe('formatValue', () => {
  it.each([
    [null, '–'],
    [undefined, '–'],
    [0, '0'],
    [3, '3'],
    [2.75, '2.8'],
    [2.04, '2.0'],
    [4.5, '4.5'],
  ])('prints %p as %p', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });
});

describe('formatShare', () => {
  it.each([
    [0, '0%'],
    [2 / 3, '67%'],
    [1, '100%'],
  ])('prints %p as %p', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });
});

describe('shortRef', () => {
  it.each([
    ['component:default/payments', 'payments'],
    ['component:team-a/payments', 'team-a/payments'],
    ['group:platform', 'platform'],
    ['domain:default/a/b', 'a/b'],
    ['no-kind-at-all', 'no-kind-at-all'],
  ])('shortens %p to %p', (ref, text) => {
    expect(shortRef(ref)).toBe(text);
  });
});
