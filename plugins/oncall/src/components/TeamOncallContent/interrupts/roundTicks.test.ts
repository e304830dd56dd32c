import fc from 'fast-check';
import { roundTicks } from './roundTicks';

describe('roundTicks', () => {
  it.each([
    [23, [0, 5, 10, 15, 20, 25]],
    [100, [0, 20, 40, 60, 80, 100]],
    [7.3, [0, 2, 4, 6, 8]],
    [0.9, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [12, [0, 2.5, 5, 7.5, 10, 12.5]],
  ])('for a maximum of %s gives %j', (max, ticks) => {
    expect(roundTicks(max)).toEqual(ticks);
  });

  it('gives an empty axis 0 and 1', () => {
    expect(roundTicks(0)).toEqual([0, 1]);
    expect(roundTicks(Number.NaN)).toEqual([0, 1]);
  });

  it('always starts at 0, reaches the maximum, keeps at most six ticks evenly spaced', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), max => {
        const ticks = roundTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max - 1e-9);
        expect(ticks.length).toBeLessThanOrEqual(6);
        const step = ticks[1];
        ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 6));
      }),
    );
  });
});
