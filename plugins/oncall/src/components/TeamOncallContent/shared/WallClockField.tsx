import { FormField } from './FormField';

/** Props of {@link WallClockField}. */
export interface WallClockFieldProps {
  id: string;
  /** What the time is, such as "From"; the zone follows in brackets. */
  label: string;
  /** The IANA zone whose wall clock the time is read on. */
  zone: string;
  /** The input's value, as `toLocalInput` writes it and `fromLocalInput` reads it. */
  value: string;
  onChange: (value: string) => void;
}

/** A required date-and-time input read on the wall clock of a zone, which its label names. */
export function WallClockField(props: WallClockFieldProps) {
  const { label, zone, ...rest } = props;
  return (
    <FormField
      type="datetime-local"
      label={`${label} (${zone})`}
      required
      {...rest}
    />
  );
}
