import { Settings } from 'luxon';
import { formatInstantInZones } from './time';

describe('formatInstantInZones', () => {
  it("shows the viewer's time first, then the rotation's wall clock", () => {
    // 08:00 UTC is 09:00 in Berlin (CET) and 03:00 in New York (EST).
    expect(
      formatInstantInZones(
        '2024-12-02T08:00:00Z',
        'Europe/Berlin',
        'America/New_York',
      ),
    ).toBe('Mon 2 Dec, 03:00 (your time) · 09:00 Europe/Berlin');
  });

  it("repeats the date in the rotation's zone when its day differs", () => {
    expect(
      formatInstantInZones(
        '2024-12-02T20:00:00Z',
        'Europe/Berlin',
        'Asia/Tokyo',
      ),
    ).toBe('Tue 3 Dec, 05:00 (your time) · Mon 2 Dec, 21:00 Europe/Berlin');
  });

  it('shows one time when both wall clocks read the same', () => {
    for (const viewerZone of ['Europe/Berlin', 'Europe/Paris']) {
      expect(
        formatInstantInZones(
          '2024-12-02T08:00:00Z',
          'Europe/Berlin',
          viewerZone,
        ),
      ).toBe('Mon 2 Dec, 09:00');
    }
  });

  it('follows daylight saving time in each zone on its own dates', () => {
    // New York moved to EDT on 8 March 2026, Berlin only on 29 March: 5 hours apart in between.
    const viewerZone = 'America/New_York';
    expect(
      formatInstantInZones('2026-03-23T08:00:00Z', 'Europe/Berlin', viewerZone),
    ).toBe('Mon 23 Mar, 04:00 (your time) · 09:00 Europe/Berlin');
    expect(
      formatInstantInZones('2026-03-30T07:00:00Z', 'Europe/Berlin', viewerZone),
    ).toBe('Mon 30 Mar, 03:00 (your time) · 09:00 Europe/Berlin');
  });

  it("uses luxon's default zone as the viewer's when none is given", () => {
    const before = Settings.defaultZone;
    Settings.defaultZone = 'Asia/Kolkata';
    try {
      expect(
        formatInstantInZones('2024-12-02T08:00:00Z', 'Europe/Berlin'),
      ).toBe('Mon 2 Dec, 13:30 (your time) · 09:00 Europe/Berlin');
    } finally {
      Settings.defaultZone = before;
    }
  });

  it("still shows the viewer's time when the rotation's zone is unknown", () => {
    expect(
      formatInstantInZones('2024-12-02T08:00:00Z', 'Mars/Olympus', 'UTC'),
    ).toBe('Mon 2 Dec, 08:00');
  });

  it('gives back a string that is not an instant as it is', () => {
    expect(formatInstantInZones('soon', 'Europe/Berlin')).toBe('soon');
  });
});
