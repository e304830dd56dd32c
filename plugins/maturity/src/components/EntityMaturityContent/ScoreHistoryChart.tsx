import {
  ScoreHistory,
  VectorsResponse,
} from '@agile-ops/plugin-maturity-common';
import {
  Box,
  Button,
  makeStyles,
  TextField,
  Typography,
} from '@material-ui/core';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { useState } from 'react';
import { TimeSeriesChart } from '../shared/TimeSeriesChart';
import { ChangeExplanationList } from '../shared/ChangeExplanationList';
import { useMaturityApi } from '../../hooks/useRubric';
import {
  clipSteps,
  HISTORY_RANGES,
  HistoryRangeId,
  rangeStart,
} from '../../lib/historyRanges';
import { LevelPoint } from '../../lib/levelTrend';

const LEVEL = 'level';

const useStyles = makeStyles(theme => ({
  controls: {
    display: 'flex',
    gap: theme.spacing(2),
    alignItems: 'center',
    flexWrap: 'wrap',
    marginBottom: theme.spacing(1),
  },
}));

/** Props of {@link ScoreHistoryChart}. */
export interface ScoreHistoryChartProps {
  history: ScoreHistory;
  levels: LevelPoint[];
  rubric: VectorsResponse;
  series: string;
  onSeriesChange: (series: string) => void;
  /** The entity, to explain a step of the chart ("why did it change"). */
  entityRef: string;
}

/** A step chart of the entity level or of one vector's score, over a selectable time range. */
export function ScoreHistoryChart(props: ScoreHistoryChartProps) {
  const { history, levels, rubric, series, onSeriesChange, entityRef } = props;
  const classes = useStyles();
  const api = useMaturityApi();
  const [range, setRange] = useState<HistoryRangeId>('1y');
  const [chosen, setChosen] = useState<number>();

  const points =
    series === LEVEL
      ? levels.map(p => ({ time: Date.parse(p.at), value: p.level }))
      : (history.series.find(s => s.vector === series)?.points ?? []).map(
          p => ({ time: Date.parse(p.at), value: p.score as number | null }),
        );
  const start = rangeStart(range);
  const recorded = points.filter(
    p => !start || p.time >= start.getTime(),
  ).length;
  const data = clipSteps(points, start);
  // Extend the last step to now so the current value is visible as a line, not a dot.
  if (data.length > 0)
    data.push({ ...data[data.length - 1], time: Date.now() });
  const title =
    series === LEVEL
      ? 'Entity level'
      : rubric.vectors.find(v => v.id === series)?.title ?? series;

  return (
    <Box>
      <div className={classes.controls}>
        <TextField
          id="maturity-history-series"
          select
          SelectProps={{ native: true }}
          label="Series"
          value={series}
          onChange={event => onSeriesChange(event.target.value)}
          variant="outlined"
          size="small"
        >
          <option value={LEVEL}>Entity level</option>
          {rubric.vectors.map(vector => (
            <option key={vector.id} value={vector.id}>
              {vector.title}
            </option>
          ))}
        </TextField>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={range}
          onChange={(_event, next) => next && setRange(next)}
          aria-label="Time range"
        >
          {HISTORY_RANGES.map(option => (
            <ToggleButton
              key={option.id}
              value={option.id}
              aria-label={option.label}
            >
              {option.label}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </div>
      {data.length === 0 ? (
        <Typography color="textSecondary">
          No scores for {title} in this time range.
        </Typography>
      ) : (
        <TimeSeriesChart
          data={data}
          name={title}
          height={260}
          step
          label={`${title} over time: ${recorded} recorded change(s) in range, now ${
            data[data.length - 1].value ?? 'none'
          }`}
          onPointClick={setChosen}
        />
      )}
      {data.length > 1 &&
        (chosen === undefined ? (
          // The last point stands for now; the one before it is the latest change.
          <Button size="small" onClick={() => setChosen(data.length - 2)}>
            Why did it change?
          </Button>
        ) : (
          <ChangeExplanationList
            windowKey={`${entityRef} ${series} ${chosen}`}
            explain={() => {
              const at = data[Math.min(chosen, data.length - 1)].time;
              const before =
                chosen > 0 ? data[chosen - 1].time : at - 90 * 86_400_000;
              return api.explainEntity(entityRef, {
                vector: series,
                // The change at a step happened after the step before it.
                from: new Date(Math.min(before, at - 1)).toISOString(),
                to: new Date(at).toISOString(),
              });
            }}
            subject={title}
            onClose={() => setChosen(undefined)}
          />
        ))}
    </Box>
  );
}
