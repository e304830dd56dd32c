import { HandoffWithNotes, spec } from '@agile-ops/plugin-oncall-common';
import { useApi } from '@backstage/core-plugin-api';
import { useState } from 'react';
import { oncallApiRef } from '../../../api/OncallApi';
import { FormDialog } from '../shared/FormDialog';
import { FormField } from '../shared/FormField';

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

  const submit = async () => {
    await api.createHandoffNote(rotationId, {
      at: handoff.at,
      text: text.trim(),
    });
    onCreated();
  };

  return (
    <FormDialog
      idPrefix="oncall-note"
      title="Add hand-off note"
      submitLabel="Save note"
      onSubmit={submit}
      onClose={onClose}
      disabled={!text.trim()}
      fullWidth
      intro={<>For the hand-off on {description}.</>}
    >
      <FormField
        id="oncall-note-text"
        label="Note"
        helperText="What is open, what to watch, whom to ask."
        value={text}
        onChange={setText}
        multiline
        minRows={3}
        required
        inputProps={{
          // The on-call API's limit, so the field stops where the backend would refuse.
          maxLength:
            spec.components.schemas.CreateHandoffNoteRequest.properties.text
              .maxLength,
        }}
      />
    </FormDialog>
  );
}
