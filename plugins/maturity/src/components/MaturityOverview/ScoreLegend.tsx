import { VectorsResponse } from '@agile-ops/plugin-maturity-common';
import { Box, Typography } from '@material-ui/core';
import { scoreColors } from '../../lib/scoreColors';

/** The colour of each score with the level name; an asterisk marks cells with stale scores. */
export function ScoreLegend({ rubric }: { rubric: VectorsResponse }) {
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      gridGap={8}
      aria-label="Legend"
      role="group"
    >
      {rubric.levels.map(level => (
        <Box key={level.value} display="flex" alignItems="center" gridGap={4}>
          <span
            style={{
              ...scoreColors(level.value)!,
              padding: '0 6px',
              borderRadius: 3,
              fontWeight: 600,
            }}
          >
            {level.value}
          </span>
          <Typography variant="caption">{level.name}</Typography>
        </Box>
      ))}
      <Typography variant="caption" color="textSecondary">
        · a cell takes the colour of its whole part (2.7 looks like 2) · * some
        scores are stale · – nothing scored
      </Typography>
    </Box>
  );
}
