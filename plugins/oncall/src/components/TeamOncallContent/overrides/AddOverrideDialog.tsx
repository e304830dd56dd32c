import {
  CreateOverrideRequest,
  RotationResponse,
} from '@agile-ops/plugin-oncall-common';
import { useApi } from '@backstage/core-plugin-api';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { DateTime } from 'luxon';
import { FormEvent, useState } from 'react';
import { oncallApiRef } from '../../../api/OncallApi';
import { errorMessage } from '../shared/errorMessage';
import { useCandidates } from '../shared/useCandidates';
import { fromLocalInput, toLocalInput } from '../shared/time';

/** Props of {@link AddOverrideDialog}. */
export interface AddOverrideDialogProps {
  rotation: RotationResponse;
  onClose: () => void;
  onCreated: () => void;
}

// The first thing to fix before the form can be sent, in words.
function formProblem(
  user: string,
  start: string | undefined,
  end: string | undefined,
): string | undefined {
  if (!user) return 'Choose who covers.';
  if (!start || !end) return 'Enter when the override starts and ends.';
  // Both are UTC strings of the same form, so they compare as text.
  if (end <= start) return 'The end must be after the start.';
  return undefined;
}

function defaultStart(zone: string) {
  return DateTime.now().setZone(zone).startOf('hour').plus({ hours: 1 });
}

/**
 * Asks who covers the rotation when instead of the schedule, with times read on the
 * rotation's wall clock (as the calendar shows them), and creates the override.
 */
export function AddOverrideDialog(props: AddOverrideDialogProps) {
  const { rotation, onClose, onCreated } = props;
  const zone = rotation.timezone;
  const api = useApi(oncallApiRef);
  const candidates = useCandidates(rotation);
  const [user, setUser] = useState('');
  const [from, setFrom] = useState(() => toLocalInput(defaultStart(zone)));
  const [to, setTo] = useState(() =>
    toLocalInput(defaultStart(zone).plus({ days: 1 })),
  );
  const [replaces, setReplaces] = useState('');
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const start = fromLocalInput(from, zone);
  const end = fromLocalInput(to, zone);
  const problem = formProblem(user, start, end);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem || !start || !end) return;
    const request: CreateOverrideRequest = {
      user,
      start,
      end,
      ...(replaces ? { replaces } : {}),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    };
    setSaving(true);
    setError(undefined);
    try {
      await api.createOverride(rotation.id, request);
      onCreated();
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="oncall-override-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="oncall-override-title">Add override</DialogTitle>
        <DialogContent>
          {error && <Alert severity="error">{error}</Alert>}
          <TextField
            id="oncall-override-user"
            select
            SelectProps={{ native: true }}
            label="Who covers"
            value={user}
            onChange={e => setUser(e.target.value)}
            fullWidth
            margin="normal"
            required
          >
            <option value="" disabled>
              Choose a person
            </option>
            {candidates.map(person => (
              <option key={person.ref} value={person.ref}>
                {person.name}
              </option>
            ))}
          </TextField>
          <TextField
            id="oncall-override-from"
            type="datetime-local"
            label={`From (${zone})`}
            value={from}
            onChange={e => setFrom(e.target.value)}
            InputLabelProps={{ shrink: true }}
            fullWidth
            margin="normal"
            required
          />
          <TextField
            id="oncall-override-to"
            type="datetime-local"
            label={`To (${zone})`}
            value={to}
            onChange={e => setTo(e.target.value)}
            InputLabelProps={{ shrink: true }}
            fullWidth
            margin="normal"
            required
          />
          <TextField
            id="oncall-override-replaces"
            select
            SelectProps={{ native: true }}
            label="Replaces"
            value={replaces}
            onChange={e => setReplaces(e.target.value)}
            helperText="Whom the override relieves, for the record; it covers the whole time either way."
            fullWidth
            margin="normal"
          >
            <option value="">Nobody in particular</option>
            {candidates.map(person => (
              <option key={person.ref} value={person.ref}>
                {person.name}
              </option>
            ))}
          </TextField>
          <TextField
            id="oncall-override-reason"
            label="Reason"
            value={reason}
            onChange={e => setReason(e.target.value)}
            fullWidth
            margin="normal"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={Boolean(problem) || saving}
            title={problem}
          >
            Add override
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
