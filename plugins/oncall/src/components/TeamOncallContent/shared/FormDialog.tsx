import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, ReactNode, useState } from 'react';
import { errorMessage } from '@agile-ops/common';

/** Props of {@link FormDialog}. */
export interface FormDialogProps {
  /** Prefix of the dialog's ids; the title's is `${idPrefix}-title`. */
  idPrefix: string;
  /** The dialog's title, which is also its accessible name. */
  title: string;
  /** Text of the submit button, such as "Save note"; the title when it says the same. */
  submitLabel?: string;
  /** Sends the form; resolves once saved, or rejects with the error to show. */
  onSubmit: () => Promise<void>;
  onClose: () => void;
  /** What to fix before the form can be sent: disables submit and is its tooltip. */
  problem?: string;
  /** Disables submit without a tooltip, for forms that say what is missing elsewhere. */
  disabled?: boolean;
  /** Whether the dialog takes the full width up to `sm` (its maximum), for long fields. */
  fullWidth?: boolean;
  /** Text above the error and the fields. */
  intro?: ReactNode;
  /** An error from outside the submission (an unreadable file), shown instead; the owner clears it. */
  error?: string;
  /** The form's fields. */
  children: ReactNode;
}

/**
 * A dialog holding a form with Cancel and a submit button: while the submission runs the
 * button is disabled, and a failure shows the server's message above the fields. It opens
 * when mounted; the owner unmounts it on close or success.
 */
export function FormDialog(props: FormDialogProps) {
  const { idPrefix, title, onSubmit, onClose, problem } = props;
  const [saving, setSaving] = useState(false);
  const [submitError, setSubmitError] = useState<string>();
  const blocked = Boolean(problem) || Boolean(props.disabled);
  const error = props.error ?? submitError;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    setSaving(true);
    setSubmitError(undefined);
    try {
      await onSubmit();
    } catch (e) {
      setSubmitError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={`${idPrefix}-title`}
      fullWidth={props.fullWidth}
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={`${idPrefix}-title`}>{title}</DialogTitle>
        <DialogContent>
          {props.intro && <DialogContentText>{props.intro}</DialogContentText>}
          {error && <Alert severity="error">{error}</Alert>}
          {props.children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={blocked || saving}
            title={problem}
          >
            {props.submitLabel ?? title}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
