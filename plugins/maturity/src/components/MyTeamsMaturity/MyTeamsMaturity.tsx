import { teamRefsOf } from '@agile-ops/common';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { Box, Link, Typography } from '@material-ui/core';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { useEntityLinks } from '../../hooks/useEntityLinks';
import { useMaturityApi } from '../../hooks/useRubric';
import { formatShare, formatValue, shortRef } from '../../lib/format';
import { unlessNotFound } from '../../lib/unlessNotFound';
import { ReassessItems } from '../shared/ReassessItems';

/** How many entities due for an assessment are listed per team. */
const REASSESS_LISTED = 3;

/**
 * The home page's maturity of the signed-in user's teams: per team its level, how much is
 * assessed and stale, and the entities to reassess next (never scored, then the oldest stale).
 */
export function MyTeamsMaturity() {
  const identityApi = useApi(identityApiRef);
  const api = useMaturityApi();
  const { page } = useEntityLinks();
  const { value, loading, error } = useAsync(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    return Promise.all(
      teamRefsOf(ownershipEntityRefs).map(async teamRef => {
        const [rollup, reassess] = await Promise.all([
          unlessNotFound(() => api.getRollup(teamRef)),
          unlessNotFound(() =>
            api.getReassessList(teamRef, { limit: REASSESS_LISTED }),
          ),
        ]);
        return { teamRef, rollup, reassess };
      }),
    );
  }, [identityApi, api]);

  if (loading) return <Progress />;
  if (error) {
    return (
      <ResponseErrorPanel
        error={error}
        title="Could not load your teams' maturity"
      />
    );
  }
  if (!value || value.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No team"
        description="You are not a member of any group in the catalog."
      />
    );
  }
  return (
    <>
      {value.map(({ teamRef, rollup, reassess }) => {
        const title = rollup?.scope.title ?? shortRef(teamRef);
        const total = rollup?.entities.total ?? 0;
        return (
          <Box key={teamRef} mb={2} component="section" aria-label={title}>
            <Typography variant="subtitle1">
              <Link component={RouterLink} to={page(teamRef)}>
                {title}
              </Link>
            </Typography>
            {rollup && total > 0 ? (
              <>
                <Typography variant="body2">
                  Level {formatValue(rollup.level.mean)} ·{' '}
                  {rollup.entities.assessed} of {total} assessed (
                  {formatShare(rollup.entities.assessed / total)}) ·{' '}
                  {rollup.entities.stale} stale
                </Typography>
                {reassess && (
                  <ReassessItems
                    list={reassess}
                    label={`${title}: reassess next`}
                  />
                )}
              </>
            ) : (
              <Typography variant="body2" color="textSecondary">
                Owns nothing the roll-ups hold yet.
              </Typography>
            )}
          </Box>
        );
      })}
    </>
  );
}
