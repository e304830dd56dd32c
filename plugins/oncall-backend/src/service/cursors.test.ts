import { decodeCursor, encodeCursor } from './cursors';

describe('interrupt cursors', () => {
  it('round-trips the position', () => {
    expect(
      decodeCursor(encodeCursor('2026-03-01T08:00:00.000Z', 'abc')),
    ).toEqual({ receivedAt: new Date('2026-03-01T08:00:00.000Z'), id: 'abc' });
  });

  it.each(['garbage', encodeCursor('not a date', 'x'), 'W10'])(
    'refuses a cursor it did not make (%s)',
    cursor => {
      expect(() => decodeCursor(cursor)).toThrow('cursor');
    },
  );
});
