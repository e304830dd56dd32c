import { FormField, FormFieldProps } from './FormField';

/** One choice of a {@link SelectField}. */
export interface SelectOption<T extends string | number> {
  id: T;
  label: string;
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps<T extends string | number>
  extends Omit<FormFieldProps, 'value' | 'onChange' | 'select' | 'children'> {
  options: ReadonlyArray<SelectOption<T>>;
  value: T | '';
  /** Given the chosen option's id, of the options' own type (a number stays a number). */
  onChange: (value: T) => void;
  /**
   * A first choice of value "" for when nothing is chosen yet; `disabled` makes it a prompt
   * that cannot be chosen back.
   */
  empty?: { label: string; disabled?: boolean };
}

/** A native select of a dialog's form, laid out like its {@link FormField} neighbours. */
export function SelectField<T extends string | number>(
  props: SelectFieldProps<T>,
) {
  const { options, onChange, empty, ...rest } = props;
  // A native select reports the chosen value as text; hand back the option's own id, or ""
  // for the empty choice, the one value that is no option's.
  const choose = (text: string) =>
    onChange(
      options.find(option => String(option.id) === text)?.id ?? (text as T),
    );
  return (
    <FormField
      select
      SelectProps={{ native: true }}
      {...rest}
      onChange={choose}
    >
      {empty && (
        <option value="" disabled={empty.disabled}>
          {empty.label}
        </option>
      )}
      {options.map(option => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </FormField>
  );
}
