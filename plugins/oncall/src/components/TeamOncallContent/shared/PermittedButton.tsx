import { usePermission } from '@backstage/plugin-permission-react';
import { Button, ButtonProps, Tooltip } from '@material-ui/core';
import { useTeam } from './TeamContext';

/**
 * A permission as `usePermission` takes it, such as those of `@agile-ops/plugin-oncall-common`.
 * Derived rather than imported because `@backstage/plugin-permission-common`, which names the
 * type, is only a dev dependency of this package.
 */
export type ButtonPermission = Extract<
  Parameters<typeof usePermission>[0],
  { resourceRef: string | undefined }
>['permission'];

/** Props of {@link PermittedButton}. */
export interface PermittedButtonProps extends ButtonProps {
  /** The permission the action needs on the team's group. */
  permission: ButtonPermission;
  /** What the button does, for the tooltip: "add overrides". */
  deniedAction: string;
}

/**
 * A button that is disabled, with a tooltip saying why, while the signed-in user may not do
 * the action on the team; the backend checks again, this only saves a pointless attempt.
 */
export function PermittedButton(props: PermittedButtonProps) {
  const { permission, deniedAction, disabled, ...buttonProps } = props;
  const { groupRef, groupName } = useTeam();
  const { allowed, loading } = usePermission({
    permission,
    resourceRef: groupRef,
  });
  const button = (
    <Button {...buttonProps} disabled={disabled || loading || !allowed} />
  );
  if (loading || allowed) return button;
  // A disabled button fires no mouse events, so the tooltip listens on a wrapper.
  return (
    <Tooltip title={`Only members of ${groupName} can ${deniedAction}.`}>
      <span>{button}</span>
    </Tooltip>
  );
}
