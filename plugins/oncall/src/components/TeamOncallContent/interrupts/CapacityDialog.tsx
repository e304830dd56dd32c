import { TeamCapacity } from '@agile-ops/plugin-oncall-common';
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
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const peopleNumber = positive(people);
  const hoursNumber = positive(hoursPerPerson);
  const valid =
    peopleNumber !== undefined &&
    Number.isInteger(peopleNumber) &&
    hoursNumber !== undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    setSaving(true);
    setError(undefined);
    try {
      await api.setCapacity(groupRef, {
        people: peopleNumber!,
        hoursPerPerson: hoursNumber!,
      });
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="oncall-capacity-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="oncall-capacity-title">Edit capacity</DialogTitle>
        <DialogContent>
          <DialogContentText>
            Planned working hours of the team per iteration, against which
            interrupts are measured. This setting wins over the group annotation{' '}
            {CAPACITY_ANNOTATION}.
          </DialogContentText>
          {error && <Alert severity="error">{error}</Alert>}
          <TextField
            id="oncall-capacity-people"
            label="People"
            type="number"
            inputProps={{ min: 1, step: 1 }}
            value={people}
            onChange={e => setPeople(e.target.value)}
            fullWidth
            margin="normal"
            required
          />
          <TextField
            id="oncall-capacity-hours"
            label="Hours per person per iteration"
            type="number"
            inputProps={{ min: 1 }}
            value={hoursPerPerson}
            onChange={e => setHoursPerPerson(e.target.value)}
            helperText={
              valid
                ? `${peopleNumber! * hoursNumber!} h per iteration in total`
                : 'Planned hours, after meetings and time off.'
            }
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
            disabled={!valid || saving}
          >
            Save capacity
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
