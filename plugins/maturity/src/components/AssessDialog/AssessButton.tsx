import { Scorecard, VectorsResponse } from '@agile-ops/plugin-maturity-common';
import { Button, ButtonProps } from '@material-ui/core';
import { ReactNode, useState } from 'react';
import { useCanAssess } from '../../hooks/useCanAssess';
import { AssessDialog } from './AssessDialog';

/** Props of {@link AssessButton}. */
export interface AssessButtonProps {
  entityRef: string;
  rubric: VectorsResponse;
  scorecard: Scorecard;
  label: string;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  /** Shown instead of the button to users who may not assess the entity. */
  fallback?: ReactNode;
  onAssessed: () => void;
}

/** A button that opens the assessment dialog, shown only to users allowed to assess. */
export function AssessButton(props: AssessButtonProps) {
  const { entityRef, rubric, scorecard, label, variant, size } = props;
  const canAssess = useCanAssess(entityRef);
  const [open, setOpen] = useState(false);
  if (!canAssess.allowed) return <>{props.fallback ?? null}</>;
  return (
    <>
      <Button
        color="primary"
        variant={variant}
        size={size}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      <AssessDialog
        open={open}
        entityRef={entityRef}
        rubric={rubric}
        scorecard={scorecard}
        onClose={() => setOpen(false)}
        onAssessed={() => {
          setOpen(false);
          props.onAssessed();
        }}
      />
    </>
  );
}
