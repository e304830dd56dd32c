import {
  HandoffWithNotes,
  oncallHandoffNoteCreatePermission,
  RotationResponse,
} from '@agile-ops/plugin-oncall-common';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { makeStyles, Typography } from '@material-ui/core';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { oncallApiRef } from '../../../api/OncallApi';
import { PermittedButton } from '../shared/PermittedButton';
import { useTeam } from '../shared/TeamContext';
import { formatInstant, windowAhead } from '../shared/time';
import { HandoffNoteDialog } from './HandoffNoteDialog';

/** How far ahead the card lists hand-offs. */
const UPCOMING_WEEKS = 4;

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  notes: { margin: theme.spacing(0.5, 0, 0, 2), padding: 0 },
}));

/** Props of {@link HandoffsCard}. */
export interface HandoffsCardProps {
  rotation: RotationResponse;
}

/** The hand-offs of the next four weeks with their notes, and "Add note" for the next one. */
export function HandoffsCard(props: HandoffsCardProps) {
  const { rotation } = props;
  const zone = rotation.timezone;
  const classes = useStyles();
  const api = useApi(oncallApiRef);
  const { displayName, version, refresh } = useTeam();
  const [noting, setNoting] = useState(false);

  const { value, loading, error } = useAsync(
    () => api.listHandoffs(rotation.id, windowAhead({ weeks: UPCOMING_WEEKS })),
    [api, rotation.id, version],
  );

  const who = (ref: string | null) => (ref ? displayName(ref) : 'nobody');
  const describe = (handoff: HandoffWithNotes) =>
    `${formatInstant(handoff.at, zone)}, ${who(handoff.from)} to ${who(
      handoff.to,
    )}`;
  const next = value?.[0];

  return (
    <InfoCard
      title="Hand-offs"
      subheader={`Next ${UPCOMING_WEEKS} weeks, times in ${zone}`}
      action={
        <PermittedButton
          permission={oncallHandoffNoteCreatePermission}
          deniedAction="leave hand-off notes"
          color="primary"
          disabled={!next}
          onClick={() => setNoting(true)}
        >
          Add note
        </PermittedButton>
      }
    >
      {error && <ResponseErrorPanel error={error} />}
      {!error && loading && !value && <Progress />}
      {!error && value && value.length === 0 && (
        <Typography color="textSecondary">
          No hand-offs in the next {UPCOMING_WEEKS} weeks. Notes can be left
          once the rotation has a hand-off ahead.
        </Typography>
      )}
      {!error && value && value.length > 0 && (
        <ul className={classes.list} aria-label="Upcoming hand-offs">
          {value.map(handoff => (
            <li key={handoff.at} className={classes.item}>
              <Typography variant="body2">
                <strong>{formatInstant(handoff.at, zone)}</strong>:{' '}
                {who(handoff.from)} → {who(handoff.to)}
              </Typography>
              {handoff.notes.length > 0 && (
                <ul
                  className={classes.notes}
                  aria-label={`Notes for ${describe(handoff)}`}
                >
                  {handoff.notes.map(note => (
                    <li key={note.id}>
                      <Typography variant="body2">{note.text}</Typography>
                      <Typography variant="caption" color="textSecondary">
                        {displayName(note.author)},{' '}
                        {formatInstant(note.createdAt, zone)}
                      </Typography>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {noting && next && (
        <HandoffNoteDialog
          rotationId={rotation.id}
          handoff={next}
          description={describe(next)}
          onClose={() => setNoting(false)}
          onCreated={() => {
            setNoting(false);
            refresh();
          }}
        />
      )}
    </InfoCard>
  );
}
