import { INTERRUPT_CATEGORIES } from '@agile-ops/plugin-oncall-common';
import { useTheme } from '@material-ui/core';
import { blue, green, grey, orange, red } from '@material-ui/core/colors';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CATEGORY_LABELS } from './format';
import { roundTicks } from './roundTicks';
import { ShareRow, ShareUnit } from './shareData';

const CATEGORY_COLORS = {
  incident: red[400],
  request: blue[400],
  question: green[400],
  alert: orange[400],
  other: grey[500],
};

/** Props of {@link InterruptShareChart}. */
export interface InterruptShareChartProps {
  rows: ShareRow[];
  unit: ShareUnit;
  /** Mean share in percent, drawn as a reference line. */
  average?: number;
  /** What the chart shows, for assistive technology; the table next to it has the numbers. */
  label: string;
}

/** Interrupt effort per iteration as bars stacked by category. */
export function InterruptShareChart(props: InterruptShareChartProps) {
  const { rows, unit, average, label } = props;
  const theme = useTheme();
  const tick = { fill: theme.palette.text.secondary, fontSize: 11 };
  const format = (value: unknown) =>
    `${Math.round(Number(value) * 10) / 10} ${unit}`;
  // The stacked bars' tallest total (or the average line, if higher) sets the round ticks.
  const ticks = roundTicks(
    Math.max(
      average ?? 0,
      ...rows.map(row =>
        INTERRUPT_CATEGORIES.reduce((sum, c) => sum + Number(row[c] ?? 0), 0),
      ),
    ),
  );
  return (
    <div role="img" aria-label={label}>
      <ResponsiveContainer
        width="100%"
        height={260}
        initialDimension={{ width: 640, height: 260 }}
      >
        <BarChart
          data={rows}
          margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
        >
          <CartesianGrid stroke={theme.palette.divider} strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={tick} />
          <YAxis
            tick={tick}
            ticks={ticks}
            domain={[0, ticks[ticks.length - 1]]}
            tickFormatter={value => `${value} ${unit}`}
          />
          <Tooltip
            formatter={format}
            contentStyle={{
              background: theme.palette.background.paper,
              color: theme.palette.text.primary,
            }}
          />
          <Legend />
          {INTERRUPT_CATEGORIES.map(category => (
            <Bar
              key={category}
              dataKey={category}
              name={CATEGORY_LABELS[category]}
              stackId="share"
              fill={CATEGORY_COLORS[category]}
              isAnimationActive={false}
            />
          ))}
          {average !== undefined && (
            <ReferenceLine
              y={average}
              stroke={theme.palette.text.secondary}
              strokeDasharray="6 3"
              label={{
                value: `average ${format(average)}`,
                position: 'insideTopRight',
                fill: theme.palette.text.secondary,
                fontSize: 11,
              }}
            />
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
