import { ConfigReader } from '@backstage/config';
import { readOncallSettings } from './settings';

describe('readOncallSettings', () => {
  it('has defaults for every key', () => {
    const settings = readOncallSettings(new ConfigReader({}));
    expect(settings.iterations).toEqual({
      length: 'P2W',
      anchor: '2026-01-05T00:00:00.000Z',
      timezone: 'UTC',
    });
    expect(settings.reminders.enabled).toBe(true);
    expect(settings.reminders.before.toISO()).toBe('PT24H');
    expect(settings.reminders.frequency.toISO()).toBe('PT5M');
    // Demo data is the portal's business (packages/backend/src/demoOncall), not a setting.
    expect(settings).not.toHaveProperty('seedFile');
  });

  it('keeps catalog answers 5 s by default, 0 to 1 minute when configured', () => {
    const ttl = (cacheTtl?: string) =>
      readOncallSettings(
        new ConfigReader(
          cacheTtl === undefined
            ? {}
            : { oncall: { visibility: { cacheTtl } } },
        ),
      ).visibilityCacheTtlMs;
    expect(ttl()).toBe(5_000);
    expect(ttl('PT0S')).toBe(0);
    expect(ttl('PT1M')).toBe(60_000);
    expect(() => ttl('PT2M')).toThrow(/oncall\.visibility\.cacheTtl/);
    expect(() => ttl('soon')).toThrow(/oncall\.visibility\.cacheTtl/);
  });

  it('leaves e-mails out of calendar feeds unless the installation turns them on', () => {
    expect(readOncallSettings(new ConfigReader({})).feeds).toEqual({
      includeEmails: false,
    });
    expect(
      readOncallSettings(
        new ConfigReader({ oncall: { feeds: { includeEmails: true } } }),
      ).feeds,
    ).toEqual({ includeEmails: true });
  });

  it('reads the anchor as local midnight of the iteration time zone', () => {
    const settings = readOncallSettings(
      new ConfigReader({
        oncall: {
          iterations: {
            length: 'P1W',
            anchor: '2026-01-05',
            timezone: 'Europe/Berlin',
          },
        },
      }),
    );
    expect(settings.iterations).toEqual({
      length: 'P1W',
      anchor: '2026-01-04T23:00:00.000Z',
      timezone: 'Europe/Berlin',
    });
  });

  it.each([
    [{ iterations: { timezone: 'Mars/Base' } }, 'oncall.iterations.timezone'],
    [{ iterations: { length: 'two weeks' } }, 'oncall.iterations.length'],
    [{ iterations: { anchor: 'Monday' } }, 'oncall.iterations.anchor'],
    [{ reminders: { before: 'PT0S' } }, 'oncall.reminders.before'],
  ])('names the key of a bad value %o', (oncall, key) => {
    expect(() => readOncallSettings(new ConfigReader({ oncall }))).toThrow(key);
  });
});
