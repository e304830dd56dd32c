import { InputError } from '@backstage/errors';
import {
  decodeCursor,
  decodeOffsetCursor,
  decodeTimeCursor,
  encodeCursor,
} from './cursors';
import { LIMITS } from './limits';

describe('cursors', () => {
  it('round-trips a position', () => {
    const position = { at: '2026-01-02T03:04:05.678Z', id: '42' };
    const cursor = encodeCursor(position);
    expect(decodeCursor(cursor, ['at', 'id'])).toEqual(position);
  });

  it('is URL-safe and opaque', () => {
    const cursor = encodeCursor({ offset: '100', note: '??>>~~' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('offset');
    expect(decodeCursor(cursor, ['offset']).offset).toBe('100');
  });

  it.each([
    ['not base64 at all', '%%%'],
    [
      'base64 of something that is not JSON',
      Buffer.from('hello').toString('base64url'),
    ],
    ['JSON null', encodeCursor(null as unknown as Record<string, string>)],
    ['a JSON string', Buffer.from('"at"').toString('base64url')],
    ['a missing field', encodeCursor({ at: '2026-01-01T00:00:00Z' })],
    ['a field of the wrong type', encodeCursor({ at: 'x', id: 7 })],
    ['an empty cursor', ''],
  ])('rejects %s with an InputError', (_label, cursor) => {
    expect(() => decodeCursor(cursor, ['at', 'id'])).toThrow(InputError);
    expect(() => decodeCursor(cursor, ['at', 'id'])).toThrow(
      'cursor is not valid; pass the nextCursor of an earlier page',
    );
  });

  it('refuses a cursor longer than the limit without decoding it', () => {
    const long = encodeCursor({ at: 'x'.repeat(LIMITS.cursorLength), id: '1' });
    expect(long.length).toBeGreaterThan(LIMITS.cursorLength);
    expect(() => decodeCursor(long, ['at', 'id'])).toThrow(
      'cursor is not valid',
    );
  });

  it.each([['-1'], ['1.5'], ['NaN'], ['1e300'], ['']])(
    'refuses the offset %j',
    offset => {
      expect(() => decodeOffsetCursor(encodeCursor({ offset }))).toThrow(
        'cursor is not valid',
      );
    },
  );

  it('reads a valid offset', () => {
    expect(decodeOffsetCursor(encodeCursor({ offset: '150' }))).toBe(150);
  });

  it('reads a time cursor and refuses one whose instant is no date', () => {
    expect(
      decodeTimeCursor(
        encodeCursor({ at: '2026-01-02T03:04:05.000Z', id: '7' }),
      ),
    ).toEqual({ at: new Date('2026-01-02T03:04:05.000Z'), id: '7' });
    expect(() =>
      decodeTimeCursor(encodeCursor({ at: 'yesterday-ish', id: '7' })),
    ).toThrow('cursor is not valid');
  });
});
