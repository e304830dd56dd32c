import { Settings } from 'luxon';

/** The instant every on-call test treats as now: Wednesday 11 March 2026, 11:00 in Berlin. */
export const NOW = '2026-03-11T10:00:00.000Z';

/**
 * Pins luxon's clock and default zone (the viewer's zone) for the tests of the calling file
 * and restores them afterwards, so no assertion depends on the machine's clock or zone.
 */
export function pinClock(zone = 'Europe/Berlin', now = NOW) {
  const saved = { now: Settings.now, zone: Settings.defaultZone };
  beforeEach(() => {
    Settings.now = () => Date.parse(now);
    Settings.defaultZone = zone;
  });
  afterEach(() => {
    Settings.now = saved.now;
    Settings.defaultZone = saved.zone;
  });
}
