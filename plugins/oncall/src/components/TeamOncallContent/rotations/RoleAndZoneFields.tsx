import { RotationRole } from '@agile-ops/plugin-oncall-common';
import { TextField } from '@material-ui/core';
import { ROLE_OPTIONS, timezoneProblem } from './rotationForm';

/** Props of {@link RoleAndZoneFields}. */
export interface RoleAndZoneFieldsProps {
  /** Prefix of the fields' ids, so two dialogs never share one. */
  idPrefix: string;
  role: RotationRole;
  timezone: string;
  onRoleChange: (role: RotationRole) => void;
  onTimezoneChange: (timezone: string) => void;
}

/** The role select and the time zone field shared by the create and import dialogs. */
export function RoleAndZoneFields(props: RoleAndZoneFieldsProps) {
  const { idPrefix, role, timezone, onRoleChange, onTimezoneChange } = props;
  const problem = timezone.trim()
    ? timezoneProblem(timezone.trim())
    : undefined;
  return (
    <>
      <TextField
        id={`${idPrefix}-role`}
        select
        SelectProps={{ native: true }}
        label="Role"
        value={role}
        onChange={e => onRoleChange(e.target.value)}
        fullWidth
        margin="normal"
      >
        {ROLE_OPTIONS.map(option => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </TextField>
      <TextField
        id={`${idPrefix}-timezone`}
        label="Time zone"
        value={timezone}
        onChange={e => onTimezoneChange(e.target.value)}
        error={Boolean(problem)}
        helperText={
          problem ??
          'IANA name; hand-offs keep their local time across daylight saving.'
        }
        fullWidth
        margin="normal"
        required
      />
    </>
  );
}
