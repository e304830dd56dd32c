import {
  oncallRotationManagePermission,
  RotationResponse,
} from '@agile-ops/plugin-oncall-common';
import { ButtonProps } from '@material-ui/core';
import { useState } from 'react';
import { PermittedButton } from '../shared/PermittedButton';
import { CreateRotationDialog } from './CreateRotationDialog';
import { ImportIcalDialog } from './ImportIcalDialog';

/** Props of {@link NewRotationButtons}. */
export interface NewRotationButtonsProps {
  /** Label of the create button: "Create rotation" in the empty state, else "New rotation". */
  createLabel: string;
  variant?: ButtonProps['variant'];
  onCreated: (rotation: RotationResponse) => void;
}

/** "Create rotation" and "Import iCal" buttons with their dialogs, for rotation managers. */
export function NewRotationButtons(props: NewRotationButtonsProps) {
  const { createLabel, variant, onCreated } = props;
  const [open, setOpen] = useState<'create' | 'import'>();
  const created = (rotation: RotationResponse) => {
    setOpen(undefined);
    onCreated(rotation);
  };
  return (
    <>
      <PermittedButton
        permission={oncallRotationManagePermission}
        deniedAction="create rotations"
        color="primary"
        variant={variant}
        onClick={() => setOpen('create')}
      >
        {createLabel}
      </PermittedButton>
      <PermittedButton
        permission={oncallRotationManagePermission}
        deniedAction="import rotations"
        color="primary"
        onClick={() => setOpen('import')}
      >
        Import iCal
      </PermittedButton>
      {open === 'create' && (
        <CreateRotationDialog
          onClose={() => setOpen(undefined)}
          onCreated={created}
        />
      )}
      {open === 'import' && (
        <ImportIcalDialog
          onClose={() => setOpen(undefined)}
          onCreated={created}
        />
      )}
    </>
  );
}
