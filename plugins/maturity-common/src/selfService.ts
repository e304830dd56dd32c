// Self-service runs are evidence for the automation vector: a team that uses templates to do
// routine work by itself is further along than one that files tickets for it.

/**
 * The automation score that self-service use suggests: no run in the last 90 days proposes
 * nothing (null), 1–4 runs propose 2, 5–19 propose 3 and 20 or more propose 4. Use alone never
 * proposes 5, which also needs things runs cannot show; a person confirms or overrides.
 *
 * @public
 */
export function proposeAutomationScore(runsLast90Days: number): number | null {
  // Written so that NaN and negative counts propose nothing instead of the top score.
  if (!(runsLast90Days >= 1)) return null;
  if (runsLast90Days < 5) return 2;
  if (runsLast90Days < 20) return 3;
  return 4;
}
