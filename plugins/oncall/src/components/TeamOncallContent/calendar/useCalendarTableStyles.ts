import { makeStyles } from '@material-ui/core';

/**
 * The classes the week and month tables share: equal fixed columns, bold day headers and the
 * highlight of today.
 */
export const useCalendarTableStyles = makeStyles(theme => ({
  table: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
  },
  header: {
    ...theme.typography.body2,
    fontWeight: theme.typography.fontWeightBold as number,
    padding: theme.spacing(0.5),
  },
  today: { backgroundColor: theme.palette.action.selected },
}));
