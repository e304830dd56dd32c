import { SCORE_FILLS, scoreColors, scoreStep } from './scoreColors';

/** Relative luminance after WCAG 2. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map(i => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('scoreStep', () => {
  it.each([
    [0, 0],
    [2.7, 2],
    [3, 3],
    [4.999, 4],
    [5, 5],
    [7, 5],
    [-1, 0],
  ])('puts %p on step %p', (value, step) => {
    expect(scoreStep(value)).toBe(step);
  });
});

describe('scoreColors', () => {
  it.each([null, undefined, NaN])('has no colours for %p', value => {
    expect(scoreColors(value)).toBeNull();
  });

  it('gives each whole score its own fill, a roll-up value the fill of its whole part', () => {
    const fills = [0, 1, 2, 3, 4, 5].map(v => scoreColors(v)!.background);
    expect(new Set(fills).size).toBe(6);
    expect(fills).toEqual(SCORE_FILLS);
    expect(scoreColors(2.7)).toEqual(scoreColors(2));
    expect(scoreColors(5.4)).toEqual(scoreColors(5));
  });

  it('prints the number readably on every fill (WCAG AA for bold text)', () => {
    for (let v = 0; v <= 5; v++) {
      const { background, color } = scoreColors(v)!;
      expect(contrast(background, color)).toBeGreaterThanOrEqual(3);
    }
  });
});
