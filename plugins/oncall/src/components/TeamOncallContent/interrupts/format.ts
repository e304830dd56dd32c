import { InterruptCategory } from '@agile-ops/plugin-oncall-common';

/** How each interrupt category is named on screen. */
export const CATEGORY_LABELS: Record<InterruptCategory, string> = {
  incident: 'Incident',
  request: 'Request',
  question: 'Question',
  alert: 'Alert',
  other: 'Other',
};

/** Minutes as "45 min", "2 h" or "1 h 30 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** A share of capacity (0.125) as a percentage ("12.5 %"), to one decimal place. */
export function formatShare(share: number): string {
  const percent = Math.round(share * 1000) / 10;
  return `${percent} %`;
}
