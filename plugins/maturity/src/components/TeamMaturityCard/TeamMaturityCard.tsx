import { RollupHistory } from '@agile-ops/plugin-maturity-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Chip, Link, Typography } from '@material-ui/core';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { useEntityLinks } from '../../hooks/useEntityLinks';
import { loadRubric, useMaturityApi } from '../../hooks/useRubric';
import { unlessNotFound } from '../../lib/unlessNotFound';
import { formatShare, formatValue, shortRef } from '../../lib/format';
import { ReassessItems } from '../shared/ReassessItems';
import { TimeSeriesChart } from '../shared/TimeSeriesChart';

/** How many of the team's weakest vectors the card names. */
const WEAKEST_VECTORS = 3;
/** How many entities due for an assessment the card lists. */
const REASSESS_LISTED = 5;

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
  const { maturityTab } = useEntityLinks();
  const { value, loading, error } = useAsync(async () => {
    const [rubric, rollup, history, reassess] = await Promise.all([
      loadRubric(api),
      unlessNotFound(() => api.getRollup(groupRef)),
      api.getRollupHistory(groupRef, { vector: 'level' }),
      unlessNotFound(() =>
        api.getReassessList(groupRef, { limit: REASSESS_LISTED }),
      ),
    ]);
    return { rubric, rollup, history, reassess };
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
  const { rubric, rollup, history, reassess } = value;
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

      {reassess && (
        <Box mt={2}>
          <Typography variant="subtitle2">Reassess next</Typography>
          <ReassessItems list={reassess} label="Entities to reassess next" />
        </Box>
      )}

      {rollup.pulledDownBy.length > 0 && (
        <Box mt={2}>
          <Typography variant="subtitle2">Weakest entities first</Typography>
          <ul aria-label="Entities to improve first">
            {rollup.pulledDownBy.map(e => (
              <li key={e.entityRef}>
                <Link component={RouterLink} to={maturityTab(e.entityRef)}>
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
