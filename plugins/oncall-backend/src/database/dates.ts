/**
 * A timestamp column as a driver returns it: PostgreSQL a Date, SQLite the milliseconds knex
 * wrote (or text for values written by SQL defaults).
 */
export type Timestamp = Date | number | string;

/** Reads a timestamp column as a Date; see {@link Timestamp} for what drivers return. */
export function toDate(value: Timestamp): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  const asNumber = Number(value);
  return Number.isFinite(asNumber)
    ? new Date(asNumber)
    : new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
}

/** A timestamp column as the API's UTC ISO 8601 string. */
export function iso(value: Timestamp): string {
  return toDate(value).toISOString();
}
