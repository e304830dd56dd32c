// What the import needs to know about each VEVENT before expanding it.

import ICAL from 'ical.js';
import {
  instantOf,
  readTime,
  valuesOf,
  wallOfTime,
  ZoneRef,
  zoneOf,
} from './zones';

/** A VEVENT with its place in the file and what it says about its series. */
export interface EventInfo {
  readonly event: ICAL.Component;
  readonly order: number;
  readonly uid: string;
  readonly where: string;
  readonly cancelled: boolean;
  readonly sequence: number;
  /** For a RECURRENCE-ID instance: the instant of the occurrence it replaces. */
  readonly replaces?: number;
}

/**
 * Reads UID, STATUS, SEQUENCE and RECURRENCE-ID of an event; an event without UID is named by
 * its position, so that messages can still point to it.
 */
export function describeEvent(
  event: ICAL.Component,
  order: number,
  floating: ZoneRef,
): EventInfo {
  const uidValue = event.getFirstPropertyValue('uid');
  const uid =
    typeof uidValue === 'string' && uidValue.trim()
      ? uidValue.trim()
      : `VEVENT #${order + 1}`;
  const where = `event ${uid}`;
  const status = event.getFirstPropertyValue('status');
  const sequence = Number(event.getFirstPropertyValue('sequence') ?? 0);
  const info = {
    event,
    order,
    uid,
    where,
    cancelled:
      typeof status === 'string' && status.toUpperCase() === 'CANCELLED',
    sequence: Number.isFinite(sequence) ? sequence : 0,
  };
  const recurrenceId = event.getFirstProperty('recurrence-id');
  if (!recurrenceId) {
    return info;
  }
  if (
    String(recurrenceId.getParameter('range') ?? '').toUpperCase() ===
    'THISANDFUTURE'
  ) {
    throw new RangeError(
      `ics ${where}: RECURRENCE-ID;RANGE=THISANDFUTURE is not supported`,
    );
  }
  const time = readTime(recurrenceId, valuesOf(recurrenceId, where)[0], where);
  const zone = zoneOf(recurrenceId, time, floating, where);
  return { ...info, replaces: instantOf(wallOfTime(time), zone) };
}

/**
 * The RECURRENCE-ID instances that count: per UID and occurrence, the one with the highest SEQUENCE,
 * and of equal ones the last in the file.
 */
export function latestInstances(
  events: EventInfo[],
): Map<string, Map<number, EventInfo>> {
  const byUid = new Map<string, Map<number, EventInfo>>();
  for (const info of events) {
    if (info.replaces === undefined) continue;
    const instances = byUid.get(info.uid) ?? new Map<number, EventInfo>();
    const current = instances.get(info.replaces);
    if (!current || info.sequence >= current.sequence) {
      instances.set(info.replaces, info);
    }
    byUid.set(info.uid, instances);
  }
  return byUid;
}
