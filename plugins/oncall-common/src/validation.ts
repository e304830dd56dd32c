// Internal helpers for input checks and their error messages; not part of the public API.

import { describeValue } from '@agile-ops/common';

/**
 * True for non-null, non-array objects, the only shape accepted for records.
 *
 * @internal
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Joins a path prefix and a field name the way error messages spell them: `versions[0].timezone`.
 *
 * @internal
 */
export function fieldPath(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

/**
 * Throws unless `value` is an object, naming `field` (or "value" at the top level).
 *
 * @internal
 */
export function requireRecord(
  value: unknown,
  field: string,
): asserts value is Record<string, unknown> {
  if (!isRecord(value)) {
    throw new TypeError(
      `${field || 'value'} must be an object, got ${describeValue(value)}`,
    );
  }
}

/**
 * Throws unless `value` is a non-empty string.
 *
 * @internal
 */
export function requireString(
  value: unknown,
  field: string,
): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(
      `${field} must be a non-empty string, got ${describeValue(value)}`,
    );
  }
}

const ENTITY_REF = /^([a-z][a-z0-9-]*):([^\s:/]+)\/([^\s:/]+)$/;

/**
 * Throws unless `value` is a full entity ref of the given kind, such as `user:default/jane`.
 *
 * @remarks
 * Only the full, lower-case-kind form that `stringifyEntityRef` produces is accepted, so that
 * two refs to the same person always compare equal as strings.
 *
 * @internal
 */
export function requireEntityRef(
  value: unknown,
  field: string,
  kind: 'user' | 'group',
): asserts value is string {
  const match = typeof value === 'string' ? ENTITY_REF.exec(value) : null;
  if (!match || match[1] !== kind) {
    throw new TypeError(
      `${field} must be a ${kind} entity ref like "${kind}:default/${
        kind === 'user' ? 'jane' : 'team-a'
      }", got ${describeValue(value)}`,
    );
  }
}

/**
 * Throws unless `value` is a finite number that is 0 or more.
 *
 * @internal
 */
export function requireNonNegative(
  value: unknown,
  field: string,
): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(
      `${field} must be a finite number of 0 or more, got ${describeValue(
        value,
      )}`,
    );
  }
}
