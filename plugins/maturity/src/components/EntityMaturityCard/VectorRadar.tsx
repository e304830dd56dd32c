import { Scorecard, VectorsResponse } from '@agile-ops/plugin-maturity-common';
import { useTheme } from '@material-ui/core';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';

/** Props of {@link VectorRadar}. */
export interface VectorRadarProps {
  scorecard: Scorecard;
  rubric: VectorsResponse;
  height?: number;
}

/** The 15 vector scores as a radar; unscored vectors sit at the centre, marked with "?". */
export function VectorRadar({
  scorecard,
  rubric,
  height = 260,
}: VectorRadarProps) {
  const theme = useTheme();
  const scores = new Map(scorecard.vectors.map(v => [v.vector, v.score]));
  const data = rubric.vectors.map(vector => {
    const score = scores.get(vector.id) ?? null;
    return {
      vector: score === null ? `${vector.title} ?` : vector.title,
      score: score ?? 0,
      scored: score !== null,
    };
  });
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: 360, height }}
    >
      <RadarChart data={data} outerRadius="70%">
        <PolarGrid stroke={theme.palette.divider} />
        <PolarAngleAxis
          dataKey="vector"
          tick={{ fill: theme.palette.text.secondary, fontSize: 10 }}
        />
        <PolarRadiusAxis
          domain={[0, 5]}
          tickCount={6}
          tick={{ fill: theme.palette.text.secondary, fontSize: 9 }}
          angle={90}
        />
        <Radar
          name="Score"
          dataKey="score"
          stroke={theme.palette.primary.main}
          fill={theme.palette.primary.main}
          fillOpacity={0.35}
          isAnimationActive={false}
        />
        <Tooltip
          formatter={(value, _name, item) =>
            (item?.payload as { scored?: boolean })?.scored
              ? [value, 'Score']
              : ['not scored', 'Score']
          }
          contentStyle={{
            background: theme.palette.background.paper,
            color: theme.palette.text.primary,
          }}
        />
      </RadarChart>
    </ResponsiveContainer>
  );
}
