import { useTheme } from '@material-ui/core';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { timeTicks } from './timeTicks';

/** One point of a 0–5 series over time (epoch milliseconds). */
export interface TimePoint {
  time: number;
  value: number | null;
}

/** Props of {@link TimeSeriesChart}. */
export interface TimeSeriesChartProps {
  data: TimePoint[];
  /** The series name in the tooltip. */
  name: string;
  /** What the chart shows, for assistive technology (the chart itself is an image). */
  label: string;
  height: number;
  /** Draw steps (a score holds until the next one) instead of straight segments. */
  step?: boolean;
  /** A sparkline: no axes, no grid. */
  compact?: boolean;
  /** Called with the index of the point nearest a click; the chart shows a pointer then. */
  onPointClick?: (index: number) => void;
}

/** A 0–5 value over time, styled from the app theme so it reads in light and dark mode. */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { data, name, label, height, step, compact, onPointClick } = props;
  const theme = useTheme();
  const tick = { fill: theme.palette.text.secondary, fontSize: 11 };
  const times = data.map(point => point.time);
  // Ticks of our own: recharts' would label several points of one day with one date each.
  const axis = timeTicks(Math.min(...times), Math.max(...times));
  return (
    <div role="img" aria-label={label} title={compact ? label : undefined}>
      <ResponsiveContainer
        width="100%"
        height={height}
        initialDimension={{ width: compact ? 240 : 640, height }}
      >
        <LineChart
          data={data}
          onClick={
            onPointClick &&
            (state => {
              const index = state?.activeTooltipIndex;
              if (index !== undefined && index !== null) {
                onPointClick(Number(index));
              }
            })
          }
          style={onPointClick ? { cursor: 'pointer' } : undefined}
          margin={
            compact
              ? { top: 4, right: 4, bottom: 4, left: 4 }
              : { top: 8, right: 24, bottom: 8, left: 0 }
          }
        >
          {!compact && (
            <CartesianGrid
              stroke={theme.palette.divider}
              strokeDasharray="3 3"
            />
          )}
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            ticks={axis.ticks}
            tickFormatter={axis.format}
            tick={tick}
            hide={compact}
          />
          <YAxis
            domain={[0, 5]}
            ticks={[0, 1, 2, 3, 4, 5]}
            tick={tick}
            hide={compact}
          />
          <Tooltip
            labelFormatter={time => new Date(Number(time)).toLocaleString()}
            contentStyle={{
              background: theme.palette.background.paper,
              color: theme.palette.text.primary,
            }}
          />
          <Line
            name={name}
            type={step ? 'stepAfter' : 'linear'}
            dataKey="value"
            stroke={theme.palette.primary.main}
            strokeWidth={2}
            dot={!compact && data.length < 40}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
