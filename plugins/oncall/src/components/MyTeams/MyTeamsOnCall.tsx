import { NowResponse } from '@agile-ops/plugin-oncall-common';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Box, Link, Typography } from '@material-ui/core';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { oncallApiRef } from '../../api/OncallApi';
import { usePeople } from '../../hooks/usePeople';
import { useTeamTabLink } from '../../hooks/useTeamTabLink';
import { displayName } from '../../lib/people';
import { describeRoleNow } from '../../lib/roleNow';
import { roleLabel, sortRoles } from '../../lib/roles';
import { formatInstantInZones } from '../../lib/time';
import { MyTeamsList } from './MyTeamsList';

function TeamsNow(props: { teamRefs: string[] }) {
  const api = useApi(oncallApiRef);
  const teamTab = useTeamTabLink();
  const { value, loading, error } = useAsync(
    () => Promise.all(props.teamRefs.map(ref => api.getEntityNow(ref))),
    [api, props.teamRefs.join()],
  );
  const refs = (value ?? []).flatMap((now: NowResponse) => [
    now.entityRef,
    ...now.roles.flatMap(r => [r.user, r.next?.user]),
  ]);
  const { people } = usePeople(refs.filter((r): r is string => !!r));
  const nameOf = (ref: string) => displayName(ref, people?.get(ref));

  if (loading) return <Progress />;
  if (error) {
    return (
      <ResponseErrorPanel error={error} title="Could not load who is on call" />
    );
  }
  return (
    <>
      {(value ?? []).map(now => {
        const team = nameOf(now.entityRef);
        return (
          <Box key={now.entityRef} mb={2} component="section" aria-label={team}>
            <Typography variant="subtitle1">
              <Link component={RouterLink} to={teamTab(now.entityRef)}>
                {team}
              </Link>
            </Typography>
            {now.roles.length === 0 ? (
              <Typography variant="body2" color="textSecondary">
                No rotation yet.
              </Typography>
            ) : (
              <ul
                aria-label={`${team}: on duty now`}
                style={{ margin: 0, paddingLeft: 20 }}
              >
                {sortRoles(now.roles).map(role => (
                  <li key={role.rotationId}>
                    <Typography variant="body2">
                      <strong>{roleLabel(role.role)}</strong>:{' '}
                      {describeRoleNow(role, nameOf, formatInstantInZones)}
                    </Typography>
                  </li>
                ))}
              </ul>
            )}
          </Box>
        );
      })}
    </>
  );
}

/**
 * The home page's "who is on call now" for the signed-in user's teams: per team and role the
 * person covering it, until when, and who is next; each team linked to its on-call tab.
 */
export function MyTeamsOnCall() {
  return (
    <MyTeamsList subject="who is on call">
      {teamRefs => <TeamsNow teamRefs={teamRefs} />}
    </MyTeamsList>
  );
}
