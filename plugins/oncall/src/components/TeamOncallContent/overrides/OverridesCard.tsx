import { DateTime } from 'luxon';
import {
  oncallOverrideCreatePermission,
  RotationResponse,
} from '@agile-ops/plugin-oncall-common';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { oncallApiRef } from '../../../api/OncallApi';
import { errorMessage } from '@agile-ops/common';
import { PermittedButton } from '../shared/PermittedButton';
import { useTeam } from '../shared/TeamContext';
import { formatInstant, windowAhead } from '../shared/time';
import { AddOverrideDialog } from './AddOverrideDialog';

/** How far ahead the card lists overrides. */
const UPCOMING_DAYS = 180;

/** Props of {@link OverridesCard}. */
export interface OverridesCardProps {
  rotation: RotationResponse;
}

/** Current and upcoming overrides of a rotation, with "Add override" and "Remove". */
export function OverridesCard(props: OverridesCardProps) {
  const { rotation } = props;
  const zone = rotation.timezone;
  const api = useApi(oncallApiRef);
  const { displayName, version, refresh } = useTeam();
  const [adding, setAdding] = useState(false);
  const [removeError, setRemoveError] = useState<string>();

  const { value, loading, error } = useAsync(
    () => api.listOverrides(rotation.id, windowAhead({ days: UPCOMING_DAYS })),
    [api, rotation.id, version],
  );

  const remove = async (overrideId: string) => {
    setRemoveError(undefined);
    try {
      await api.deleteOverride(rotation.id, overrideId);
      refresh();
    } catch (e) {
      setRemoveError(errorMessage(e));
    }
  };

  const when = (start: string, end: string) =>
    `${formatInstant(start, zone)} – ${formatInstant(end, zone)}`;

  return (
    <InfoCard
      title="Overrides"
      subheader={`Current and upcoming, times in ${zone}`}
      action={
        <PermittedButton
          permission={oncallOverrideCreatePermission}
          deniedAction="add overrides"
          color="primary"
          onClick={() => setAdding(true)}
        >
          Add override
        </PermittedButton>
      }
    >
      {removeError && <Alert severity="error">{removeError}</Alert>}
      {error && <ResponseErrorPanel error={error} />}
      {!error && loading && !value && <Progress />}
      {!error && value && value.length === 0 && (
        <Typography color="textSecondary">
          No overrides ahead. When someone swaps or covers a shift, add an
          override so the calendar and "who is on call now" stay true.
        </Typography>
      )}
      {!error && value && value.length > 0 && (
        <List dense aria-label="Overrides">
          {value.map(override => {
            // The backend cuts a running override short at now rather than erase who covered.
            const running =
              Date.parse(override.start) <= DateTime.now().toMillis();
            const verb = running ? 'End' : 'Remove';
            return (
              <ListItem key={override.id} divider>
                <ListItemText
                  primary={`${displayName(override.user)}: ${when(
                    override.start,
                    override.end,
                  )}`}
                  secondary={[
                    override.replaces &&
                      `replaces ${displayName(override.replaces)}`,
                    override.reason,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
                <PermittedButton
                  permission={oncallOverrideCreatePermission}
                  deniedAction="remove overrides"
                  size="small"
                  onClick={() => remove(override.id)}
                  aria-label={`${verb} override of ${displayName(
                    override.user,
                  )}, ${when(override.start, override.end)}`}
                >
                  {running ? 'End now' : 'Remove'}
                </PermittedButton>
              </ListItem>
            );
          })}
        </List>
      )}
      {adding && (
        <AddOverrideDialog
          rotation={rotation}
          onClose={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            refresh();
          }}
        />
      )}
    </InfoCard>
  );
}
