import { makeStyles, Typography, useTheme } from '@material-ui/core';
import SwapHorizIcon from '@material-ui/icons/SwapHoriz';
import { DateTime } from 'luxon';
import { dayFraction, DaySegment, describeWhen } from './calendarModel';
import { personColor } from './personColor';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: 2,
  },
  scaled: { height: 280 },
  item: {
    borderRadius: theme.shape.borderRadius,
    padding: theme.spacing(0.25, 0.5),
    overflow: 'hidden',
    minHeight: 22,
    color: theme.palette.text.primary,
    fontSize: theme.typography.caption.fontSize,
  },
  override: {
    border: `2px dashed ${theme.palette.secondary.main}`,
  },
  gap: {
    border: `1px dashed ${theme.palette.error.main}`,
    color: theme.palette.error.main,
    background: `repeating-linear-gradient(45deg, transparent, transparent 4px, ${theme.palette.action.hover} 4px, ${theme.palette.action.hover} 8px)`,
  },
  who: { fontWeight: theme.typography.fontWeightBold as number },
  icon: { fontSize: 14, verticalAlign: 'middle' },
}));

/** Props of {@link DayCoverage}. */
export interface DayCoverageProps {
  day: DateTime;
  segments: DaySegment[];
  participants: ReadonlyArray<string>;
  displayName: (ref: string) => string;
  /** Draw each segment to scale of the day's hours (week view), else one line each. */
  scaled?: boolean;
}

/**
 * Who covers one day, as a list labelled "Who covers Monday 9 March" so assistive technology
 * and browser tests can find a day's coverage; overrides and gaps are marked in words, not
 * only by colour.
 */
export function DayCoverage(props: DayCoverageProps) {
  const { day, segments, participants, displayName, scaled } = props;
  const classes = useStyles();
  const dark = useTheme().palette.type === 'dark';
  return (
    <ul
      className={`${classes.list} ${scaled ? classes.scaled : ''}`}
      aria-label={`Who covers ${day.toFormat('cccc d LLLL')}`}
    >
      {segments.map(segment => {
        const kindClass = {
          gap: classes.gap,
          override: classes.override,
          rotation: '',
        }[segment.kind];
        const style = {
          ...(scaled ? { flex: `${dayFraction(segment, day)} 0 0` } : {}),
          ...(segment.user
            ? { backgroundColor: personColor(segment.user, participants, dark) }
            : {}),
        };
        return (
          <li
            key={segment.start.toMillis()}
            className={`${classes.item} ${kindClass}`}
            style={style}
          >
            <Typography
              component="span"
              variant="caption"
              className={classes.who}
            >
              {segment.user ? displayName(segment.user) : 'Uncovered'}
            </Typography>{' '}
            <Typography component="span" variant="caption">
              {describeWhen(segment)}
            </Typography>
            {segment.kind === 'override' && (
              <Typography component="span" variant="caption">
                {' '}
                <SwapHorizIcon className={classes.icon} aria-hidden />
                (override)
              </Typography>
            )}
          </li>
        );
      })}
    </ul>
  );
}
