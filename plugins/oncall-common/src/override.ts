import { parseInstant } from './instants';
import {
  fieldPath,
  requireEntityRef,
  requireRecord,
  requireString,
} from './validation';

/**
 * Someone covering a rotation for a stretch of time instead of whoever the rotation names.
 *
 * @remarks
 * An override wins over the rotation for all of `[start, end)`, including stretches where the
 * rotation has nobody. When overrides overlap, the one created last wins where they overlap.
 * `replaces` records whom the override relieves, for display and notifications; it does not
 * narrow the override to that person's shifts.
 *
 * @public
 */
export interface Override {
  /** Stable id of the override. */
  readonly id: string;
  /** Id of the rotation it applies to. */
  readonly rotationId: string;
  /** User entity ref of the person covering. */
  readonly user: string;
  /** First instant covered (ISO 8601 with an offset or `Z`). */
  readonly start: string;
  /** First instant no longer covered; after `start`. */
  readonly end: string;
  /** User entity ref of the person relieved, if the override was made for someone. */
  readonly replaces?: string;
  /** Why the override exists. */
  readonly reason?: string;
  /** Entity ref of whoever created it. */
  readonly createdBy: string;
  /** When it was created; decides which of two overlapping overrides wins. */
  readonly createdAt: string;
}

/**
 * Throws a `TypeError` or `RangeError` whose message names the first bad field of an override,
 * prefixed with `path` (for example `overrides[1].end`).
 *
 * @public
 */
export function validateOverride(
  override: unknown,
  path = '',
): asserts override is Override {
  requireRecord(override, path);
  const at = (name: string) => fieldPath(path, name);
  requireString(override.id, at('id'));
  requireString(override.rotationId, at('rotationId'));
  requireEntityRef(override.user, at('user'), 'user');
  const start = parseInstant(override.start, at('start'));
  const end = parseInstant(override.end, at('end'));
  if (end <= start) {
    throw new RangeError(`${at('end')} must be after ${at('start')}`);
  }
  if (override.replaces !== undefined) {
    requireEntityRef(override.replaces, at('replaces'), 'user');
  }
  if (override.reason !== undefined && typeof override.reason !== 'string') {
    throw new TypeError(`${at('reason')} must be a string`);
  }
  requireString(override.createdBy, at('createdBy'));
  parseInstant(override.createdAt, at('createdAt'));
}
