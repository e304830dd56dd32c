// Internal helpers for error messages; not part of the public API.

/**
 * Renders an offending value for an error message.
 *
 * @remarks
 * Strings are quoted so that `"3"` and `3` can be told apart in a message,
 * and NaN/Infinity survive (JSON.stringify would turn them into `null`).
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    return String(value);
  }
  if (value === null || value === undefined) {
    return String(value);
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  return `a ${typeof value}`;
}

/**
 * True for non-null, non-array objects, the only shape accepted for records.
 *
 * @internal
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
