import { InputError } from '@backstage/errors';

/** An opaque cursor for the position after an interrupt in newest-first order. */
export function encodeCursor(receivedAt: string, id: string): string {
  return Buffer.from(JSON.stringify([receivedAt, id])).toString('base64url');
}

/** Reads a cursor made by {@link encodeCursor}; a tampered one is a 400 naming the field. */
export function decodeCursor(cursor: string): { receivedAt: Date; id: string } {
  try {
    const [receivedAt, id] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    const date = new Date(receivedAt);
    if (typeof id !== 'string' || Number.isNaN(date.getTime()))
      throw new Error();
    return { receivedAt: date, id };
  } catch {
    throw new InputError('cursor is not one this API returned');
  }
}
