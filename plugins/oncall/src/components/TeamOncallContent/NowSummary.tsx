import { useApi } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { oncallApiRef } from '../../api/OncallApi';
import { describeRoleNow } from '../../lib/roleNow';
import { roleLabel } from '../../lib/roles';
import { errorMessage } from '@agile-ops/common';
import { useTeam } from './shared/TeamContext';
import { formatInstant } from './shared/time';

/**
 * One line per role saying who covers the team right now and until when. Secondary to the
 * calendar, so a failure shows as a short note rather than an error panel.
 */
export function NowSummary() {
  const api = useApi(oncallApiRef);
  const { groupRef, displayName, version } = useTeam();
  const { value, error } = useAsync(
    () => api.getEntityNow(groupRef),
    [api, groupRef, version],
  );
  if (error) {
    return (
      <Typography variant="body2" color="textSecondary">
        Could not load who covers the team now: {errorMessage(error)}
      </Typography>
    );
  }
  if (!value || value.roles.length === 0) return null;
  return (
    <ul aria-label="Now on duty" style={{ margin: 0, paddingLeft: 20 }}>
      {value.roles.map(role => (
        <li key={role.rotationId}>
          <Typography variant="body2">
            <strong>{roleLabel(role.role)}</strong>:{' '}
            {describeRoleNow(
              role,
              displayName,
              (until, zone) => `${formatInstant(until, zone)} (${zone})`,
            )}
          </Typography>
        </li>
      ))}
    </ul>
  );
}
