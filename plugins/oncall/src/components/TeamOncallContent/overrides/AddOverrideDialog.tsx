import {
  CreateOverrideRequest,
  RotationResponse,
  spec,
} from '@agile-ops/plugin-oncall-common';
import { useApi } from '@backstage/core-plugin-api';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { oncallApiRef } from '../../../api/OncallApi';
import { FormDialog } from '../shared/FormDialog';
import { FormField } from '../shared/FormField';
import { SelectField } from '../shared/SelectField';
import { useCandidates } from '../shared/useCandidates';
import { fromLocalInput, toLocalInput } from '../shared/time';
import { WallClockField } from '../shared/WallClockField';

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

  const start = fromLocalInput(from, zone);
  const end = fromLocalInput(to, zone);
  const problem = formProblem(user, start, end);

  const personOptions = candidates.map(person => ({
    id: person.ref,
    label: person.name,
  }));

  const submit = async () => {
    const request: CreateOverrideRequest = {
      user,
      // Set when there is no problem, which is when the dialog submits.
      start: start!,
      end: end!,
      ...(replaces ? { replaces } : {}),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    };
    await api.createOverride(rotation.id, request);
    onCreated();
  };

  return (
    <FormDialog
      idPrefix="oncall-override"
      title="Add override"
      onSubmit={submit}
      onClose={onClose}
      problem={problem}
    >
      <SelectField
        id="oncall-override-user"
        label="Who covers"
        empty={{ label: 'Choose a person', disabled: true }}
        options={personOptions}
        value={user}
        onChange={setUser}
        required
      />
      <WallClockField
        id="oncall-override-from"
        label="From"
        zone={zone}
        value={from}
        onChange={setFrom}
      />
      <WallClockField
        id="oncall-override-to"
        label="To"
        zone={zone}
        value={to}
        onChange={setTo}
      />
      <SelectField
        id="oncall-override-replaces"
        label="Replaces"
        empty={{ label: 'Nobody in particular' }}
        options={personOptions}
        value={replaces}
        onChange={setReplaces}
        helperText="Whom the override relieves, for the record; it covers the whole time either way."
      />
      <FormField
        id="oncall-override-reason"
        label="Reason"
        value={reason}
        onChange={setReason}
        inputProps={{
          // The on-call API's limit, so the field stops where the backend would refuse.
          maxLength:
            spec.components.schemas.CreateOverrideRequest.properties.reason
              .maxLength,
        }}
      />
    </FormDialog>
  );
}
