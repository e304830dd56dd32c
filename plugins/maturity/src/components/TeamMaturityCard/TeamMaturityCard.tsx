import { Rollup, RollupHistory } from '@agile-ops/plugin-maturity-common';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef, useEntity } from '@backstage/plugin-catalog-react';
import { Box, Chip, Link, Typography } from '@material-ui/core';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { loadRubric, useMaturityApi } from '../../hooks/useRubric';
import { formatShare, formatValue, shortRef } from '../../lib/format';
import { MATURITY_TAB_PATH } from '../EntityMaturityCard/EntityMaturityCard';
import { TimeSeriesChart } from '../shared/TimeSeriesChart';

/** How many of the team's weakest vectors the card names. */
const WEAKEST_VECTORS = 3;

// A group the synced hierarchy holds no entities for answers 404: the card says so instead.
async function rollupOrNothing(
  load: () => Promise<Rollup>,
): Promise<Rollup | undefined> {
  try {
    return await load();
  } catch (error) {
    if ((error as { response?: { status?: number } }).response?.status === 404)
      return undefined;
    throw error;
  }
}

function levelTrend(history: RollupHistory) {
  const points = history.series.find(s => s.vector === 'level')?.points ?? [];
  return points.map(p => ({ time: Date.parse(p.day), value: p.value }));
}

/**
 * A team's maturity on its group page: the roll-up of everything the group and its sub-groups
 * own (level, how much is assessed and stale, the weakest vectors, the level's trend) and the
 * lowest-rated entities, each linked to its maturity tab to assess it.
 */
export function TeamMaturityCard() {
  const { entity } = useEntity();
  const groupRef = stringifyEntityRef(entity);
  const api = useMaturityApi();
  const entityRoute = useRouteRef(entityRouteRef);
  const { value, loading, error } = useAsync(async () => {
    const [rubric, rollup, history] = await Promise.all([
      loadRubric(api),
      rollupOrNothing(() => api.getRollup(groupRef)),
      api.getRollupHistory(groupRef, { vector: 'level' }),
    ]);
    return { rubric, rollup, history };
  }, [api, groupRef]);

  if (!value) {
    return (
      <InfoCard title="Team maturity">
        {loading && <Progress />}
        {error && (
          <ResponseErrorPanel
            error={error}
            title="Could not load the team's maturity"
          />
        )}
      </InfoCard>
    );
  }
  const { rubric, rollup, history } = value;
  if (!rollup || rollup.entities.total === 0) {
    return (
      <InfoCard title="Team maturity">
        <EmptyState
          missing="data"
          title="Nothing to roll up yet"
          description="No component or resource owned by this team or its sub-groups is in the roll-ups yet."
        />
      </InfoCard>
    );
  }

  const { total, assessed, stale } = rollup.entities;
  const name = (vector: string) =>
    rubric.vectors.find(v => v.id === vector)?.title ?? vector;
  const weakest = rollup.vectors
    .filter(v => v.value !== null)
    .sort((a, b) => (a.value ?? 0) - (b.value ?? 0))
    .slice(0, WEAKEST_VECTORS);
  const trend = levelTrend(history);
  const tabOf = (entityRef: string) => {
    const ref = parseEntityRef(entityRef);
    return `${entityRoute({
      kind: ref.kind.toLocaleLowerCase('en-US'),
      namespace: ref.namespace,
      name: ref.name,
    })}/${MATURITY_TAB_PATH}`;
  };
  const levelText = `Level ${formatValue(rollup.level.mean)}`;

  return (
    <InfoCard
      title="Team maturity"
      subheader="Everything the team and its sub-groups own"
    >
      <Typography variant="h5" component="p">
        {levelText}
      </Typography>
      <Typography color="textSecondary">
        {assessed} of {total} entities assessed ({formatShare(assessed / total)}
        ), {stale} with stale scores
      </Typography>

      {weakest.length > 0 && (
        <Box mt={2}>
          <Typography variant="subtitle2">Weakest vectors</Typography>
          <Box display="flex" flexWrap="wrap" gridGap={8} mt={1}>
            {weakest.map(v => (
              <Chip
                key={v.vector}
                size="small"
                label={`${name(v.vector)} ${formatValue(v.value)}`}
              />
            ))}
          </Box>
        </Box>
      )}

      {trend.length > 1 && (
        <Box mt={2}>
          <Typography variant="subtitle2">Level over time</Typography>
          <TimeSeriesChart
            data={trend}
            name="Level"
            label={`Team level over time: ${
              trend.length
            } snapshots from ${new Date(trend[0].time).toLocaleDateString()}`}
            height={120}
            step
          />
        </Box>
      )}

      {rollup.pulledDownBy.length > 0 && (
        <Box mt={2}>
          <Typography variant="subtitle2">Weakest entities first</Typography>
          <ul aria-label="Entities to improve first">
            {rollup.pulledDownBy.map(e => (
              <li key={e.entityRef}>
                <Link component={RouterLink} to={tabOf(e.entityRef)}>
                  {shortRef(e.entityRef)}
                </Link>{' '}
                <Typography component="span" color="textSecondary">
                  level {e.level} · assess it
                </Typography>
              </li>
            ))}
          </ul>
        </Box>
      )}
    </InfoCard>
  );
}
