import { RotationRole } from '@agile-ops/plugin-oncall-common';
import { useApi } from '@backstage/core-plugin-api';
import { FormControl, FormHelperText, InputLabel } from '@material-ui/core';
import { ChangeEvent, useState } from 'react';
import { oncallApiRef } from '../../../api/OncallApi';
import { errorMessage } from '@agile-ops/common';
import { FormDialog } from '../shared/FormDialog';
import { FormField } from '../shared/FormField';
import { useTeam } from '../shared/TeamContext';
import { viewerZone } from '../shared/time';
import { NewRotationDialogProps } from './NewRotationDialogProps';
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

/**
 * Imports a schedule exported as iCal by another on-call tool as a rotation of the team; the
 * calendar comes from a file or is pasted.
 */
export function ImportIcalDialog(props: NewRotationDialogProps) {
  const { onClose, onCreated } = props;
  const api = useApi(oncallApiRef);
  const { groupRef } = useTeam();
  const [name, setName] = useState('');
  const [role, setRole] = useState<RotationRole>('primary');
  const [timezone, setTimezone] = useState(viewerZone);
  const [ics, setIcs] = useState('');
  // Why a chosen file could not be read; being newer, it replaces a failed import's message
  // until the next import clears it.
  const [readError, setReadError] = useState<string>();

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
      setReadError(`Could not read ${file.name}: ${errorMessage(e)}`);
    }
  };

  const submit = async () => {
    setReadError(undefined);
    onCreated(
      await api.importRotation({
        owner: groupRef,
        name: name.trim(),
        role,
        timezone: timezone.trim(),
        ics,
      }),
    );
  };

  return (
    <FormDialog
      idPrefix="oncall-import"
      title="Import iCal"
      submitLabel="Import"
      onSubmit={submit}
      onClose={onClose}
      problem={problem}
      error={readError}
      fullWidth
      intro={
        <>
          Export the schedule from your current on-call tool as iCal. Each event
          becomes a shift; people are matched to catalog users by e-mail or
          name.
        </>
      }
    >
      <FormField
        id="oncall-import-name"
        label="Name"
        value={name}
        onChange={setName}
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
      <FormField
        id="oncall-import-ics"
        label="Calendar (iCal text)"
        value={ics}
        onChange={setIcs}
        multiline
        minRows={4}
        maxRows={12}
        inputProps={{ spellCheck: false }}
      />
    </FormDialog>
  );
}
