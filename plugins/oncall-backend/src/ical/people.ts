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

/**
 * The ways an event names its person, in the order they are tried; a RangeError naming the
 * event when it has more ATTENDEEs than `maxAttendees`.
 */
export function candidatesOf(
  event: ICAL.Component,
  where: string,
  maxAttendees: number,
): PersonCandidate[] {
  const attendees = event.getAllProperties('attendee');
  if (attendees.length > maxAttendees) {
    throw new RangeError(
      `ics ${where} has ${attendees.length} attendees, more than the limit of ${maxAttendees}`,
    );
  }
  const list: PersonCandidate[] = [];
  const userRef = String(
    event.getFirstPropertyValue('x-agile-ops-user') ?? '',
  ).trim();
  if (userRef) list.push({ userRef });
  for (const property of [
    ...attendees,
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
