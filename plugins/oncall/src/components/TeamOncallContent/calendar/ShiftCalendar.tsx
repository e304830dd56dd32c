import { RotationResponse } from '@agile-ops/plugin-oncall-common';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { oncallApiRef } from '../../../api/OncallApi';
import { useTeam } from '../shared/TeamContext';
import { timeWindow, viewerZone } from '../shared/time';
import {
  calendarRange,
  CalendarView,
  stepAnchor,
  toTiles,
} from './calendarModel';
import { CalendarToolbar } from './CalendarToolbar';
import { MonthView } from './MonthView';
import { WeekView } from './WeekView';

/** Props of {@link ShiftCalendar}. */
export interface ShiftCalendarProps {
  rotation: RotationResponse;
}

function participantsOf(rotation: RotationResponse): string[] {
  // Newest version first, so today's order decides the colours.
  return [
    ...new Set([...rotation.versions].reverse().flatMap(v => v.participants)),
  ];
}

/**
 * Who covers the rotation, by week or by month, on the rotation's wall clock; loads the
 * shifts and gaps of exactly the days shown.
 */
export function ShiftCalendar(props: ShiftCalendarProps) {
  const { rotation } = props;
  const zone = rotation.timezone;
  const api = useApi(oncallApiRef);
  const { displayName, version } = useTeam();
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState<DateTime>(() =>
    DateTime.now().setZone(zone),
  );
  // The rotation may change under a kept anchor; show the same date in the new zone.
  const zoned = anchor.setZone(zone, { keepLocalTime: true });
  const range = calendarRange(view, zoned);
  const { from, to } = timeWindow(range.from, range.to);

  const key = `${rotation.id} ${from} ${to}`;
  const { value: loaded, error } = useAsync(
    async () => ({
      key,
      shifts: await api.getShifts(rotation.id, { from, to }),
    }),
    [api, key, version],
  );
  // After a write the last answer stays up while the new one loads; after navigating it does
  // not, since it belongs to other days.
  const value = loaded?.key === key ? loaded.shifts : undefined;
  const tiles = useMemo(
    () => (value ? toTiles(value.shifts, value.gaps) : []),
    [value],
  );
  const viewer = viewerZone();
  const label = `Shifts of ${rotation.name}, ${range.title}`;
  const viewProps = {
    label,
    range,
    tiles,
    today: DateTime.now().setZone(zone),
    participants: participantsOf(rotation),
    displayName,
  };

  return (
    <div>
      <CalendarToolbar
        view={view}
        title={range.title}
        onViewChange={setView}
        onStep={direction => setAnchor(stepAnchor(view, zoned, direction))}
        onToday={() => setAnchor(DateTime.now().setZone(zone))}
      />
      <Typography variant="body2" color="textSecondary" paragraph>
        Times are in {zone}, the rotation's time zone
        {viewer !== zone ? ` (yours is ${viewer})` : ''}.
      </Typography>
      {error && <ResponseErrorPanel error={error} />}
      {!error && !value && <Progress />}
      {!error &&
        value &&
        (view === 'week' ? (
          <WeekView {...viewProps} />
        ) : (
          <MonthView {...viewProps} month={zoned.month} />
        ))}
    </div>
  );
}
