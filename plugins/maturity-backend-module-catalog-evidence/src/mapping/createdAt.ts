import { Entity } from '@backstage/catalog-model';

/**
 * The annotation that dates an entity's start, an ISO 8601 date (`2023-04-01`) or date-time
 * (`2023-04-01T09:00:00Z`); the catalog keeps no creation time of its own that survives a
 * re-import, so age is a fact only where a team wrote it down.
 *
 * @public
 */
export const CREATED_AT_ANNOTATION = 'agile-ops/created-at';

const DAY_MS = 86_400_000;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** The entity's start as the annotation states it, or why the annotation cannot be used. */
export type CreatedAt =
  | { state: 'absent' }
  | { state: 'invalid'; value: string }
  | { state: 'dated'; value: string; ageDays: number };

/**
 * Reads {@link CREATED_AT_ANNOTATION}: whole days from it to `now`. A value that is not an ISO
 * date, names a day that does not exist (`2023-02-30`) or lies after `now` is `invalid`, never
 * guessed at.
 */
export function createdAt(entity: Entity, now: Date): CreatedAt {
  const raw = entity.metadata.annotations?.[CREATED_AT_ANNOTATION];
  if (raw === undefined) return { state: 'absent' };
  const value = String(raw).trim();
  const match = ISO.exec(value);
  if (!match) return { state: 'invalid', value };
  // Date() rolls 2023-02-30 over to March; a day that does not exist is an error, not March.
  const [year, month, day] = match.slice(1, 4).map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day
  ) {
    return { state: 'invalid', value };
  }
  const at = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  const ageMs = now.getTime() - at.getTime();
  if (Number.isNaN(ageMs) || ageMs < 0) return { state: 'invalid', value };
  return { state: 'dated', value, ageDays: Math.floor(ageMs / DAY_MS) };
}
