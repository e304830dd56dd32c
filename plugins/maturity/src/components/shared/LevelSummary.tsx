import { Scorecard, VectorsResponse } from '@agile-ops/plugin-maturity-common';
import { Box, makeStyles, Typography } from '@material-ui/core';
import { formatShare } from '../../lib/format';
import { scoreColors } from '../../lib/scoreColors';

const useStyles = makeStyles(theme => ({
  level: {
    width: 64,
    height: 64,
    borderRadius: '50%',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: 32,
    fontWeight: 700,
    border: `2px dashed ${theme.palette.text.disabled}`,
  },
}));

/** Props of {@link LevelSummary}. */
export interface LevelSummaryProps {
  scorecard: Scorecard;
  rubric: VectorsResponse;
}

/** The entity's level 0–5 with its name, the rule behind it and how many vectors are scored. */
export function LevelSummary({ scorecard, rubric }: LevelSummaryProps) {
  const classes = useStyles();
  const { value, rule, coverage } = scorecard.level;
  const colors = scoreColors(value);
  const name =
    value === null
      ? 'Not enough scores for a level'
      : rubric.levels[value]?.name ?? '';
  return (
    <Box display="flex" alignItems="center" gridGap={16}>
      <div
        className={classes.level}
        style={colors ? { ...colors, border: 'none' } : undefined}
        role="img"
        aria-label={
          value === null ? 'Level: none yet' : `Level ${value} of 5: ${name}`
        }
      >
        {value ?? '–'}
      </div>
      <div>
        <Typography variant="h6" component="p">
          {value === null ? name : `Level ${value} · ${name}`}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {formatShare(coverage)} of vectors scored · rule: {rule}
        </Typography>
      </div>
    </Box>
  );
}
