import { iso as isoOf, toDate } from './timestamps';

describe('toDate', () => {
  const iso = '2026-03-04T05:06:07.891Z';
  const ms = Date.parse(iso);

  it('returns a Date as it is', () => {
    const date = new Date(iso);
    expect(toDate(date)).toBe(date);
  });

  it('reads epoch milliseconds as a number', () => {
    expect(toDate(ms).toISOString()).toBe(iso);
    expect(toDate(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });

  it('reads epoch milliseconds as a numeric string', () => {
    expect(toDate(String(ms)).toISOString()).toBe(iso);
    expect(toDate('0').toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });

  it('reads SQLite text timestamps as UTC', () => {
    expect(toDate('2026-03-04 05:06:07.891').toISOString()).toBe(iso);
    expect(toDate('2026-03-04 05:06:07').toISOString()).toBe(
      '2026-03-04T05:06:07.000Z',
    );
  });

  it('reads ISO strings', () => {
    expect(toDate(iso).toISOString()).toBe(iso);
    expect(toDate('2026-03-04T07:06:07.891+02:00').toISOString()).toBe(iso);
  });

  it('returns a Date for every kind of input', () => {
    for (const value of [new Date(ms), ms, String(ms), iso]) {
      const result = toDate(value);
      expect(result).toBeInstanceOf(Date);
      expect(result.getTime()).toBe(ms);
    }
  });
});

describe('iso', () => {
  it('gives every kind of column value as a UTC ISO string', () => {
    const at = '2026-03-04T05:06:07.891Z';
    expect(
      [new Date(at), Date.parse(at), '2026-03-04 05:06:07.891'].map(isoOf),
    ).toEqual([at, at, at]);
  });
});
