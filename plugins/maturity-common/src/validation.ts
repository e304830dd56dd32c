// Internal helpers for input checks; not part of the public API.

/**
 * True for non-null, non-array objects, the only shape accepted for records.
 *
 * @internal
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
