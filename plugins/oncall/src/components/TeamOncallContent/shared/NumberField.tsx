import { FormField, FormFieldProps } from './FormField';

/** Props of {@link NumberField}. */
export interface NumberFieldProps
  extends Omit<FormFieldProps, 'type' | 'inputProps'> {
  /** The smallest number the input's arrows go to. */
  min: number;
  /** How far one press of the input's arrows moves; the browser's default (1) when left out. */
  step?: number;
}

/**
 * A number input of a dialog's form. The owner keeps the text as typed (empty when left
 * blank) and reads it as a number itself, so it can name what is wrong.
 */
export function NumberField(props: NumberFieldProps) {
  const { min, step, ...rest } = props;
  return (
    <FormField
      type="number"
      inputProps={step === undefined ? { min } : { min, step }}
      {...rest}
    />
  );
}
