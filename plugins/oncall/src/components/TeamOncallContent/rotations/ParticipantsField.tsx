import { TextField } from '@material-ui/core';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { Person } from '../shared/TeamContext';

/** Props of {@link ParticipantsField}. */
export interface ParticipantsFieldProps {
  candidates: Person[];
  /** User refs in turn order. */
  value: string[];
  onChange: (refs: string[]) => void;
}

/**
 * A multi-select of the team's members that keeps the order they were picked in, which is the
 * order they take turns; removing someone and picking them again moves them to the end.
 */
export function ParticipantsField(props: ParticipantsFieldProps) {
  const { candidates, value, onChange } = props;
  const byRef = new Map(candidates.map(person => [person.ref, person]));
  const selected = value.map(ref => byRef.get(ref) ?? { ref, name: ref });
  return (
    <Autocomplete
      id="oncall-rotation-participants"
      multiple
      options={candidates}
      value={selected}
      getOptionLabel={person => person.name}
      getOptionSelected={(option, picked) => option.ref === picked.ref}
      onChange={(_event, people) => onChange(people.map(person => person.ref))}
      renderInput={params => (
        <TextField
          {...params}
          label="Participants"
          helperText="In the order they take turns; the first covers the first shift."
          margin="normal"
        />
      )}
    />
  );
}
