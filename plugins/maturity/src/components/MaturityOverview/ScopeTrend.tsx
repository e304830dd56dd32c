import { VectorId, VectorsResponse } from '@agile-ops/plugin-maturity-common';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { Button, Typography } from '@material-ui/core';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { ChangeExplanationList } from '../shared/ChangeExplanationList';
import { formatValue } from '../../lib/format';
import { TimeSeriesChart } from '../shared/TimeSeriesChart';
import { useMaturityApi } from '../../hooks/useRubric';

const DAY_MS = 86_400_000;

/** Props of {@link ScopeTrend}. */
export interface ScopeTrendProps {
  scopeRef: string;
  scopeName: string;
  /** `level` or a vector id. */
  series: string;
  rubric: VectorsResponse;
  /** The value right now, from the live roll-up; drawn after the last snapshot. */
  current: number | null;
}

/** The daily snapshots of one scope's level or vector value, ending with its value now. */
export function ScopeTrend({
  scopeRef,
  scopeName,
  series,
  rubric,
  current,
}: ScopeTrendProps) {
  const api = useMaturityApi();
  const [chosen, setChosen] = useState<number>();
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
  // Snapshots are taken a few times a day; the live value keeps the chart current in between.
  const points = [
    ...(value?.series
      .find(s => s.vector === series)
      ?.points.map(point => ({
        time: Date.parse(`${point.day}T00:00:00Z`),
        value: point.value,
      })) ?? []),
    { time: Date.now(), value: current },
  ];
  if (points.every(point => point.value === null)) {
    return (
      <Typography color="textSecondary">
        Nothing in {scopeName} has a {title.toLocaleLowerCase('en-US')} yet.
        Once entities are assessed, the backend keeps a daily snapshot and the
        trend builds up from there.
      </Typography>
    );
  }
  const snapshots = points.length - 1;
  // The first day says how far back the trend reaches, which the ticks alone may not.
  const since =
    snapshots > 0
      ? ` since ${new Date(points[0].time).toLocaleDateString()}`
      : '';
  // The latest point whose value differs from the one before: where a reader asks "why".
  const lastStep = points.findLastIndex(
    (point, i) => i > 0 && point.value !== points[i - 1].value,
  );
  const windowOf = (index: number) => ({
    vector: series,
    // A snapshot holds the state of its day; the change happened since the one before.
    from: new Date(
      index > 0 ? points[index - 1].time : points[index].time - 90 * DAY_MS,
    ).toISOString(),
    to: new Date(
      Math.min(points[index].time + DAY_MS - 1, Date.now()),
    ).toISOString(),
  });
  return (
    <>
      <TimeSeriesChart
        data={points}
        name={title}
        height={220}
        label={`${title} of ${scopeName}: ${snapshots} snapshot(s)${since}, now ${formatValue(
          current,
        )}`}
        onPointClick={setChosen}
      />
      {chosen === undefined ? (
        <Button
          size="small"
          onClick={() => setChosen(lastStep > 0 ? lastStep : points.length - 1)}
        >
          Why did it change?
        </Button>
      ) : (
        <ChangeExplanationList
          windowKey={`${scopeRef} ${series} ${chosen}`}
          explain={() => api.explainRollup(scopeRef, windowOf(chosen))}
          subject={`${title} of ${scopeName}`}
          onClose={() => setChosen(undefined)}
        />
      )}
    </>
  );
}
