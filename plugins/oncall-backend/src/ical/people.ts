import ICAL from 'ical.js';
import { nameFromSummary } from './roles';

/**
 * One way an event may name its person; `resolveUser` receives one field at a time, in the
 * order `userRef` (X-AGILE-OPS-USER), `email` of each ATTENDEE, `email` of the ORGANIZER, then
 * `name` (the SUMMARY without a label such as `PoTW: `).
 */
export interface PersonCandidate {
  readonly userRef?: string;
  readonly email?: string;
  readonly name?: string;
}

function email(value: unknown): string | undefined {
  const match = /^(?:mailto:)?([^\s@:]+@[^\s@]+)$/i.exec(
    String(value ?? '').trim(),
  );
  return match?.[1];
}

/** The candidates of an event, in the order they are tried. */
function candidates(event: ICAL.Component): PersonCandidate[] {
  const list: PersonCandidate[] = [];
  const userRef = String(
    event.getFirstPropertyValue('x-agile-ops-user') ?? '',
  ).trim();
  if (userRef) list.push({ userRef });
  for (const property of [
    ...event.getAllProperties('attendee'),
    ...event.getAllProperties('organizer'),
  ]) {
    const address = email(property.getFirstValue());
    if (address) list.push({ email: address });
  }
  const summary = event.getFirstPropertyValue('summary');
  if (typeof summary === 'string' && summary.trim()) {
    list.push({ name: nameFromSummary(summary) });
  }
  return list;
}

/**
 * The user an event names: the first candidate for which `resolveUser` returns a ref, or
 * undefined when none does.
 */
export function resolvePerson(
  event: ICAL.Component,
  resolveUser: (candidate: PersonCandidate) => string | undefined,
): string | undefined {
  for (const candidate of candidates(event)) {
    const user = resolveUser(candidate);
    if (user) return user;
  }
  return undefined;
}
