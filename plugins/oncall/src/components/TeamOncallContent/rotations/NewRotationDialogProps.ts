import { RotationResponse } from '@agile-ops/plugin-oncall-common';

/** Props of the dialogs that make a new rotation: the create dialog and the iCal import. */
export interface NewRotationDialogProps {
  onClose: () => void;
  /** Called with the rotation as the backend answered it, once it is saved. */
  onCreated: (rotation: RotationResponse) => void;
}
