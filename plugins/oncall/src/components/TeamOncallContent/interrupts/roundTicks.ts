// Steps a value axis may use, per power of ten: 1, 2, 2.5 and 5 read as round numbers.
const STEP_FACTORS = [1, 2, 2.5, 5, 10];

/**
 * Round ticks from 0 up to at least `max`, at most `maxTicks` of them: 0, 5, 10, 15 rather
 * than 0, 4.6, 9.2, 13.8. An empty or zero axis gets 0 and 1.
 */
export function roundTicks(max: number, maxTicks = 6): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / (maxTicks - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step =
    power * STEP_FACTORS.find(f => f * power >= rough - 1e-9 * power)!;
  const count = Math.ceil(max / step - 1e-9);
  // Multiplied, not added up, so no tick carries a float's error (0.30000000000000004).
  return Array.from(
    { length: count + 1 },
    (_, i) => Math.round(i * step * 1e6) / 1e6,
  );
}
