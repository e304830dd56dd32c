import { RotationResponse } from '@agile-ops/plugin-oncall-common';
import { useApi } from '@backstage/core-plugin-api';
import { TextField } from '@material-ui/core';
import { useState } from 'react';
import { oncallApiRef } from '../../../api/OncallApi';
import { FormDialog } from '../shared/FormDialog';
import { useTeam } from '../shared/TeamContext';
import { viewerZone } from '../shared/time';
import { ParticipantsField } from './ParticipantsField';
import { RoleAndZoneFields } from './RoleAndZoneFields';
import {
  initialRotationForm,
  RotationForm,
  rotationFormProblem,
  SHIFT_LENGTHS,
  toCreateRotationRequest,
  WEEKDAYS,
} from './rotationForm';

/** Props of {@link CreateRotationDialog}. */
export interface CreateRotationDialogProps {
  onClose: () => void;
  onCreated: (rotation: RotationResponse) => void;
}

/** Asks for a new rotation's rules (who, in which order, when hand-offs happen) and creates it. */
export function CreateRotationDialog(props: CreateRotationDialogProps) {
  const { onClose, onCreated } = props;
  const api = useApi(oncallApiRef);
  const { groupRef, members } = useTeam();
  const [form, setForm] = useState(() => initialRotationForm(viewerZone()));
  const problem = rotationFormProblem(form);
  const set = (fields: Partial<RotationForm>) =>
    setForm(previous => ({ ...previous, ...fields }));

  const submit = async () => {
    onCreated(
      await api.createRotation(toCreateRotationRequest(groupRef, form)),
    );
  };

  return (
    <FormDialog
      idPrefix="oncall-rotation"
      title="Create rotation"
      submitLabel="Create rotation"
      onSubmit={submit}
      onClose={onClose}
      problem={problem}
      fullWidth
    >
      <TextField
        id="oncall-rotation-name"
        label="Name"
        placeholder="Person of the week"
        value={form.name}
        onChange={e => set({ name: e.target.value })}
        fullWidth
        margin="normal"
        required
      />
      <RoleAndZoneFields
        idPrefix="oncall-rotation"
        role={form.role}
        timezone={form.timezone}
        onRoleChange={role => set({ role })}
        onTimezoneChange={timezone => set({ timezone })}
      />
      <ParticipantsField
        candidates={members}
        value={form.participants}
        onChange={participants => set({ participants })}
      />
      <TextField
        id="oncall-rotation-weekday"
        select
        SelectProps={{ native: true }}
        label="Hand-off day"
        value={form.weekday}
        onChange={e => set({ weekday: Number(e.target.value) })}
        fullWidth
        margin="normal"
      >
        {WEEKDAYS.map(day => (
          <option key={day.weekday} value={day.weekday}>
            {day.label}
          </option>
        ))}
      </TextField>
      <TextField
        id="oncall-rotation-time"
        type="time"
        label="Hand-off time"
        value={form.time}
        onChange={e => set({ time: e.target.value })}
        InputLabelProps={{ shrink: true }}
        fullWidth
        margin="normal"
        required
      />
      <TextField
        id="oncall-rotation-length"
        select
        SelectProps={{ native: true }}
        label="Shift length"
        value={form.shiftLength}
        onChange={e => set({ shiftLength: e.target.value })}
        fullWidth
        margin="normal"
      >
        {SHIFT_LENGTHS.map(length => (
          <option key={length.id} value={length.id}>
            {length.label}
          </option>
        ))}
      </TextField>
      <TextField
        id="oncall-rotation-start"
        type="date"
        label="Start date"
        value={form.startDate}
        onChange={e => set({ startDate: e.target.value })}
        helperText="The first shift starts at the hand-off time on the first hand-off day on or after it."
        InputLabelProps={{ shrink: true }}
        fullWidth
        margin="normal"
        required
      />
    </FormDialog>
  );
}
