import { StandardTextFieldProps, TextField } from '@material-ui/core';

/** Props of {@link FormField}: a TextField's, with a handler that is given the new text. */
export interface FormFieldProps
  extends Omit<StandardTextFieldProps, 'id' | 'value' | 'onChange'> {
  id: string;
  value: string | number;
  onChange: (value: string) => void;
}

// These inputs draw their own placeholder ("dd/mm/yyyy", "--:--"), which a label resting
// inside the input would cover.
const DRAWS_PLACEHOLDER = new Set(['date', 'time', 'datetime-local']);

/**
 * A text field of a dialog's form: full width and spaced like its neighbours, with the label
 * kept above date and time inputs. Other TextField props pass through.
 */
export function FormField(props: FormFieldProps) {
  const { onChange, ...rest } = props;
  return (
    <TextField
      fullWidth
      margin="normal"
      InputLabelProps={
        DRAWS_PLACEHOLDER.has(props.type ?? '') ? { shrink: true } : undefined
      }
      {...rest}
      onChange={event => onChange(event.target.value)}
    />
  );
}
