import { proposeAutomationScore } from './selfService';

describe('proposeAutomationScore', () => {
  it.each([
    [0, null],
    [1, 2],
    [4, 2],
    [5, 3],
    [19, 3],
    [20, 4],
    [1000, 4],
  ])('proposes %p runs as %p', (runs, expected) => {
    expect(proposeAutomationScore(runs)).toBe(expected);
  });

  it('proposes nothing for a count that is not a count', () => {
    expect(proposeAutomationScore(-3)).toBeNull();
    expect(proposeAutomationScore(Number.NaN)).toBeNull();
  });

  it('never proposes less for more runs', () => {
    let previous = -1;
    for (let runs = 0; runs <= 50; runs++) {
      const score = proposeAutomationScore(runs) ?? 0;
      expect(score).toBeGreaterThanOrEqual(previous);
      previous = score;
    }
  });
});
