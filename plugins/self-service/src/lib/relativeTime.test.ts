import { absoluteTime, relativeTime } from './relativeTime';

describe('relativeTime', () => {
  const now = new Date('2026-03-10T12:00:00.000Z');
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it.each([
    [0, 'just now'],
    [59, 'just now'],
    [60, '1 minute ago'],
    [5 * 60 + 30, '5 minutes ago'],
    [3600, '1 hour ago'],
    [23 * 3600, '23 hours ago'],
    [24 * 3600, 'yesterday'],
    [3 * 24 * 3600, '3 days ago'],
    [7 * 24 * 3600, 'last week'],
    [20 * 24 * 3600, '2 weeks ago'],
    [45 * 24 * 3600, 'last month'],
    [200 * 24 * 3600, '6 months ago'],
    [800 * 24 * 3600, '2 years ago'],
  ])('says %i seconds ago is "%s"', (seconds, text) => {
    expect(relativeTime(ago(seconds), now)).toBe(text);
  });

  it('accepts ISO strings, as the backend sends them', () => {
    expect(relativeTime('2026-03-10T09:00:00.000Z', now)).toBe('3 hours ago');
  });

  it('copes with a moment slightly ahead of the local clock', () => {
    expect(relativeTime(ago(-30), now)).toBe('just now');
    expect(relativeTime(ago(-120), now)).toBe('in 2 minutes');
  });

  it('does not pretend to know an unreadable time', () => {
    expect(relativeTime('not a date', now)).toBe('at an unknown time');
    expect(absoluteTime('not a date')).toBe('not a date');
  });

  it('gives the full date and time for a tooltip', () => {
    expect(absoluteTime('2026-03-10T09:00:00.000Z')).toBe(
      new Date('2026-03-10T09:00:00.000Z').toLocaleString(),
    );
  });
});
