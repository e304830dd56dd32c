import { InterruptStatsResponse } from '@agile-ops/plugin-oncall-common';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Box, Link, Typography } from '@material-ui/core';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { oncallApiRef } from '../../api/OncallApi';
import { usePeople } from '../../hooks/usePeople';
import { useTeamTabLink } from '../../hooks/useTeamTabLink';
import { displayName } from '../../lib/people';
import {
  formatMinutes,
  formatShare,
} from '../TeamOncallContent/interrupts/format';
import {
  formatInstant,
  viewerZone,
  windowBack,
} from '../TeamOncallContent/shared/time';
import { MyTeamsList } from './MyTeamsList';

/** Enough iterations back for a trend, as the team tab's chart asks for. */
const WINDOW_WEEKS = 12;

const TREND: Record<NonNullable<InterruptStatsResponse['trend']>, string> = {
  up: 'rising',
  down: 'falling',
  flat: 'steady',
};

function IterationLine(props: { stats: InterruptStatsResponse }) {
  const { stats } = props;
  // Iterations come oldest first; the last one is the one running now.
  const current = stats.iterations[stats.iterations.length - 1];
  if (!current) {
    return (
      <Typography variant="body2" color="textSecondary">
        No iteration to report.
      </Typography>
    );
  }
  const zone = viewerZone();
  const span = `${formatInstant(
    current.start,
    zone,
    'd LLL',
  )} – ${formatInstant(current.end, zone, 'd LLL')}`;
  const share =
    current.share === null
      ? 'no capacity set'
      : `${formatShare(current.share)} of capacity`;
  return (
    <Typography variant="body2">
      This iteration ({span}): {share}, {current.count}{' '}
      {current.count === 1 ? 'interrupt' : 'interrupts'},{' '}
      {formatMinutes(current.interruptMinutes)}
      {stats.trend && ` · trend ${TREND[stats.trend]}`}
    </Typography>
  );
}

function TeamsShare(props: { teamRefs: string[] }) {
  const api = useApi(oncallApiRef);
  const teamTab = useTeamTabLink();
  const { value, loading, error } = useAsync(
    () =>
      Promise.all(
        props.teamRefs.map(ref =>
          api.getInterruptStats(ref, windowBack({ weeks: WINDOW_WEEKS })),
        ),
      ),
    [api, props.teamRefs.join()],
  );
  const { people } = usePeople(props.teamRefs);

  if (loading) return <Progress />;
  if (error) {
    return (
      <ResponseErrorPanel
        error={error}
        title="Could not load your teams' interrupt share"
      />
    );
  }
  return (
    <>
      {(value ?? []).map(stats => {
        const team = displayName(stats.team, people?.get(stats.team));
        return (
          <Box key={stats.team} mb={2} component="section" aria-label={team}>
            <Typography variant="subtitle1">
              <Link component={RouterLink} to={teamTab(stats.team)}>
                {team}
              </Link>
            </Typography>
            <IterationLine stats={stats} />
          </Box>
        );
      })}
    </>
  );
}

/**
 * The home page's interrupt share of the signed-in user's teams: for each team the running
 * iteration's interrupt effort against its capacity, the count, and the trend.
 */
export function MyTeamsInterruptShare() {
  return (
    <MyTeamsList subject="your teams' interrupt share">
      {teamRefs => <TeamsShare teamRefs={teamRefs} />}
    </MyTeamsList>
  );
}
