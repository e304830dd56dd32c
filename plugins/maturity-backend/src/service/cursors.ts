import { InputError } from '@backstage/errors';
import { LIMITS } from './limits';

// Cursors are opaque to clients: base64url of the JSON position of the last item of a page.

const invalid = () =>
  new InputError('cursor is not valid; pass the nextCursor of an earlier page');

/** Encodes a position in a list into an opaque cursor. */
export function encodeCursor(
  position: Record<string, string | number>,
): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** Decodes a cursor made by {@link encodeCursor}, checking it has the expected string fields. */
export function decodeCursor<K extends string>(
  cursor: string,
  keys: readonly K[],
): Record<K, string> {
  // A cursor longer than any we hand out is refused before it is decoded or parsed.
  if (cursor.length > LIMITS.cursorLength) throw invalid();
  try {
    const parsed = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    if (keys.every(k => typeof parsed?.[k] === 'string')) {
      return parsed;
    }
  } catch {
    // fall through to the error below
  }
  throw invalid();
}

/** Decodes the cursor of an offset-paged list: a non-negative safe integer offset. */
export function decodeOffsetCursor(cursor: string): number {
  const { offset } = decodeCursor(cursor, ['offset']);
  if (!/^\d{1,15}$/.test(offset)) throw invalid();
  return Number(offset);
}

/** Decodes the cursor of a time-ordered list: the instant and id of the last item seen. */
export function decodeTimeCursor(cursor: string): { at: Date; id: string } {
  const position = decodeCursor(cursor, ['at', 'id']);
  const at = new Date(position.at);
  // A cursor with a made-up instant would reach the database as an invalid date.
  if (Number.isNaN(at.getTime())) throw invalid();
  return { at, id: position.id };
}
