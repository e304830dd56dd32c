import { ChangeExplanation } from '@agile-ops/plugin-maturity-common';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { Box, Button, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';

/** Props of {@link ChangeExplanationList}. */
export interface ChangeExplanationListProps {
  /** Asks the backend; called again when `windowKey` changes. */
  explain(): Promise<ChangeExplanation>;
  windowKey: string;
  /** What is explained, e.g. "Mean level of Payments". */
  subject: string;
  onClose(): void;
}

const day = (iso: string) => new Date(iso).toLocaleDateString();

/**
 * "Why did it change": the steps between two points of a trend, oldest first (scores given,
 * rubric changes, proposals, entities that joined or left), with a count of those the reader
 * may not see.
 */
export function ChangeExplanationList(props: ChangeExplanationListProps) {
  const { value, loading, error } = useAsync(props.explain, [props.windowKey]);
  return (
    <Box mt={1} role="region" aria-label="Why it changed">
      <Box display="flex" alignItems="center" justifyContent="space-between">
        <Typography variant="subtitle2">
          Why it changed
          {value &&
            ` · ${props.subject}, ${day(value.from)} – ${day(value.to)}`}
        </Typography>
        <Button size="small" onClick={props.onClose}>
          Close
        </Button>
      </Box>
      {loading && <Progress />}
      {error && (
        <ResponseErrorPanel
          error={error}
          title="Could not explain the change"
        />
      )}
      {value && value.steps.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No assessment, proposal or membership change in this window
          {value.hiddenSteps > 0 ? ' that you may see' : ''}.
        </Typography>
      )}
      {value && value.steps.length > 0 && (
        <Box component="ol" pl={3} m={0}>
          {value.steps.map((step, i) => (
            <li key={`${step.at} ${i}`}>
              <Typography variant="body2">
                {new Date(step.at).toLocaleString()}: {step.text}
              </Typography>
            </li>
          ))}
        </Box>
      )}
      {value && (value.hiddenSteps > 0 || value.truncated) && (
        <Typography variant="caption" color="textSecondary">
          {value.truncated ? 'Only the latest steps are listed. ' : ''}
          {value.hiddenSteps > 0
            ? `${value.hiddenSteps} more of entities you may not see.`
            : ''}
        </Typography>
      )}
    </Box>
  );
}
