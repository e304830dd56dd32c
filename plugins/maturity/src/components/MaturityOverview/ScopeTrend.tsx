import { VectorId, VectorsResponse } from '@agile-ops/plugin-maturity-common';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { formatValue } from '../../lib/format';
import { TimeSeriesChart } from '../shared/TimeSeriesChart';
import { useMaturityApi } from '../../hooks/useRubric';

/** Props of {@link ScopeTrend}. */
export interface ScopeTrendProps {
  scopeRef: string;
  scopeName: string;
  /** `level` or a vector id. */
  series: string;
  rubric: VectorsResponse;
}

/** The daily snapshots of one scope's level or vector value. */
export function ScopeTrend({
  scopeRef,
  scopeName,
  series,
  rubric,
}: ScopeTrendProps) {
  const api = useMaturityApi();
  const { value, loading, error } = useAsync(
    () =>
      api.getRollupHistory(scopeRef, {
        vector: series as VectorId | 'level',
      }),
    [api, scopeRef, series],
  );
  const title =
    series === 'level'
      ? 'Mean level'
      : rubric.vectors.find(v => v.id === series)?.title ?? series;

  if (loading) return <Progress />;
  if (error) {
    return (
      <ResponseErrorPanel error={error} title="Could not load the trend" />
    );
  }
  const points =
    value?.series
      .find(s => s.vector === series)
      ?.points.map(point => ({
        time: Date.parse(`${point.day}T00:00:00Z`),
        value: point.value,
        assessed: point.assessed,
        total: point.total,
      })) ?? [];
  if (points.every(point => point.value === null)) {
    return (
      <Typography color="textSecondary">
        No {title.toLocaleLowerCase('en-US')} recorded for {scopeName} yet. The
        backend stores a snapshot a day (the first about a minute after it
        starts), so the trend fills in as entities are assessed.
      </Typography>
    );
  }
  const latest = points[points.length - 1].value;
  return (
    <TimeSeriesChart
      data={points}
      name={title}
      height={220}
      label={`${title} of ${scopeName} over ${
        points.length
      } day(s), latest ${formatValue(latest)}`}
    />
  );
}
