import {
  oncallRotationManagePermission,
  RotationResponse,
} from '@agile-ops/plugin-oncall-common';
import { usePermission } from '@backstage/plugin-permission-react';
import { Button } from '@material-ui/core';
import EventIcon from '@material-ui/icons/Event';
import { useState } from 'react';
import { useTeam } from '../shared/TeamContext';
import { SubscribeDialog } from './SubscribeDialog';

/** Props of {@link SubscribeButton}. */
export interface SubscribeButtonProps {
  rotation: RotationResponse;
}

/**
 * "Subscribe": opens the dialog that makes the rotation's secret feed URL. Shown only to those
 * who may manage the rotation, as only they may create the URL; the backend checks again.
 */
export function SubscribeButton(props: SubscribeButtonProps) {
  const { groupRef } = useTeam();
  const { allowed } = usePermission({
    permission: oncallRotationManagePermission,
    resourceRef: groupRef,
  });
  const [open, setOpen] = useState(false);
  if (!allowed) return null;
  return (
    <>
      <Button
        color="primary"
        startIcon={<EventIcon />}
        onClick={() => setOpen(true)}
      >
        Subscribe
      </Button>
      {open && (
        <SubscribeDialog
          rotation={props.rotation}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
