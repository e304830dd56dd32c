import { EmptyState } from '@backstage/core-components';
import { Button } from '@material-ui/core';
import { Link as RouterLink } from 'react-router-dom';
import { ONCALL_TEAM_ANNOTATION } from '@agile-ops/plugin-oncall-common';

/** The entity has no group to take rotations from: say how to give it one. */
export function NoTeamState(props: { entityName: string }) {
  return (
    <EmptyState
      missing="field"
      title="No team covers this entity"
      description={`The card shows the rotations of the group that owns ${props.entityName}. Set spec.owner to a group, or add the ${ONCALL_TEAM_ANNOTATION} annotation with the group whose rotations should cover it (for example ${ONCALL_TEAM_ANNOTATION}: group:default/team-payments).`}
    />
  );
}

/** The team exists but has no rotation: send the reader to the tab where one is created. */
export function NoRotationState(props: { teamName: string; tabLink: string }) {
  return (
    <EmptyState
      missing="data"
      title={`${props.teamName} has no rotation yet`}
      description="Rotations are set up on the team's On-call tab: who takes turns, the hand-off day and time, and the time zone. The first one, usually the Person of the Week, then shows up here."
      action={
        <Button
          variant="contained"
          color="primary"
          component={RouterLink}
          to={props.tabLink}
        >
          Open the On-call tab
        </Button>
      }
    />
  );
}
