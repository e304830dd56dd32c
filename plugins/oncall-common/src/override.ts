import { parseInstant } from './instants';
import { Override } from './schema/openapi.generated';
import {
  fieldPath,
  requireEntityRef,
  requireRecord,
  requireString,
} from './validation';

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
