import { Box, Typography } from '@material-ui/core';
import { LevelPoint } from '../../lib/levelTrend';
import { TimeSeriesChart } from '../shared/TimeSeriesChart';

/**
 * The entity level over time as a small step line running up to now, with its first and current
 * value in words; nothing before the second assessment.
 */
export function LevelSparkline({ levels }: { levels: LevelPoint[] }) {
  if (levels.length < 2) return null;
  const first = levels[0];
  const last = levels[levels.length - 1];
  const since = new Date(first.at).toLocaleDateString();
  const summary = `Level ${first.level ?? '–'} → ${
    last.level ?? '–'
  } since ${since}, ${levels.length} assessments`;
  const data = levels.map(point => ({
    time: Date.parse(point.at),
    value: point.level,
  }));
  data.push({ time: Date.now(), value: last.level });
  return (
    <Box display="flex" alignItems="center" gridGap={12} mt={1}>
      <Typography
        variant="caption"
        color="textSecondary"
        style={{ whiteSpace: 'nowrap' }}
      >
        {summary}
      </Typography>
      <Box flexGrow={1} minWidth={80}>
        <TimeSeriesChart
          data={data}
          name="Level"
          label={`Level trend: ${summary}`}
          height={40}
          step
          compact
        />
      </Box>
    </Box>
  );
}
