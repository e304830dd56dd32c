import {
  AssessmentResult,
  Scorecard,
  VectorId,
  VectorsResponse,
} from '@agile-ops/plugin-maturity-common';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import {
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { useMemo, useState } from 'react';
import { useMaturityApi } from '../../hooks/useRubric';
import { errorMessage } from '@agile-ops/common';
import {
  AssessmentDraft,
  checkDraft,
  DraftErrors,
  VectorDraft,
} from './assessmentForm';
import { VectorAssessmentRow } from './VectorAssessmentRow';

/** Props of {@link AssessDialog}. */
export interface AssessDialogProps {
  open: boolean;
  entityRef: string;
  rubric: VectorsResponse;
  scorecard?: Scorecard;
  onClose: () => void;
  onAssessed: (result: AssessmentResult) => void;
}

const EMPTY_DRAFT: AssessmentDraft = { vectors: {}, comment: '' };
const NO_ERRORS: DraftErrors = { vectors: {} };

function newIdempotencyKey(): string {
  return `ui-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Scores some or all vectors of an entity. One row per vector with that vector's level hints;
 * vectors left empty keep their score. Checked before sending; a retry after a network error
 * reuses the idempotency key so the backend never stores the assessment twice.
 */
export function AssessDialog(props: AssessDialogProps) {
  const { open, entityRef, rubric, scorecard, onClose, onAssessed } = props;
  const api = useMaturityApi();
  const alertApi = useApi(alertApiRef);
  const [draft, setDraft] = useState<AssessmentDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<DraftErrors>(NO_ERRORS);
  const [submitError, setSubmitError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  const current = useMemo(
    () => new Map(scorecard?.vectors.map(entry => [entry.vector, entry.score])),
    [scorecard],
  );
  const order = rubric.vectors.map(vector => vector.id);

  const reset = () => {
    setDraft(EMPTY_DRAFT);
    setErrors(NO_ERRORS);
    setSubmitError(undefined);
    setIdempotencyKey(newIdempotencyKey());
  };

  const close = () => {
    if (submitting) return;
    reset();
    onClose();
  };

  const updateVector = (vector: VectorId, next: VectorDraft) => {
    setDraft(previous => ({
      ...previous,
      vectors: { ...previous.vectors, [vector]: next },
    }));
    // The key belongs to one request body; an edited form is a new request.
    setIdempotencyKey(newIdempotencyKey());
  };

  const submit = async () => {
    const checked = checkDraft(draft, order);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors(NO_ERRORS);
    setSubmitError(undefined);
    setSubmitting(true);
    try {
      const result = await api.createAssessment(entityRef, {
        ...checked.request,
        idempotencyKey,
      });
      setSubmitting(false);
      reset();
      onAssessed(result);
      alertApi.post({
        message: `Assessment saved: ${result.assessment.scores.length} vector(s) scored`,
        severity: 'success',
        display: 'transient',
      });
    } catch (error) {
      setSubmitting(false);
      setSubmitError(errorMessage(error));
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      maxWidth="md"
      fullWidth
      aria-labelledby="maturity-assess-title"
    >
      <DialogTitle id="maturity-assess-title">Assess {entityRef}</DialogTitle>
      <DialogContent dividers>
        <DialogContentText>
          Score the vectors you can judge today; leave the others empty and they
          keep their current score. Each option says what that score looks like
          for the vector.
        </DialogContentText>
        {errors.form && (
          <Alert severity="warning" role="alert">
            {errors.form}
          </Alert>
        )}
        {rubric.vectors.map(vector => (
          <VectorAssessmentRow
            key={vector.id}
            vector={vector}
            current={current.get(vector.id) ?? null}
            draft={draft.vectors[vector.id]}
            error={errors.vectors[vector.id]}
            disabled={submitting}
            onChange={next => updateVector(vector.id, next)}
          />
        ))}
        <TextField
          id="maturity-assessment-comment"
          label="Comment"
          helperText={
            errors.comment ?? 'What prompted this assessment (optional)'
          }
          error={Boolean(errors.comment)}
          value={draft.comment}
          onChange={event => {
            const comment = event.target.value;
            setDraft(previous => ({ ...previous, comment }));
          }}
          disabled={submitting}
          multiline
          minRows={2}
          fullWidth
          variant="outlined"
          margin="normal"
        />
        {submitError && (
          <Alert severity="error" role="alert">
            The assessment was not saved: {submitError}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={submitting}>
          Cancel
        </Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={submitting}
          startIcon={submitting ? <CircularProgress size={16} /> : undefined}
        >
          Save assessment
        </Button>
      </DialogActions>
    </Dialog>
  );
}
