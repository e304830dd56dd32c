import { RotationResponse } from '@agile-ops/plugin-oncall-common';
import { TextField, Typography } from '@material-ui/core';
import { roleLabel } from '../../../lib/roles';

/** Props of {@link RotationPicker}. */
export interface RotationPickerProps {
  /** Sorted, PoTW first. */
  rotations: RotationResponse[];
  selected: RotationResponse;
  onSelect: (rotationId: string) => void;
}

/** A rotation selector when the team has several, else the one rotation's name. */
export function RotationPicker(props: RotationPickerProps) {
  const { rotations, selected, onSelect } = props;
  if (rotations.length === 1) {
    return (
      <Typography variant="h6" component="h2">
        {selected.name}{' '}
        <Typography component="span" color="textSecondary">
          ({roleLabel(selected.role)})
        </Typography>
      </Typography>
    );
  }
  return (
    <TextField
      id="oncall-rotation-picker"
      select
      SelectProps={{ native: true }}
      label="Rotation"
      value={selected.id}
      onChange={e => onSelect(e.target.value)}
      variant="outlined"
      size="small"
    >
      {rotations.map(rotation => (
        <option key={rotation.id} value={rotation.id}>
          {rotation.name} ({roleLabel(rotation.role)})
        </option>
      ))}
    </TextField>
  );
}
