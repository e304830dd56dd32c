import { makeStyles } from '@material-ui/core';
import { DateTime } from 'luxon';
import { CalendarRange, segmentsOfDay, toTiles } from './calendarModel';
import { DayCoverage } from './DayCoverage';
import { useCalendarTableStyles } from './useCalendarTableStyles';

const useStyles = makeStyles(theme => ({
  header: { borderBottom: `1px solid ${theme.palette.divider}` },
  cell: { verticalAlign: 'top', padding: theme.spacing(0.5) },
}));

/** Props of {@link WeekView} and {@link MonthView}. */
export interface CalendarViewProps {
  label: string;
  range: CalendarRange;
  tiles: ReturnType<typeof toTiles>;
  today: DateTime;
  participants: ReadonlyArray<string>;
  displayName: (ref: string) => string;
}

/** Seven day columns, each drawing who covers which hours of the day to scale. */
export function WeekView(props: CalendarViewProps) {
  const { label, range, tiles, today, participants, displayName } = props;
  const shared = useCalendarTableStyles();
  const classes = useStyles();
  return (
    <table className={shared.table} aria-label={label}>
      <thead>
        <tr>
          {range.days.map(day => (
            <th
              key={day.toISODate()}
              scope="col"
              className={`${shared.header} ${classes.header} ${
                day.hasSame(today, 'day') ? shared.today : ''
              }`}
              aria-current={day.hasSame(today, 'day') ? 'date' : undefined}
            >
              {day.toFormat('ccc d LLL')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {range.days.map(day => (
            <td key={day.toISODate()} className={classes.cell}>
              <DayCoverage
                day={day}
                segments={segmentsOfDay(tiles, day)}
                participants={participants}
                displayName={displayName}
                scaled
              />
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
