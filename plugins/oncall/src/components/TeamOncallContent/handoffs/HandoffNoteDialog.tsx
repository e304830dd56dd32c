import { HandoffWithNotes } from '@agile-ops/plugin-oncall-common';
import { useApi } from '@backstage/core-plugin-api';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useState } from 'react';
import { oncallApiRef } from '../../../api/OncallApi';
import { errorMessage } from '../shared/errorMessage';

/** Props of {@link HandoffNoteDialog}. */
export interface HandoffNoteDialogProps {
  rotationId: string;
  handoff: HandoffWithNotes;
  /** How to name the hand-off to the reader: "Mon 16 Mar, 09:00, Alice to Bob". */
  description: string;
  onClose: () => void;
  onCreated: () => void;
}

/** Asks for a note for one hand-off (what is open, what to watch) and saves it. */
export function HandoffNoteDialog(props: HandoffNoteDialogProps) {
  const { rotationId, handoff, description, onClose, onCreated } = props;
  const api = useApi(oncallApiRef);
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setSaving(true);
    setError(undefined);
    try {
      await api.createHandoffNote(rotationId, {
        at: handoff.at,
        text: text.trim(),
      });
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
      aria-labelledby="oncall-note-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="oncall-note-title">Add hand-off note</DialogTitle>
        <DialogContent>
          <DialogContentText>
            For the hand-off on {description}.
          </DialogContentText>
          {error && <Alert severity="error">{error}</Alert>}
          <TextField
            id="oncall-note-text"
            label="Note"
            helperText="What is open, what to watch, whom to ask."
            value={text}
            onChange={e => setText(e.target.value)}
            multiline
            minRows={3}
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
            disabled={!text.trim() || saving}
          >
            Save note
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
