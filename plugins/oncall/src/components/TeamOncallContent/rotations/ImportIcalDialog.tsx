import {
  RotationResponse,
  RotationRole,
} from '@agile-ops/plugin-oncall-common';
import { useApi } from '@backstage/core-plugin-api';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormHelperText,
  InputLabel,
  TextField,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { ChangeEvent, FormEvent, useState } from 'react';
import { oncallApiRef } from '../../../api/OncallApi';
import { errorMessage } from '../shared/errorMessage';
import { useTeam } from '../shared/TeamContext';
import { viewerZone } from '../shared/time';
import { RoleAndZoneFields } from './RoleAndZoneFields';
import { timezoneProblem } from './rotationForm';

// FileReader rather than Blob.text(), which older browsers and jsdom lack.
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Props of {@link ImportIcalDialog}. */
export interface ImportIcalDialogProps {
  onClose: () => void;
  onCreated: (rotation: RotationResponse) => void;
}

/**
 * Imports a schedule exported as iCal by another on-call tool as a rotation of the team; the
 * calendar comes from a file or is pasted.
 */
export function ImportIcalDialog(props: ImportIcalDialogProps) {
  const { onClose, onCreated } = props;
  const api = useApi(oncallApiRef);
  const { groupRef } = useTeam();
  const [name, setName] = useState('');
  const [role, setRole] = useState<RotationRole>('primary');
  const [timezone, setTimezone] = useState(viewerZone);
  const [ics, setIcs] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const problem = !name.trim()
    ? 'Enter a name.'
    : timezoneProblem(timezone.trim()) ??
      (!ics.includes('BEGIN:VCALENDAR')
        ? 'Choose an .ics file or paste the calendar.'
        : undefined);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setIcs(await readText(file));
    } catch (e) {
      setError(`Could not read ${file.name}: ${errorMessage(e)}`);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    setSaving(true);
    setError(undefined);
    try {
      onCreated(
        await api.importRotation({
          owner: groupRef,
          name: name.trim(),
          role,
          timezone: timezone.trim(),
          ics,
        }),
      );
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="oncall-import-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="oncall-import-title">Import iCal</DialogTitle>
        <DialogContent>
          <DialogContentText>
            Export the schedule from your current on-call tool as iCal. Each
            event becomes a shift; people are matched to catalog users by e-mail
            or name.
          </DialogContentText>
          {error && <Alert severity="error">{error}</Alert>}
          <TextField
            id="oncall-import-name"
            label="Name"
            value={name}
            onChange={e => setName(e.target.value)}
            fullWidth
            margin="normal"
            required
          />
          <RoleAndZoneFields
            idPrefix="oncall-import"
            role={role}
            timezone={timezone}
            onRoleChange={setRole}
            onTimezoneChange={setTimezone}
          />
          <FormControl fullWidth margin="normal">
            <InputLabel shrink htmlFor="oncall-import-file">
              Calendar file (.ics)
            </InputLabel>
            <input
              id="oncall-import-file"
              type="file"
              accept=".ics,text/calendar"
              onChange={readFile}
              style={{ marginTop: 24 }}
              aria-describedby="oncall-import-file-help"
            />
            <FormHelperText id="oncall-import-file-help">
              Or paste the calendar below.
            </FormHelperText>
          </FormControl>
          <TextField
            id="oncall-import-ics"
            label="Calendar (iCal text)"
            value={ics}
            onChange={e => setIcs(e.target.value)}
            multiline
            minRows={4}
            maxRows={12}
            fullWidth
            margin="normal"
            inputProps={{ spellCheck: false }}
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
            Import
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
