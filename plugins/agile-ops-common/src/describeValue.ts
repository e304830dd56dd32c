/**
 * Renders an offending value for an error message.
 *
 * @remarks
 * Strings are quoted so that `"3"` and `3` can be told apart, and NaN/Infinity survive
 * (JSON.stringify would turn them into `null`); objects are named by their kind, not dumped,
 * so that a message stays short whatever a caller sent.
 *
 * @public
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  }
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'function' || typeof value === 'symbol') {
    return `a ${typeof value}`;
  }
  return String(value);
}
