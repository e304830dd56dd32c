import { TeamCapacity } from '@agile-ops/plugin-oncall-common';
import { useApi } from '@backstage/core-plugin-api';
import { useState } from 'react';
import { oncallApiRef } from '../../../api/OncallApi';
import { FormDialog } from '../shared/FormDialog';
import { NumberField } from '../shared/NumberField';
import { CAPACITY_ANNOTATION } from './capacityText';

/** Props of {@link CapacityDialog}. */
export interface CapacityDialogProps {
  groupRef: string;
  capacity: TeamCapacity;
  onClose: () => void;
  onSaved: () => void;
}

function positive(value: string): number | undefined {
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) && number > 0
    ? number
    : undefined;
}

/** Sets the team's planned capacity per iteration as people × hours per person. */
export function CapacityDialog(props: CapacityDialogProps) {
  const { groupRef, capacity, onClose, onSaved } = props;
  const api = useApi(oncallApiRef);
  const [people, setPeople] = useState(String(capacity.people ?? ''));
  const [hoursPerPerson, setHoursPerPerson] = useState(
    String(capacity.hoursPerPerson ?? ''),
  );
  const peopleNumber = positive(people);
  const hoursNumber = positive(hoursPerPerson);
  const valid =
    peopleNumber !== undefined &&
    Number.isInteger(peopleNumber) &&
    hoursNumber !== undefined;

  const submit = async () => {
    await api.setCapacity(groupRef, {
      people: peopleNumber!,
      hoursPerPerson: hoursNumber!,
    });
    onSaved();
  };

  return (
    <FormDialog
      idPrefix="oncall-capacity"
      title="Edit capacity"
      submitLabel="Save capacity"
      onSubmit={submit}
      onClose={onClose}
      disabled={!valid}
      intro={
        <>
          Planned working hours of the team per iteration, against which
          interrupts are measured. This setting wins over the group annotation{' '}
          {CAPACITY_ANNOTATION}.
        </>
      }
    >
      <NumberField
        id="oncall-capacity-people"
        label="People"
        min={1}
        step={1}
        value={people}
        onChange={setPeople}
        required
      />
      <NumberField
        id="oncall-capacity-hours"
        label="Hours per person per iteration"
        min={1}
        value={hoursPerPerson}
        onChange={setHoursPerPerson}
        helperText={
          valid
            ? `${peopleNumber! * hoursNumber!} h per iteration in total`
            : 'Planned hours, after meetings and time off.'
        }
        required
      />
    </FormDialog>
  );
}
