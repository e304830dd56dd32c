/**
 * A timestamp column as a database driver returns it: PostgreSQL a Date, SQLite the
 * milliseconds knex wrote (or text for values written by SQL defaults).
 *
 * @public
 */
export type Timestamp = Date | number | string;

/**
 * Reads a timestamp column as a Date, whichever database wrote it.
 *
 * @public
 */
export function toDate(value: Timestamp): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  const asNumber = Number(value);
  if (Number.isFinite(asNumber)) return new Date(asNumber);
  // SQL defaults write `YYYY-MM-DD HH:MM:SS` in UTC, without a zone.
  return new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
}

/**
 * A timestamp column as the APIs' UTC ISO 8601 string.
 *
 * @public
 */
export function iso(value: Timestamp): string {
  return toDate(value).toISOString();
}
