import { RotationRole } from '@agile-ops/plugin-oncall-common';
import { FormField } from '../shared/FormField';
import { SelectField } from '../shared/SelectField';
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
      <SelectField<RotationRole>
        id={`${idPrefix}-role`}
        label="Role"
        options={ROLE_OPTIONS}
        value={role}
        onChange={onRoleChange}
      />
      <FormField
        id={`${idPrefix}-timezone`}
        label="Time zone"
        value={timezone}
        onChange={onTimezoneChange}
        error={Boolean(problem)}
        helperText={
          problem ??
          'IANA name; hand-offs keep their local time across daylight saving.'
        }
        required
      />
    </>
  );
}
