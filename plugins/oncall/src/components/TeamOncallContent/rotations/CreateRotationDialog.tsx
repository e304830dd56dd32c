import { useApi } from '@backstage/core-plugin-api';
import { useState } from 'react';
import { oncallApiRef } from '../../../api/OncallApi';
import { FormDialog } from '../shared/FormDialog';
import { FormField } from '../shared/FormField';
import { SelectField } from '../shared/SelectField';
import { useTeam } from '../shared/TeamContext';
import { viewerZone } from '../shared/time';
import { NewRotationDialogProps } from './NewRotationDialogProps';
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

/** Asks for a new rotation's rules (who, in which order, when hand-offs happen) and creates it. */
export function CreateRotationDialog(props: NewRotationDialogProps) {
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
      onSubmit={submit}
      onClose={onClose}
      problem={problem}
      fullWidth
    >
      <FormField
        id="oncall-rotation-name"
        label="Name"
        placeholder="Person of the week"
        value={form.name}
        onChange={name => set({ name })}
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
      <SelectField
        id="oncall-rotation-weekday"
        label="Hand-off day"
        options={WEEKDAYS}
        value={form.weekday}
        onChange={weekday => set({ weekday })}
      />
      <FormField
        id="oncall-rotation-time"
        type="time"
        label="Hand-off time"
        value={form.time}
        onChange={time => set({ time })}
        required
      />
      <SelectField<string>
        id="oncall-rotation-length"
        label="Shift length"
        options={SHIFT_LENGTHS}
        value={form.shiftLength}
        onChange={shiftLength => set({ shiftLength })}
      />
      <FormField
        id="oncall-rotation-start"
        type="date"
        label="Start date"
        value={form.startDate}
        onChange={startDate => set({ startDate })}
        helperText="The first shift starts at the hand-off time on the first hand-off day on or after it."
        required
      />
    </FormDialog>
  );
}
