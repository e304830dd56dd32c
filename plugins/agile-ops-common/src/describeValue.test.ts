import { describeValue } from './describeValue';

describe('describeValue', () => {
  it('quotes strings so that "3" and 3 read differently', () => {
    expect(describeValue('3')).toBe('"3"');
    expect(describeValue(3)).toBe('3');
    expect(describeValue('')).toBe('""');
  });

  it('keeps numbers JSON would lose', () => {
    expect([NaN, Infinity, -Infinity].map(describeValue)).toEqual([
      'NaN',
      'Infinity',
      '-Infinity',
    ]);
    expect(describeValue(10n)).toBe('10');
  });

  it('names objects by their kind instead of dumping them', () => {
    expect(describeValue({ secret: 'x'.repeat(10_000) })).toBe('an object');
    expect(describeValue([1, 2])).toBe('an array');
    expect(describeValue(new Date(0))).toBe('a Date');
    expect(describeValue(new Date(NaN))).toBe('an invalid Date');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(Symbol('s'))).toBe('a symbol');
  });

  it('spells out null, undefined and booleans', () => {
    expect([null, undefined, true].map(describeValue)).toEqual([
      'null',
      'undefined',
      'true',
    ]);
  });
});
