import { MaturityVector } from '@agile-ops/plugin-maturity-common';
import { Box, makeStyles, TextField, Typography } from '@material-ui/core';
import { VectorDraft } from './assessmentForm';

const useStyles = makeStyles(theme => ({
  row: {
    display: 'grid',
    gridTemplateColumns:
      'minmax(180px, 1fr) minmax(220px, 2fr) minmax(200px, 2fr)',
    gap: theme.spacing(2),
    alignItems: 'start',
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
}));

/** Props of {@link VectorAssessmentRow}. */
export interface VectorAssessmentRowProps {
  vector: MaturityVector;
  current: number | null;
  draft?: VectorDraft;
  error?: string;
  disabled: boolean;
  onChange: (next: VectorDraft) => void;
}

/** One vector in the assessment dialog: its meaning, a score with the level hints, a rationale. */
export function VectorAssessmentRow(props: VectorAssessmentRowProps) {
  const { vector, current, draft, error, disabled, onChange } = props;
  const classes = useStyles();
  const value = draft ?? { score: '', rationale: '' };
  const scoreId = `maturity-score-${vector.id}`;
  const hint =
    value.score === '' ? undefined : vector.levelHints[Number(value.score)];
  return (
    <Box className={classes.row} role="group" aria-label={vector.title}>
      <div>
        <Typography variant="subtitle2" component="h3">
          {vector.title}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {vector.description}
        </Typography>
        <Typography variant="caption" color="textSecondary">
          Now: {current === null ? 'not scored' : current}
        </Typography>
      </div>
      <TextField
        id={scoreId}
        select
        SelectProps={{ native: true }}
        label={`${vector.title} score`}
        value={value.score}
        onChange={event => onChange({ ...value, score: event.target.value })}
        error={Boolean(error)}
        helperText={error ?? hint ?? 'Leave empty to keep the current score'}
        disabled={disabled}
        variant="outlined"
        size="small"
        fullWidth
      >
        <option value="">Keep as it is</option>
        {vector.levelHints.map((levelHint, score) => (
          <option key={score} value={String(score)}>
            {score} — {levelHint}
          </option>
        ))}
      </TextField>
      <TextField
        id={`maturity-rationale-${vector.id}`}
        label={`${vector.title} rationale`}
        value={value.rationale}
        onChange={event =>
          onChange({ ...value, rationale: event.target.value })
        }
        disabled={disabled}
        placeholder="Why this score? Link the evidence."
        multiline
        minRows={1}
        variant="outlined"
        size="small"
        fullWidth
      />
    </Box>
  );
}
