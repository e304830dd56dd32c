import { makeStyles } from '@material-ui/core';
import { formatValue } from '../../lib/format';
import { scoreColors } from '../../lib/scoreColors';

const useStyles = makeStyles(theme => ({
  badge: {
    display: 'inline-block',
    minWidth: 32,
    padding: theme.spacing(0.25, 0.75),
    borderRadius: theme.shape.borderRadius,
    textAlign: 'center',
    fontWeight: 600,
    fontVariantNumeric: 'tabular-nums',
  },
  empty: {
    border: `1px dashed ${theme.palette.text.disabled}`,
    color: theme.palette.text.secondary,
  },
}));

/** Props of {@link ScoreBadge}. */
export interface ScoreBadgeProps {
  value: number | null | undefined;
  label: string;
}

/** A score or roll-up value printed on its palette colour; dashed and "–" when there is none. */
export function ScoreBadge({ value, label }: ScoreBadgeProps) {
  const classes = useStyles();
  const colors = scoreColors(value);
  return (
    <span
      className={colors ? classes.badge : `${classes.badge} ${classes.empty}`}
      style={colors ?? undefined}
      aria-label={label}
      title={label}
    >
      {formatValue(value)}
    </span>
  );
}
