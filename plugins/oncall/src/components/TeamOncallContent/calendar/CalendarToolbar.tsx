import { Button, IconButton, makeStyles, Typography } from '@material-ui/core';
import ChevronLeftIcon from '@material-ui/icons/ChevronLeft';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { CalendarView } from './calendarModel';

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
  title: { flexGrow: 1 },
}));

/** Props of {@link CalendarToolbar}. */
export interface CalendarToolbarProps {
  view: CalendarView;
  title: string;
  onViewChange: (view: CalendarView) => void;
  onStep: (direction: 1 | -1) => void;
  onToday: () => void;
}

/** Week/month toggle and previous/today/next navigation of the shift calendar. */
export function CalendarToolbar(props: CalendarToolbarProps) {
  const { view, title, onViewChange, onStep, onToday } = props;
  const classes = useStyles();
  return (
    <div className={classes.toolbar}>
      <IconButton
        size="small"
        aria-label={`Previous ${view}`}
        onClick={() => onStep(-1)}
      >
        <ChevronLeftIcon />
      </IconButton>
      <Button size="small" variant="outlined" onClick={onToday}>
        Today
      </Button>
      <IconButton
        size="small"
        aria-label={`Next ${view}`}
        onClick={() => onStep(1)}
      >
        <ChevronRightIcon />
      </IconButton>
      {/* Announced when the period changes, so navigating by keyboard says where one is. */}
      <Typography
        variant="subtitle1"
        component="h3"
        className={classes.title}
        aria-live="polite"
      >
        {title}
      </Typography>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={view}
        onChange={(_event, next) => next && onViewChange(next)}
        aria-label="Calendar view"
      >
        <ToggleButton value="week">Week</ToggleButton>
        <ToggleButton value="month">Month</ToggleButton>
      </ToggleButtonGroup>
    </div>
  );
}
