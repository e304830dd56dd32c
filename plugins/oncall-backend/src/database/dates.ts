/**
 * Reads a timestamp column: PostgreSQL returns a Date, SQLite the milliseconds knex wrote
 * (or text for values written by SQL defaults).
 */
export function toDate(value: Date | number | string): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  const asNumber = Number(value);
  return Number.isFinite(asNumber)
    ? new Date(asNumber)
    : new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
}

/** A timestamp column as the API's UTC ISO 8601 string. */
export function iso(value: Date | number | string): string {
  return toDate(value).toISOString();
}
