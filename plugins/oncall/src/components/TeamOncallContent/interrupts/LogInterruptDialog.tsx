import {
  CreateInterruptRequest,
  INTERRUPT_CATEGORIES,
  InterruptCategory,
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
import { fromLocalInput, toLocalInput, viewerZone } from '../shared/time';
import { CATEGORY_LABELS } from './format';

// The first thing to fix before the form can be sent, in words.
function formProblem(
  title: string,
  effortMinutes: number | undefined,
  received: string | undefined,
): string | undefined {
  if (!title.trim()) return 'Enter a title.';
  if (
    effortMinutes !== undefined &&
    (!Number.isFinite(effortMinutes) || effortMinutes < 0)
  ) {
    return 'Effort must be a number of minutes, 0 or more.';
  }
  if (!received) return 'Enter when it was received.';
  return undefined;
}

/** Props of {@link LogInterruptDialog}. */
export interface LogInterruptDialogProps {
  groupRef: string;
  onClose: () => void;
  onCreated: () => void;
}

/**
 * Records an interrupt in the team's ledger; the backend fills in who triaged it (the PoTW at
 * the time it was received) and answers a bad field with a message shown here.
 */
export function LogInterruptDialog(props: LogInterruptDialogProps) {
  const { groupRef, onClose, onCreated } = props;
  const api = useApi(oncallApiRef);
  const zone = viewerZone();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<InterruptCategory>('request');
  const [entityRef, setEntityRef] = useState('');
  const [effort, setEffort] = useState('');
  const [receivedAt, setReceivedAt] = useState(() =>
    toLocalInput(DateTime.now().setZone(zone)),
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const effortMinutes = effort.trim() === '' ? undefined : Number(effort);
  const received = fromLocalInput(receivedAt, zone);
  const problem = formProblem(title, effortMinutes, received);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    const request: CreateInterruptRequest = {
      team: groupRef,
      title: title.trim(),
      category,
      receivedAt: received,
      ...(entityRef.trim() ? { entityRef: entityRef.trim() } : {}),
      ...(effortMinutes !== undefined ? { effortMinutes } : {}),
    };
    setSaving(true);
    setError(undefined);
    try {
      await api.createInterrupt(request);
      onCreated();
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="oncall-interrupt-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="oncall-interrupt-title">Log interrupt</DialogTitle>
        <DialogContent>
          {error && <Alert severity="error">{error}</Alert>}
          <TextField
            id="oncall-interrupt-title-field"
            label="Title"
            value={title}
            onChange={e => setTitle(e.target.value)}
            fullWidth
            margin="normal"
            required
          />
          <TextField
            id="oncall-interrupt-category"
            select
            SelectProps={{ native: true }}
            label="Category"
            value={category}
            onChange={e => setCategory(e.target.value as InterruptCategory)}
            fullWidth
            margin="normal"
          >
            {INTERRUPT_CATEGORIES.map(id => (
              <option key={id} value={id}>
                {CATEGORY_LABELS[id]}
              </option>
            ))}
          </TextField>
          <TextField
            id="oncall-interrupt-entity"
            label="Entity (optional)"
            placeholder="component:default/payments-api"
            helperText="The catalog entity it concerns, as an entity ref."
            value={entityRef}
            onChange={e => setEntityRef(e.target.value)}
            fullWidth
            margin="normal"
          />
          <TextField
            id="oncall-interrupt-effort"
            label="Effort in minutes (optional)"
            type="number"
            inputProps={{ min: 0, step: 5 }}
            value={effort}
            onChange={e => setEffort(e.target.value)}
            fullWidth
            margin="normal"
          />
          <TextField
            id="oncall-interrupt-received"
            label={`Received at (${zone})`}
            type="datetime-local"
            value={receivedAt}
            onChange={e => setReceivedAt(e.target.value)}
            InputLabelProps={{ shrink: true }}
            fullWidth
            margin="normal"
            required
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
            Log interrupt
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
