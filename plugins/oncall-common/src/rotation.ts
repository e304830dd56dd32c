import { DateTime, IANAZone } from 'luxon';
import { parsePositiveDuration } from './durations';
import { parseInstant } from './instants';
import { describeValue } from '@agile-ops/common';
import { RotationVersion, spec } from './schema/openapi.generated';
import {
  fieldPath,
  requireEntityRef,
  requireRecord,
  requireString,
} from './validation';

/**
 * The roles every installation knows; a rotation may also use its own kebab-case role.
 *
 * @public
 */
export const ROTATION_ROLES = ['potw', 'primary', 'secondary'] as const;

/**
 * What a rotation is for: Person of the Week, primary or secondary on-call, or a custom role.
 *
 * @public
 */
export type RotationRole = (typeof ROTATION_ROLES)[number] | (string & {});

/**
 * A rotation of one group, with every version of its rules: what the resolver needs of it.
 * (The API's `RotationResponse` has more, such as who created it and where it came from.)
 *
 * @public
 */
export interface Rotation {
  /** Stable id of the rotation. */
  readonly id: string;
  /** Entity ref of the owning group, such as `group:default/team-a`. */
  readonly owner: string;
  /** Optional display name. */
  readonly name?: string;
  /** Versions of the rules; their order does not matter, their `effectiveFrom` must differ. */
  readonly versions: ReadonlyArray<RotationVersion>;
}

/**
 * A rotation for the resolver: either the whole `Rotation` (then each override's `rotationId`
 * must be its id) or just its versions.
 *
 * @public
 */
export type RotationInput = Rotation | ReadonlyArray<RotationVersion>;

/**
 * The shortest shift a rotation may have; shorter ones would only make windows huge.
 *
 * @public
 */
export const MIN_SHIFT_LENGTH = 'PT1H';

// The API's pattern for roles, so a role the resolver takes is one the API takes too.
const ROLE = new RegExp(spec.components.schemas.Role.pattern);
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Region/City names; refuses offsets such as "+02:00" that Intl would otherwise accept.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * Throws unless `timezone` names an IANA time zone known to the runtime.
 *
 * @public
 */
export function validateTimezone(timezone: unknown, field = 'timezone'): void {
  if (
    typeof timezone !== 'string' ||
    !ZONE_NAME.test(timezone) ||
    !IANAZone.isValidZone(timezone)
  ) {
    throw new RangeError(
      `${field} ${describeValue(timezone)} is not an IANA time zone`,
    );
  }
}

function validateHandoff(handoff: unknown, field: string): void {
  requireRecord(handoff, field);
  const { weekday, time } = handoff;
  if (
    typeof weekday !== 'number' ||
    !Number.isInteger(weekday) ||
    weekday < 1 ||
    weekday > 7
  ) {
    throw new RangeError(
      `${field}.weekday must be an integer from 1 (Monday) to 7 (Sunday), got ${describeValue(
        weekday,
      )}`,
    );
  }
  if (typeof time !== 'string' || !HH_MM.test(time)) {
    throw new RangeError(
      `${field}.time must be a local time "HH:mm" from 00:00 to 23:59, got ${describeValue(
        time,
      )}`,
    );
  }
}

function validateStartDate(startDate: unknown, field: string): void {
  const valid =
    typeof startDate === 'string' &&
    LOCAL_DATE.test(startDate) &&
    DateTime.fromISO(startDate, { zone: 'utc' }).isValid;
  if (!valid) {
    throw new RangeError(
      `${field} must be a calendar date "YYYY-MM-DD", got ${describeValue(
        startDate,
      )}`,
    );
  }
}

/**
 * Throws a `TypeError` or `RangeError` whose message names the first bad field of a version,
 * prefixed with `path` (for example `versions[2].timezone`).
 *
 * @public
 */
export function validateRotationVersion(
  version: unknown,
  path = '',
): asserts version is RotationVersion {
  requireRecord(version, path);
  const at = (name: string) => fieldPath(path, name);
  parseInstant(version.effectiveFrom, at('effectiveFrom'));
  validateTimezone(version.timezone, at('timezone'));
  if (typeof version.role !== 'string' || !ROLE.test(version.role)) {
    throw new RangeError(
      `${at(
        'role',
      )} must be "potw", "primary", "secondary" or another kebab-case name, got ${describeValue(
        version.role,
      )}`,
    );
  }
  const participants = version.participants;
  if (!Array.isArray(participants)) {
    throw new TypeError(
      `${at(
        'participants',
      )} must be an array of user entity refs, got ${describeValue(
        participants,
      )}`,
    );
  }
  if (participants.length === 0) {
    throw new RangeError(`${at('participants')} must not be empty`);
  }
  participants.forEach((participant, index) =>
    requireEntityRef(participant, `${at('participants')}[${index}]`, 'user'),
  );
  validateHandoff(version.handoff, at('handoff'));
  parsePositiveDuration(
    version.shiftLength,
    at('shiftLength'),
    MIN_SHIFT_LENGTH,
  );
  validateStartDate(version.startDate, at('startDate'));
}

/**
 * Throws unless every version is valid and no two versions take effect at the same instant.
 *
 * @public
 */
export function validateRotationVersions(
  versions: unknown,
  path = 'versions',
): asserts versions is ReadonlyArray<RotationVersion> {
  if (!Array.isArray(versions)) {
    throw new TypeError(
      `${path} must be an array, got ${describeValue(versions)}`,
    );
  }
  const seen = new Map<number, number>();
  versions.forEach((version, index) => {
    validateRotationVersion(version, `${path}[${index}]`);
    const from = parseInstant(version.effectiveFrom, 'effectiveFrom');
    const earlier = seen.get(from);
    if (earlier !== undefined) {
      throw new RangeError(
        `${path}[${index}].effectiveFrom is the same instant as ${path}[${earlier}].effectiveFrom`,
      );
    }
    seen.set(from, index);
  });
}

/**
 * Throws unless the rotation has an id, a group owner and valid versions.
 *
 * @public
 */
export function validateRotation(
  rotation: unknown,
): asserts rotation is Rotation {
  requireRecord(rotation, 'rotation');
  requireString(rotation.id, 'id');
  requireEntityRef(rotation.owner, 'owner', 'group');
  if (rotation.name !== undefined) {
    requireString(rotation.name, 'name');
  }
  validateRotationVersions(rotation.versions);
}
