import {
  CreateRotationRequest,
  RotationRole,
} from '@agile-ops/plugin-oncall-common';
import { DateTime, IANAZone } from 'luxon';

/** The roles offered when creating a rotation, PoTW first. */
export const ROLE_OPTIONS: ReadonlyArray<{ id: RotationRole; label: string }> =
  [
    { id: 'potw', label: 'PoTW (Person of the Week)' },
    { id: 'primary', label: 'Primary on-call' },
    { id: 'secondary', label: 'Secondary on-call' },
  ];

/** The shift lengths offered, as the ISO 8601 durations the API takes. */
export const SHIFT_LENGTHS = [
  { id: 'P1W', label: '1 week' },
  { id: 'P1D', label: '1 day' },
  { id: 'PT12H', label: '12 hours' },
] as const;

/** ISO weekdays, Monday (1) first. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7].map(weekday => ({
  id: weekday,
  // 1 January 2024 was a Monday.
  label: DateTime.utc(2024, 1, weekday).toFormat('cccc'),
}));

/** What the create-rotation form holds. */
export interface RotationForm {
  name: string;
  role: RotationRole;
  timezone: string;
  /** User refs in the order they take turns. */
  participants: string[];
  weekday: number;
  /** `HH:mm`. */
  time: string;
  shiftLength: string;
  /** `YYYY-MM-DD`. */
  startDate: string;
}

/** A fresh form: a weekly PoTW handing over Monday 09:00 in `zone`, starting today there. */
export function initialRotationForm(zone: string): RotationForm {
  return {
    name: '',
    role: 'potw',
    timezone: zone,
    participants: [],
    weekday: 1,
    time: '09:00',
    shiftLength: 'P1W',
    startDate: DateTime.now().setZone(zone).toISODate()!,
  };
}

/** Why `timezone` is not usable, or `undefined` when it names an IANA zone. */
export function timezoneProblem(timezone: string): string | undefined {
  // Offsets such as "+02:00" are valid to luxon but would not follow daylight saving.
  if (!/^[A-Za-z]/.test(timezone) || !IANAZone.isValidZone(timezone)) {
    return 'Enter an IANA time zone such as Europe/Berlin.';
  }
  return undefined;
}

/** The first problem of the form in words, or `undefined` when it can be sent. */
export function rotationFormProblem(form: RotationForm): string | undefined {
  if (!form.name.trim()) return 'Enter a name.';
  const zone = timezoneProblem(form.timezone.trim());
  if (zone) return zone;
  if (form.participants.length === 0) return 'Choose at least one participant.';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(form.time)) {
    return 'Enter the hand-off time as HH:mm.';
  }
  if (!DateTime.fromISO(form.startDate).isValid) return 'Enter a start date.';
  return undefined;
}

/** The request for a new rotation of `owner` from the form; its first version applies now. */
export function toCreateRotationRequest(
  owner: string,
  form: RotationForm,
): CreateRotationRequest {
  return {
    owner,
    name: form.name.trim(),
    version: {
      timezone: form.timezone.trim(),
      role: form.role,
      participants: form.participants,
      handoff: { weekday: form.weekday, time: form.time },
      shiftLength: form.shiftLength,
      startDate: form.startDate,
    },
  };
}
