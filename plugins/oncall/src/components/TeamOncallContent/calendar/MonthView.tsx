import { makeStyles, Typography } from '@material-ui/core';
import { segmentsOfDay } from './calendarModel';
import { DayCoverage } from './DayCoverage';
import { useCalendarTableStyles } from './useCalendarTableStyles';
import { CalendarViewProps } from './WeekView';

const useStyles = makeStyles(theme => ({
  cell: {
    verticalAlign: 'top',
    padding: theme.spacing(0.5),
    border: `1px solid ${theme.palette.divider}`,
    height: 96,
  },
  outside: { opacity: 0.5 },
}));

/** Props of {@link MonthView}: those of the week view plus the month shown. */
export interface MonthViewProps extends CalendarViewProps {
  /** Month number (1–12) of the month shown; days of the weeks around it are dimmed. */
  month: number;
}

/** A month grid, Monday first, with the people covering each day. */
export function MonthView(props: MonthViewProps) {
  const { label, range, tiles, today, participants, displayName, month } =
    props;
  const shared = useCalendarTableStyles();
  const classes = useStyles();
  const weeks = [];
  for (let i = 0; i < range.days.length; i += 7) {
    weeks.push(range.days.slice(i, i + 7));
  }
  return (
    <table className={shared.table} aria-label={label}>
      <thead>
        <tr>
          {range.days.slice(0, 7).map(day => (
            <th
              key={day.weekday}
              scope="col"
              className={shared.header}
              abbr={day.toFormat('cccc')}
            >
              {day.toFormat('ccc')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map(week => (
          <tr key={week[0].toISODate()}>
            {week.map(day => {
              const isToday = day.hasSame(today, 'day');
              return (
                <td
                  key={day.toISODate()}
                  className={`${classes.cell} ${
                    day.month === month ? '' : classes.outside
                  } ${isToday ? shared.today : ''}`}
                  aria-current={isToday ? 'date' : undefined}
                >
                  <Typography variant="body2" component="div">
                    {day.day}
                  </Typography>
                  <DayCoverage
                    day={day}
                    segments={segmentsOfDay(tiles, day)}
                    participants={participants}
                    displayName={displayName}
                  />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
