const LABELS: Record<string, string> = {
  potw: 'PoTW',
  primary: 'Primary on-call',
  secondary: 'Secondary on-call',
};

/**
 * How a role reads in a calendar: `PoTW`, `Primary on-call`, `Secondary on-call`, or the
 * custom role's own name.
 */
export function roleLabel(role: string): string {
  return LABELS[role] ?? role;
}

// "PoTW: Jane Doe", "Primary on-call: Jane", "On-call - Jane": a short label, then the name.
const LABELLED = /^[^:]{1,40}?(?:\s*:|\s[-–]\s)\s*(\S.*)$/;

/**
 * The person's name in an event summary, without a leading label such as `PoTW: `, so that
 * summaries written by {@link exportCalendar} or by other tools can be matched to users.
 */
export function nameFromSummary(summary: string): string {
  const text = summary.trim();
  return LABELLED.exec(text)?.[1].trim() ?? text;
}
