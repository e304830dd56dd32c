import { parseInstant } from './instants';

describe('parseInstant', () => {
  it('reads instants with Z or an offset', () => {
    const ms = Date.parse('2026-03-30T07:00:00Z');
    expect(parseInstant('2026-03-30T07:00:00Z', 'from')).toBe(ms);
    expect(parseInstant('2026-03-30T09:00:00+02:00', 'from')).toBe(ms);
    expect(parseInstant('2026-03-30T09:00+0200', 'from')).toBe(ms);
    expect(parseInstant(new Date(ms), 'from')).toBe(ms);
  });

  it('refuses a time without an offset, which would be read in the machine zone', () => {
    expect(() => parseInstant('2026-03-30T09:00:00', 'start')).toThrow(
      new TypeError(
        'start must be an ISO 8601 date-time with an offset or Z, got "2026-03-30T09:00:00"',
      ),
    );
    expect(() => parseInstant('2026-03-30', 'start')).toThrow(TypeError);
  });

  it('refuses what is not a real instant, naming the field', () => {
    expect(() => parseInstant('2026-02-30T09:00:00Z', 'end')).toThrow(
      /^end must be an ISO 8601 date-time/,
    );
    expect(() => parseInstant(1234, 'end')).toThrow('got 1234');
    expect(() => parseInstant(new Date(NaN), 'end')).toThrow(
      new RangeError('end is an invalid Date'),
    );
  });
});
