const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// The card's words are English; the phrase next to them should be too, whatever the browser.
const FORMAT = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * How long ago (or, with a skewed clock, in how long) a moment is, in the largest whole unit:
 * "just now", "5 minutes ago", "yesterday", "3 weeks ago".
 */
export function relativeTime(
  at: string | Date,
  now: Date = new Date(),
): string {
  const seconds = (new Date(at).getTime() - now.getTime()) / 1000;
  if (Number.isNaN(seconds)) return 'at an unknown time';
  const unit = UNITS.find(([, size]) => Math.abs(seconds) >= size);
  if (!unit) return 'just now';
  const [name, size] = unit;
  return FORMAT.format(Math.trunc(seconds / size), name);
}

/** A moment as a full date and time in the reader's locale, for a tooltip next to the phrase. */
export function absoluteTime(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString();
}
