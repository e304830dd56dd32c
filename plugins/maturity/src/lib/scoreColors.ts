// Colours for scores 0–5. A sequential palette that stays distinguishable for the common kinds of
// colour blindness (after viridis) and reads on light and dark backgrounds; the number is always
// printed in the cell as well, so colour is never the only signal.

const FILLS = [
  '#440154',
  '#414487',
  '#2a788e',
  '#22a884',
  '#7ad151',
  '#fde725',
] as const;

/** Text colour with enough contrast on each fill. */
const TEXT = ['#ffffff', '#ffffff', '#ffffff', '#000000', '#000000', '#000000'];

/** The palette step of a score or a roll-up value: its whole part, clamped to 0–5. */
export function scoreStep(value: number): number {
  return Math.max(0, Math.min(5, Math.floor(value)));
}

/** Background and text colour for a score or roll-up value; null for "no score". */
export function scoreColors(value: number | null | undefined): {
  background: string;
  color: string;
} | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const step = scoreStep(value);
  return { background: FILLS[step], color: TEXT[step] };
}

/** The fill of each step, for legends and chart series. */
export const SCORE_FILLS: readonly string[] = FILLS;
