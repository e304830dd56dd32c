import { DateTime } from 'luxon';

/**
 * Weekday, day and month, then the time on a 24-hour clock: "Mon 2 Dec, 09:00". No year: the
 * card shows hand-offs of the coming days and weeks.
 */
const DATE_TIME = 'ccc d LLL, HH:mm';

/**
 * An instant on the viewer's wall clock and, when that clock reads differently there, on the
 * rotation's: "Mon 2 Dec, 09:00 (your time) · 09:00 Europe/Berlin". A team spread over zones
 * agrees hand-offs in the rotation's zone, while each reader plans in their own.
 *
 * @remarks
 * Zones with the same offset at that instant (Paris and Berlin) give one time only: a second
 * identical time says nothing. The rotation's part repeats the date only when its day differs.
 */
export function formatInstantInZones(
  instant: string,
  rotationZone: string,
  viewerZone?: string,
): string {
  // Without a zone, luxon's default: the browser's, unless the app or a test set another.
  const viewer = DateTime.fromISO(instant, { zone: viewerZone });
  if (!viewer.isValid) return instant;
  const viewerText = viewer.toFormat(DATE_TIME);

  const there = viewer.setZone(rotationZone);
  // An unknown zone name must not hide the time the viewer can still use.
  if (!there.isValid || there.offset === viewer.offset) return viewerText;

  const sameDay = there.toISODate() === viewer.toISODate();
  const thereText = there.toFormat(sameDay ? 'HH:mm' : DATE_TIME);
  return `${viewerText} (your time) · ${thereText} ${rotationZone}`;
}
